import { withPlatform, type GatewayPrisma } from "../db/client";
import { originOf } from "./security-headers";

/**
 * The origins of the councils' configured identity providers (OIDC issuers), for the CSP's connect-src: the admin
 * app fetches their discovery document and token endpoint. Read from the council table for each page of the admin
 * app (not for API requests), so a newly configured provider works at once.
 */
export function identityProviderOrigins(root: GatewayPrisma): () => Promise<readonly string[]> {
  return async () => {
    const councils = await withPlatform(root, (tx) =>
      tx.council.findMany({ where: { active: true, oidcIssuer: { not: null } }, select: { oidcIssuer: true } }),
    );
    return [...new Set(councils.map((c) => originOf(c.oidcIssuer)).filter((o): o is string => o !== null))].sort();
  };
}
