import { CaseMappingError, importedCaseSchema, type CouncilAdapter, type ImportedCase } from "@csc/council-kit";
import { prepareCountedUnits, storePreparedCountedUnits, type PreparedCountedUnits, type PrismaClient } from "@csc/db";
import { loadCouncil } from "@csc/registry";
import { financialYear, type IsoDate } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { insertRows, tableRows, type TableRows } from "./bulk-insert";
import { caseRows, type CaseRows } from "./case-rows";
import { loadRulesContext } from "../services/rules-context";
import { ensureCouncilFromAdapter } from "./council-from-adapter";

/**
 * Imports a council's fixture export: the adapter (from the registry) parses it with its importer, each record
 * is mapped and derived, and stored as an ordinary case (see case-rows.ts), all in one transaction with bulk
 * inserts. Creates the council, its teams and vocabularies first if they do not exist. A council that already
 * has cases is refused (importing twice would count every case twice).
 */
interface ImportOptions {
  /** "Today" for clocks still running; default as the council-kit plugin harness: the later of the last published year's end and the last event. */
  readonly asOf?: IsoDate;
  /** The adapter to use instead of loading it from the registry (tests). */
  readonly adapter?: CouncilAdapter;
}

export interface ImportSummary {
  councilId: string;
  councilCreated: boolean;
  imported: number;
  /** Records the adapter's vocabularies or the lifecycle refused: the case reference and the reason (no personal data). */
  skipped: { externalId: string; reason: string }[];
  asOf: IsoDate;
}

function parseFixture(adapter: CouncilAdapter, text: string): ImportedCase[] {
  return adapter.importer.parse(text).map((input, i) => {
    const parsed = importedCaseSchema.safeParse(input);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      throw new Error(`council ${adapter.id}: record ${i + 1} of the fixture is not an ImportedCase: ${detail}`);
    }
    return parsed.data;
  });
}

async function defaultAsOf(adapter: CouncilAdapter, cases: readonly ImportedCase[]): Promise<IsoDate> {
  const years = (await adapter.published()).map((p) => p.year);
  const candidates: IsoDate[] = years.length > 0 ? [financialYear(Math.max(...years)).end] : [];
  for (const c of cases) for (const e of c.events) candidates.push(e.on);
  return candidates.sort().at(-1) ?? "2099-12-31";
}

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

/** A batch of cases ready to store: each table's rows (parents first) and the cases' counted units. */
interface PreparedCases {
  rows: TableRows[];
  units: PreparedCountedUnits;
}

/**
 * Builds, in Node alone, everything that stores a batch of cases: each table's rows as one JSON array (bulk-insert.ts)
 * and the cases' counted units from the facts they are stored from, so the next batch is made ready while
 * PostgreSQL stores the last (import-batches.ts).
 */
export function prepareCases(all: readonly CaseRows[]): PreparedCases {
  return {
    rows: CASE_TABLES.flatMap(({ table, rows, rename }) => tableRows(table, all.flatMap(rows), rename)),
    units: prepareCountedUnits(all.map((r) => ({ ...r.facts, id: r.caseRow.id as string, councilId: r.caseRow.councilId }))),
  };
}

/**
 * Stores a prepared batch in two statements: every table's rows in one call (bulk-insert.ts insertRows), then the
 * cases' counted units. The cases are new and their units are stored right after their rows, in the same
 * transaction, so the invalidation trigger is told to leave these INSERTs alone (csc.case_units_by_writer,
 * migration 1769100000001) instead of noting every case as pending only for the units' store to clear the notes.
 */
export async function writeCases(tx: CouncilTransaction, prepared: PreparedCases): Promise<void> {
  await insertRows(tx, prepared.rows, { unitsByWriter: true });
  // Last: each case's counted units (the cases are new: no units or notes to delete first).
  await storePreparedCountedUnits(tx, prepared.units, "new");
}

export async function importCouncilFixture(prisma: PrismaClient, councilId: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const adapter = options.adapter ?? (await loadCouncil(councilId));
  const cases = parseFixture(adapter, await adapter.fixtures());
  const asOf = options.asOf ?? (await defaultAsOf(adapter, cases));
  return prisma.$transaction(
    async (tx) => {
      const { created, team } = await ensureCouncilFromAdapter(tx, adapter);
      if ((await tx.case.count({ where: { councilId: adapter.id } })) > 0) {
        throw new Error(`council ${adapter.id} already has cases: its fixture is imported once only`);
      }
      const rules = await loadRulesContext(tx, adapter.id, asOf);
      const rows: CaseRows[] = [];
      const skipped: ImportSummary["skipped"] = [];
      for (const imported of cases) {
        try {
          rows.push(caseRows(adapter, imported, team, rules));
        } catch (error) {
          if (!(error instanceof CaseMappingError)) throw error;
          skipped.push({ externalId: error.externalId, reason: error.message });
        }
      }
      await writeCases(tx, prepareCases(rows));
      return { councilId: adapter.id, councilCreated: created, imported: rows.length, skipped, asOf };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
