import type { PrismaClient } from "../generated/prisma/client";
import { rebuildPendingCountedUnits } from "./units/store-counted-units";

/** The transaction client handed to withCouncil's callback. */
export type CouncilTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The non-superuser, non-owner role that row-level security applies to (created by the first migration). */
export const APP_ROLE = "csc_app";

const councilIdPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

export type WithCouncilOptions = {
  timeout?: number;
  maxWait?: number;
  /**
   * A read-only transaction (SET TRANSACTION READ ONLY: PostgreSQL refuses any write in it), for reports and
   * analytics: it cannot change a case, so there is nothing to rebuild before commit and that check is skipped.
   */
  readOnly?: boolean;
};

/**
 * The statements that wall a transaction off to one council: `SET LOCAL app.council_id` and `SET LOCAL ROLE` the
 * application role (with `readOnly`, SET TRANSACTION READ ONLY first), as one simple query: one round trip, no
 * parameters. SET LOCAL, not set_config: Citus propagates it to the workers with citus.propagate_set_commands =
 * 'local' (README "When one server is not enough"). SET takes no parameters, so the id is checked first: a council
 * id (lower-case letters, digits and hyphens) cannot close the quotes. Throws on anything else.
 */
export function councilSettings(councilId: string, options: { readOnly?: boolean } = {}): string {
  if (!councilIdPattern.test(councilId)) {
    throw new Error(`withCouncil: councilId must be a council id (lower-case letters, digits and hyphens, 1–63 characters)`);
  }
  const readOnly = options.readOnly ? "SET TRANSACTION READ ONLY; " : "";
  return `${readOnly}SET LOCAL app.council_id = '${councilId}'; SET LOCAL ROLE ${APP_ROLE}`;
}

/**
 * Runs `fn` in one interactive transaction walled off to one council: it sets `app.council_id` for the
 * transaction and switches to the application role, so PostgreSQL's row-level security hides every other
 * council's rows (the second wall behind the gateway's own checks). Both are SET LOCAL: they end with the
 * transaction, so a pooled connection is never left walled to the wrong council.
 * A transaction that changed cases rebuilds their counted units before it commits (rebuildIfStale).
 */
export async function withCouncil<T>(
  prisma: PrismaClient,
  councilId: string,
  fn: (tx: CouncilTransaction) => Promise<T>,
  options: WithCouncilOptions = {},
): Promise<T> {
  const settings = councilSettings(councilId, { readOnly: options.readOnly });
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(settings);
      const result = await fn(tx);
      if (!options.readOnly) await rebuildIfStale(tx, councilId);
      return result;
    },
    { timeout: options.timeout ?? 15_000, maxWait: options.maxWait ?? 5_000 },
  );
}

/**
 * Before commit: when the transaction changed a case's rows (the counted_unit triggers mark it and note the cases in
 * counted_unit_pending, migrations 1766000000002 and 1767000000001), rebuilds the units of those cases still
 * missing, so units never lag behind their case. Only the changed cases are looked at, however big the council.
 */
async function rebuildIfStale(tx: CouncilTransaction, councilId: string): Promise<void> {
  const [mark] = await tx.$queryRaw<{ stale: string | null }[]>`SELECT current_setting('csc.counted_units_stale', true) AS stale`;
  if (mark?.stale === "on") await rebuildPendingCountedUnits(tx, councilId);
}
