import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { parse, print } from "graphql";
import type { DocumentNode } from "graphql";
import { badInput } from "../errors/gateway-error";

/**
 * Trusted documents (persisted operations, allow-listed): the admin app's build writes every GraphQL document it
 * can send to `dist/trusted-documents.json` (apps/admin/scripts/trusted-documents.ts), as `{ sha256: document }`.
 * In `only` mode the gateway runs a request signed in by the session cookie only when its document is in that
 * list, so a script injected into the page cannot use the person's session for queries the app never makes.
 * Bearer-token clients (API clients, OIDC tokens) and analysts (GraphiQL is their tool) may send any document;
 * requests without a session (the sign-in page, the public feedback form) too, since anyone could send them
 * without a cookie anyway.
 */
export type TrustedDocumentsMode = "only" | "off";

export interface TrustedDocuments {
  has(document: DocumentNode): boolean;
  size: number;
}

/** The document's id: SHA-256 of its canonical print (whitespace and comments do not matter). */
function documentHash(document: DocumentNode): string {
  return createHash("sha256").update(print(document)).digest("hex");
}

/** `only` when NODE_ENV=production or CSC_TRUSTED_DOCUMENTS=only; CSC_TRUSTED_DOCUMENTS=off turns it off. */
export function trustedDocumentsMode(env: NodeJS.ProcessEnv = process.env): TrustedDocumentsMode {
  if (env.CSC_TRUSTED_DOCUMENTS === "off") return "off";
  return env.CSC_TRUSTED_DOCUMENTS === "only" || env.NODE_ENV === "production" ? "only" : "off";
}

/** The list from its documents (each re-parsed and re-hashed: the file's own keys are not trusted). */
export function trustedDocumentsFrom(documents: Iterable<string>): TrustedDocuments {
  const hashes = new Set<string>();
  for (const text of documents) hashes.add(documentHash(parse(text)));
  return { has: (document) => hashes.has(documentHash(document)), size: hashes.size };
}

/** The manifest file the admin app's build wrote, or null when it does not exist. */
export function loadTrustedDocuments(file: string): TrustedDocuments | null {
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  return trustedDocumentsFrom(Object.values(manifest).filter((d): d is string => typeof d === "string"));
}

/** Refuses, in `only` mode, a document outside the list from a request `restricted` says is bound by it. */
export function trustedDocumentsOnly<C extends BaseContext>(
  documents: TrustedDocuments | null,
  restricted: (context: C) => boolean,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!restricted(contextValue) || documents?.has(document)) return;
          const refusal = badInput(
            ["query"],
            "is not one of the admin app's trusted documents; in production a session of the admin app runs only the app's own operations (API clients use a bearer token)",
          );
          refusal.extensions.http = { status: 400 };
          throw refusal;
        },
      };
    },
  };
}
