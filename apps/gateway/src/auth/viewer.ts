import type { CouncilRole } from "./roles";

/** Who is asking. A signed-in user acts in exactly one council per request (or none: a platform administrator). */
export interface Viewer {
  userId: string;
  councilId: string | null;
  roles: ReadonlyArray<CouncilRole>;
  platformAdmin: boolean;
  via: "local" | "oidc";
  /** The local session (signOut revokes it); absent for OIDC tokens. */
  sessionId?: string;
}

/** The role recorded in the audit log: the most powerful one the viewer holds. */
export function auditRole(viewer: Viewer): string {
  if (viewer.platformAdmin && !viewer.councilId) return "platform_admin";
  return viewer.roles.join(",") || "none";
}
