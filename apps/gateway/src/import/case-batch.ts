import { countedUnitsBatch, storePreparedCountedUnits, type PreparedCountedUnits, type TransactionConnection } from "@csc/db";
import { insertRows, tableRows, type TableRows } from "./bulk-insert";
import type { CaseRows } from "./case-rows";

/**
 * The tables a case is stored in, parents first, and which of its rows (case-rows.ts) go to each: the one list the
 * batched store walks, so a table `derivedRows` gains is batched by adding its line here.
 */
const CASE_TABLES: ReadonlyArray<{ table: string; rows: (r: CaseRows) => readonly object[]; rename?: Readonly<Record<string, string>> }> = [
  { table: "case_record", rows: (r) => [r.caseRow] },
  { table: "case_event", rows: (r) => r.events, rename: { on: "occurred_on" } },
  { table: "case_narrative", rows: (r) => r.narratives },
  { table: "case_stage", rows: (r) => r.stages },
  { table: "case_clock", rows: (r) => r.clocks },
  { table: "case_team", rows: (r) => r.teams },
  { table: "point_of_complaint", rows: (r) => r.points },
  { table: "point_outcome", rows: (r) => r.pointOutcomes },
  { table: "lgsco_referral", rows: (r) => r.lgsco },
  { table: "lgsco_remedy_record", rows: (r) => r.remedies },
  { table: "review_panel", rows: (r) => r.reviewPanels },
];

/** A batch of cases ready to store: each table's rows (parents first) and the cases' counted units. Plain data (text and arrays), so a worker thread can hand it over. */
export interface PreparedCases {
  rows: TableRows[];
  units: PreparedCountedUnits;
}

/** A batch of cases being made ready to store, case by case (caseBatch). */
interface CaseBatch {
  /** Adds a case's rows, and makes its counted units from the facts it is stored from, at once. */
  add: (rows: CaseRows) => void;
  /** The cases added. */
  readonly size: number;
  /** Each table's rows as one JSON array (bulk-insert.ts) and the cases' counted units. */
  prepare: () => PreparedCases;
}

/**
 * Builds, in Node alone, everything that stores a batch of cases, so the next batch is made ready (in the import's
 * worker thread) while PostgreSQL stores the last (import-batches.ts): each case's counted units as it is added
 * (@csc/db countedUnitsBatch), then the tables' rows.
 */
export function caseBatch(): CaseBatch {
  const all: CaseRows[] = [];
  const units = countedUnitsBatch();
  return {
    add: (rows) => {
      all.push(rows);
      units.add({ ...rows.facts, id: rows.caseRow.id as string, councilId: rows.caseRow.councilId });
    },
    get size() {
      return all.length;
    },
    prepare: () => {
      const rows: TableRows[] = [];
      for (const { table, rows: of, rename } of CASE_TABLES) rows.push(...tableRows(table, all.flatMap(of), rename));
      return { rows, units: units.prepared };
    },
  };
}

/**
 * Stores a prepared batch in two statements: every table's rows in one call (bulk-insert.ts insertRows), then the
 * cases' counted units. The cases are new and their units are stored right after their rows, in the same
 * transaction, so the invalidation trigger is told to leave these INSERTs alone (csc.case_units_by_writer,
 * migration 1769100000001) instead of noting every case as pending only for the units' store to clear the notes.
 */
export async function writeCases(connection: TransactionConnection, prepared: PreparedCases): Promise<void> {
  await insertRows(connection, prepared.rows, { unitsByWriter: true });
  // Last: each case's counted units (the cases are new: no units or notes to delete first).
  await storePreparedCountedUnits(connection, prepared.units, "new");
}
