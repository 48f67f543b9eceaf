import type { GatewayContext } from "../context";
import { withPlatform } from "../db/client";

/** How a council's own identity provider is reached from a browser: public in OIDC (discovery, client id). */
export interface CouncilOidc {
  issuer: string;
  clientId: string;
}

export interface CouncilChoice {
  id: string;
  name: string;
  oidc: CouncilOidc | null;
}

/**
 * The active councils' ids and names, for the sign-in page's select (the `councils` query, public). Safe
 * without sign-in: a council's name is public (every English council publishes its complaints annual report
 * under its name) and the id is the slug a user types at sign-in anyway. The one sign-in setting offered is
 * the OIDC issuer and client id (the council's `oidcAudience`), which OIDC makes public anyway: every
 * browser that signs in sees both in the authorization request. It is offered only when the gateway can
 * verify that council's tokens (issuer, audience and JWKS address all set, as resolve-viewer.ts requires).
 * Nothing else is read: no procedure settings, no users, no counts of cases.
 * Reads the platform table `council` as the platform role (withPlatform), as signing in does (no council is chosen yet).
 */
export async function listCouncils(context: Pick<GatewayContext, "root">): Promise<CouncilChoice[]> {
  const rows = await withPlatform(context.root, (tx) =>
    tx.council.findMany({
      where: { active: true },
      select: { id: true, name: true, oidcIssuer: true, oidcAudience: true, oidcJwksUri: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    oidc: row.oidcIssuer && row.oidcAudience && row.oidcJwksUri ? { issuer: row.oidcIssuer, clientId: row.oidcAudience } : null,
  }));
}
