import { COUNTED_UNITS_VERSION, type CaseFacts, countedUnits } from "@csc/rules";
import { Prisma } from "../../generated/prisma/client";
import { loadCaseFactsByIds, type RawReader } from "../case-facts-sql";
import { unitSpan } from "./unit-span";

/** Anything that runs raw SQL and writes: a council transaction (row-level security applies) or the root client. */
export interface RawWriter extends RawReader {
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<number>;
}

/** The cases' units as one array per counted_unit column (JSON values as text, stages reached as array literals). */
function emptyColumns() {
  return {
    council: [] as string[],
    case: [] as string[],
    unit: [] as string[],
    item: [] as number[],
    stage: [] as (string | null)[],
    stagesReached: [] as string[],
    metrics: [] as string[],
    dims: [] as string[],
    stages: [] as string[],
    open: [] as string[],
    spanFrom: [] as string[],
    spanTo: [] as string[],
  };
}

/** A batch of cases' units made ready to store (prepareCountedUnits): the cases, and one array per column. */
export interface PreparedCountedUnits {
  councils: string[];
  cases: string[];
  columns: ReturnType<typeof emptyColumns>;
}

/**
 * Units made ready case by case: `add` each case's facts (its units, @csc/rules countedUnits, appended to the
 * columns), then store `prepared`. A writer of many cases (the import) adds each case as it derives it, in the slices
 * it derives in, so no step of the batch holds the event loop for long.
 */
export function countedUnitsBatch(): { add: (facts: CaseFacts) => void; prepared: PreparedCountedUnits } {
  const prepared: PreparedCountedUnits = { councils: [], cases: [], columns: emptyColumns() };
  const c = prepared.columns;
  const add = (f: CaseFacts) => {
    prepared.councils.push(f.councilId);
    prepared.cases.push(f.id);
    for (const u of countedUnits(f)) {
      c.council.push(f.councilId);
      c.case.push(f.id);
      c.unit.push(u.unit);
      c.item.push(u.item);
      c.stage.push(u.stage);
      c.stagesReached.push(`{${u.stagesReached.map((s) => `"${s}"`).join(",")}}`);
      c.metrics.push(JSON.stringify(u.metrics));
      c.dims.push(JSON.stringify(u.dims));
      c.stages.push(JSON.stringify(u.stages));
      c.open.push(JSON.stringify(u.open));
      const span = unitSpan(u);
      c.spanFrom.push(span.from);
      c.spanTo.push(span.to);
    }
  };
  return { add, prepared };
}

/**
 * The units (@csc/rules countedUnits) of the cases whose facts are given, as storePreparedCountedUnits sends them.
 * Pure work in Node: a writer of many batches (the import) prepares the next batch while PostgreSQL stores the last.
 */
export function prepareCountedUnits(facts: readonly CaseFacts[]): PreparedCountedUnits {
  const batch = countedUnitsBatch();
  for (const f of facts) batch.add(f);
  return batch.prepared;
}

/** How storePreparedCountedUnits finds the cases: "stored" may have units and notes; "new" were inserted by the writer. */
type CountedUnitCases = "stored" | "new";

/**
 * Replaces the counted units of the prepared cases, with one array parameter per column (no bind-value limit however
 * many cases), and clears the cases' notes in counted_unit_pending. Run it in the transaction that stores the case, so
 * units never disagree with the case they count. A case's units are replaced in place: the units it no longer has
 * are deleted, the others inserted or, where the case had them, updated (only where they changed), so the rollup
 * trigger writes only the rollup rows whose sums change (migration 1770000000001). `which: "new"` is for a writer
 * that inserted these cases itself in this transaction with `csc.case_units_by_writer` on (the import): they can
 * have no units yet (the foreign key) and no notes (the trigger skipped those INSERTs), so the two DELETEs, which
 * would find nothing, are not sent, and the units are only inserted.
 */
export async function storePreparedCountedUnits(db: RawWriter, prepared: PreparedCountedUnits, which: CountedUnitCases = "stored"): Promise<void> {
  const { cases, columns: c } = prepared;
  if (cases.length === 0) return;
  if (which === "stored") await forgetCountedUnits(db, prepared);
  const replace =
    which === "stored"
      ? Prisma.sql`ON CONFLICT (council_id, case_id, unit, item) DO UPDATE SET stage = excluded.stage,
          stages_reached = excluded.stages_reached, metrics = excluded.metrics, dims = excluded.dims, stages = excluded.stages,
          open = excluded.open, span_from = excluded.span_from, span_to = excluded.span_to, rules_version = excluded.rules_version
        WHERE (counted_unit.stage, counted_unit.stages_reached, counted_unit.metrics, counted_unit.dims, counted_unit.stages,
          counted_unit.open, counted_unit.span_from, counted_unit.span_to, counted_unit.rules_version)
          IS DISTINCT FROM (excluded.stage, excluded.stages_reached, excluded.metrics, excluded.dims, excluded.stages,
          excluded.open, excluded.span_from, excluded.span_to, excluded.rules_version)`
      : Prisma.empty;
  // One array parameter per column, unnested together, rather than one JSON document of every unit parsed by
  // jsonb_to_recordset: PostgreSQL parses each unit's small JSON values only.
  await db.$executeRaw`INSERT INTO counted_unit (council_id, case_id, unit, item, stage, stages_reached, metrics, dims, stages, open, span_from, span_to,
      rules_version)
    SELECT x.council_id, x.case_id, x.unit, x.item, x.stage::stage, x.stages_reached::text[], x.metrics::jsonb, x.dims::jsonb,
      x.stages::jsonb, x.open::jsonb, x.span_from, x.span_to, ${COUNTED_UNITS_VERSION}::int
    FROM unnest(${c.council}::text[], ${c.case}::uuid[], ${c.unit}::text[], ${c.item}::int[], ${c.stage}::text[],
      ${c.stagesReached}::text[], ${c.metrics}::text[], ${c.dims}::text[], ${c.stages}::text[], ${c.open}::text[],
      ${c.spanFrom}::date[], ${c.spanTo}::date[])
      AS x(council_id, case_id, unit, item, stage, stages_reached, metrics, dims, stages, open, span_from, span_to)
    ${replace}`;
}

/**
 * Deletes the units the prepared cases no longer have (the others are replaced in place) and the cases' notes in
 * counted_unit_pending (their units are about to be current again).
 */
async function forgetCountedUnits(db: RawWriter, prepared: PreparedCountedUnits): Promise<void> {
  const { councils, cases, columns: c } = prepared;
  // `case_id = ANY(…)` besides the pairs: the index (council_id, case_id, …) is then probed for these cases alone. With
  // the pairs only, a council whose units were written in this same transaction (the start-up rebuild) had no
  // statistics, and the planner scanned every unit of the council once per case: quadratic, 13 s a batch at 200,000
  // units.
  await db.$executeRaw`DELETE FROM counted_unit u WHERE u.case_id = ANY(${cases}::uuid[]) AND (u.council_id, u.case_id) IN
      (SELECT * FROM unnest(${councils}::text[], ${cases}::uuid[]))
    AND NOT EXISTS (SELECT 1 FROM unnest(${c.case}::uuid[], ${c.unit}::text[], ${c.item}::int[]) AS n(case_id, unit, item)
      WHERE n.case_id = u.case_id AND n.unit = u.unit AND n.item = u.item)`;
  // Their units are current again: the notes the invalidation trigger made while the case was written go.
  await db.$executeRaw`DELETE FROM counted_unit_pending WHERE case_id = ANY(${cases}::uuid[]) AND (council_id, case_id) IN
    (SELECT * FROM unnest(${councils}::text[], ${cases}::uuid[]))`;
}

/** Replaces the counted units of the cases whose facts are given (prepareCountedUnits, then storePreparedCountedUnits). */
export async function storeCountedUnits(db: RawWriter, facts: readonly CaseFacts[]): Promise<void> {
  await storePreparedCountedUnits(db, prepareCountedUnits(facts));
}

/** Rebuilds the counted units of the given cases of one council from their stored facts (same transaction as the store). */
export async function refreshCountedUnits(db: RawWriter, councilId: string, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await storeCountedUnits(db, await loadCaseFactsByIds(db, councilId, caseIds));
}

/**
 * Whether every case of the council has counted units of the current COUNTED_UNITS_VERSION, from two index-only
 * counts: a case has at most one case unit of item 0 (the primary key) and a unit no case (the foreign key
 * cascades), so the council's cases number its current case units exactly when none is stale. (Looking up every
 * case's unit in the heap took 35 s at national scale and emptied the page cache.)
 */
export async function countedUnitsCurrent(db: RawReader, councilId: string): Promise<boolean> {
  const [counts] = await db.$queryRaw<{ cases: number; current: number }[]>`SELECT
      (SELECT count(*) FROM case_record c WHERE c.council_id = ${councilId})::int AS cases,
      (SELECT count(*) FROM counted_unit u WHERE u.council_id = ${councilId} AND u.unit = 'case' AND u.item = 0
        AND u.rules_version = ${COUNTED_UNITS_VERSION}::int)::int AS current`;
  return counts !== undefined && counts.cases === counts.current;
}

/**
 * The council's cases with no counted units, or only units an older COUNTED_UNITS_VERSION wrote (one query), oldest
 * received first: a rebuild then writes a period's units together (refreshCountedUnits stores each batch in the
 * same order), so a report's window reads a council's pages for that period, not a page for almost every unit of it
 * (at national scale, rebuilt in id order, which is random, a council's two years of stage units were 22,765 on
 * 19,774 pages; in received order 22,787 on 13,528, the pages every kind of its units of those years share).
 */
export async function staleCountedUnitCases(db: RawReader, councilId: string): Promise<string[]> {
  if (await countedUnitsCurrent(db, councilId)) return [];
  const stale = await db.$queryRaw<{ id: string }[]>`SELECT c.id::text AS id FROM case_record c WHERE c.council_id = ${councilId}
    AND NOT EXISTS (SELECT 1 FROM counted_unit u WHERE u.council_id = c.council_id AND u.case_id = c.id AND u.unit = 'case'
                    AND u.item = 0 AND u.rules_version = ${COUNTED_UNITS_VERSION}::int)
    ORDER BY c.received_on, c.id`;
  return stale.map((r) => r.id);
}

/**
 * Builds the units of a council's cases that have none, or only units an older COUNTED_UNITS_VERSION wrote, in
 * batches of `batchSize`, in the caller's transaction: how an existing database gets its units (after the
 * migration, and after a rules change bumps the version). Returns how many cases it rebuilt.
 */
export async function rebuildCountedUnits(db: RawWriter, councilId: string, batchSize = 2000): Promise<number> {
  // One look for the stale cases (not one per batch: a scan of a big council each time), then batch by batch.
  const stale = await staleCountedUnitCases(db, councilId);
  for (let start = 0; start < stale.length; start += batchSize) await refreshCountedUnits(db, councilId, stale.slice(start, start + batchSize));
  return stale.length;
}

/**
 * The units of the cases this transaction changed (counted_unit_pending, written by the invalidation trigger) that
 * no writer stored again: rebuilt from their stored facts, and the notes cleared. Returns how many were rebuilt.
 */
export async function rebuildPendingCountedUnits(db: RawWriter, councilId: string): Promise<number> {
  const pending = await db.$queryRaw<{ id: string }[]>`DELETE FROM counted_unit_pending WHERE council_id = ${councilId}
    RETURNING case_id::text AS id`;
  if (pending.length === 0) return 0;
  const stale = await db.$queryRaw<{ id: string }[]>`SELECT c.id::text AS id FROM case_record c
    WHERE c.council_id = ${councilId} AND c.id = ANY(${pending.map((p) => p.id)}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM counted_unit u WHERE u.council_id = c.council_id AND u.case_id = c.id AND u.unit = 'case'
                      AND u.item = 0 AND u.rules_version = ${COUNTED_UNITS_VERSION}::int)`;
  await refreshCountedUnits(
    db,
    councilId,
    stale.map((r) => r.id),
  );
  return stale.length;
}
