import type { CouncilRole } from "./roles";

/** Who is asking. A signed-in user acts in exactly one council per request (or none: a platform administrator). */
export interface Viewer {
  userId: string;
  councilId: string | null;
  roles: ReadonlyArray<CouncilRole>;
  platformAdmin: boolean;
  /** How the request was authenticated: a local session, the council's identity provider, or an analyst's API key. */
  via: "local" | "oidc" | "api_key";
  /** The local session (signOut revokes it); absent for OIDC tokens. */
  sessionId?: string;
  /** The read-only API key (auth/api-key.ts) the request came with; `userId` is then the key's creator. */
  apiKeyId?: string;
}

/** The role recorded in the audit log: the most powerful one the viewer holds. */
export function auditRole(viewer: Viewer): string {
  if (viewer.via === "api_key") return "api_key";
  if (viewer.platformAdmin && !viewer.councilId) return "platform_admin";
  return viewer.roles.join(",") || "none";
}
