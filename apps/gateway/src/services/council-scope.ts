import type { GatewayContext } from "../context";
import type { CouncilPrisma } from "../db/client";
import { forbidden, unauthenticated } from "../errors/gateway-error";
import type { Viewer } from "../auth/viewer";

export interface CouncilScope {
  viewer: Viewer;
  councilId: string;
  prisma: CouncilPrisma;
}

/** The viewer's council: every read and write is filtered by it (the first wall; RLS is the second). */
export function councilScope(context: GatewayContext): CouncilScope {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (!viewer.councilId || !context.prisma) throw forbidden("Sign in to a council first");
  return { viewer, councilId: viewer.councilId, prisma: context.prisma };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a record, so it answers NOT_FOUND like an unknown id. */
export function isRecordId(value: string): boolean {
  return UUID.test(value);
}
