import { z } from "zod";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";

/** The council's identity provider as its administrator sees it: all public OIDC details, no secret. */
export interface IdentityProviderView {
  issuer: string | null;
  clientId: string | null;
  jwksUri: string | null;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** An https address (http only on this machine, for a provider run beside the platform in tests). */
export const identityProviderAddressRule = (what: string) =>
  z
    .string()
    .trim()
    .max(500, `must be at most 500 characters`)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === "https:" || (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname));
      } catch {
        return false;
      }
    }, `must be the ${what} as an https address`);

/** The provider's details as the GraphQL input gives them, already checked by its fields' rules (../schema/identity-provider.ts). */
export interface IdentityProviderInput {
  issuer: string;
  clientId: string;
  jwksUri: string;
}

export async function readIdentityProvider(context: GatewayContext): Promise<IdentityProviderView> {
  const { councilId } = councilScope(context);
  const row = await withCouncil(context.root, councilId, (tx) =>
    tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { oidcIssuer: true, oidcAudience: true, oidcJwksUri: true } }),
  );
  return { issuer: row.oidcIssuer, clientId: row.oidcAudience, jwksUri: row.oidcJwksUri };
}

/**
 * Sets the council's identity provider (council administrators): its users may then sign in there; accounts are
 * matched by the issuer and their subject. Clearing it (`null`) leaves only local accounts. Audited without the
 * values' secrets (there are none: every field is public in OIDC).
 */
export async function setIdentityProvider(context: GatewayContext, input: IdentityProviderInput | null): Promise<IdentityProviderView> {
  const { councilId } = councilScope(context);
  await withCouncil(context.root, councilId, async (tx) => {
    await tx.council.update({
      where: { id: councilId },
      data: { oidcIssuer: input?.issuer ?? null, oidcAudience: input?.clientId ?? null, oidcJwksUri: input?.jwksUri ?? null },
      select: { id: true },
    });
    await writeAudit(tx, context, { action: "setIdentityProvider", detail: { issuer: input?.issuer ?? null, cleared: input === null } });
  });
  return readIdentityProvider(context);
}
