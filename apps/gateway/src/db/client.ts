import { councilSettings, withCouncil, withPlatform } from "@csc/db";
import type { CouncilTransaction, Prisma, PrismaClient } from "@csc/db";

export { getDatamodel } from "@csc/db/pothos";
export type { PrismaTypes } from "@csc/db/pothos";
export { withCouncil, withPlatform };
export type { CouncilTransaction };

/** The root Prisma client of @csc/db. */
export type GatewayPrisma = PrismaClient;

/**
 * A client whose every operation runs in a short transaction that first sets `app.council_id` and switches to
 * the application role with @csc/db's councilSettings, as withCouncil does: the reads resolvers (and Pothos' relation
 * loading) make are walled off by PostgreSQL row-level security as well as by the gateway's own filters.
 */
export function councilClient(root: PrismaClient, councilId: string) {
  // The same statements as withCouncil's, checked once: one round trip before each operation.
  const settings = councilSettings(councilId);
  return root.$extends({
    name: "council-rls",
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          const [, result] = await root.$transaction([root.$executeRawUnsafe(settings), query(args)]);
          return result;
        },
      },
    },
  });
}
export type CouncilPrisma = ReturnType<typeof councilClient>;

/** Anything that can append to the audit log: the council client or a council transaction. */
export interface AuditWriter {
  auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): PromiseLike<unknown> };
}
