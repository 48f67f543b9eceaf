import {
  CaseMappingError,
  ImportError,
  importedCaseSchema,
  parseWithMapping,
  type CaseFactsCouncil,
  type ImportMapping,
  type ImportedCase,
  type ParseExport,
} from "@csc/council-kit";
import { loadCouncil } from "@csc/registry";
import { councilRulesContext, type CouncilRules, type IsoDate } from "@csc/rules";
import { caseBatch, type PreparedCases } from "./case-batch";
import { caseRows } from "./case-rows";
import { teamLookup, type TeamRow } from "./council-from-adapter";

/**
 * An export read and derived without the database, from plain data (so in the import's worker thread,
 * import-worker.ts): the file parsed by the council's importer or its import mapping, then its records derived
 * through the single derivation path (case-rows.ts) a batch at a time, each batch made ready to store
 * (case-batch.ts). The gateway's thread stores the batches (import-batches.ts).
 */

/** A record not imported: its case reference (or its row when it has none) and why. No personal data. */
export interface RefusedRecord {
  externalId: string | null;
  row: number;
  reason: string;
}

/** Whose export it is and how it is read: plain data, sent to the worker. */
export interface ExportSource {
  councilId: string;
  /** The council is in the registry: its adapter (loaded again in the worker) maps its codes and, with no mapping, reads its files. */
  registered: boolean;
  /** The import mapping in force, which reads the file when there is one. */
  mapping: ImportMapping | null;
  /** A council created in the app: its stored vocabularies (import-source.ts importCouncil). */
  storedCouncil: CaseFactsCouncil | null;
}

/** The file refused as a whole (the importer's row and column, or a record that is not a case record). */
export class ExportRefusal extends Error {}

/** The header is row 1, so the n-th record (0-based i) is row i + 2, as the importers count. */
const rowOf = (index: number) => index + 2;

/** The council whose vocabularies map the export's codes, and how its file is read. */
export async function exportReader(source: ExportSource): Promise<{ council: CaseFactsCouncil; parse: ParseExport }> {
  const adapter = source.registered ? await loadCouncil(source.councilId) : null;
  const council = adapter ?? source.storedCouncil;
  if (!council) throw new Error(`exportReader: no vocabularies for council ${source.councilId}`);
  const { mapping } = source;
  const parse: ParseExport | null = mapping ? (text) => parseWithMapping(mapping, text, council.vocabularies) : (adapter?.importer.parse ?? null);
  if (!parse) throw new ExportRefusal("your council has no import mapping yet: set one in Settings, Import mapping");
  return { council, parse };
}

/** The council's importer reads the whole file; the first error (row and column) refuses all of it. */
export function parseExport(parse: ParseExport, csv: string): ImportedCase[] {
  let records: unknown[];
  try {
    records = parse(csv);
  } catch (error) {
    if (error instanceof ImportError) throw new ExportRefusal(error.message);
    throw error;
  }
  return records.map((input, i) => {
    const parsed = importedCaseSchema.safeParse(input);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      throw new ExportRefusal(`row ${rowOf(i)}: not a case record (${detail})`);
    }
    return parsed.data;
  });
}

/** What deriving an export's records needs beyond the records: plain data, sent to the worker. */
export interface DerivationSetup {
  /** References already cases of the council: those records are duplicates, left alone. */
  known: readonly string[];
  teams: readonly TeamRow[];
  rules: CouncilRules;
  asOf: IsoDate;
  /** The council still runs on the rules its adapter created it with (adapter-rules.ts runsAdapterRules). */
  adapterRules: boolean;
  dryRun: boolean;
  batchSize: number;
}

/** One batch: its cases made ready to store (none on a dry run), and what the records read for it came to. */
export interface DerivedBatch {
  prepared: PreparedCases | null;
  /** Cases derived (stored, or on a dry run that would be). */
  derived: number;
  duplicates: number;
  refused: RefusedRecord[];
  /** Records looked at so far, this batch's included. */
  read: number;
}

/**
 * Derives `records` a batch at a time: a batch is `batchSize` cases to store (or the records left), however many
 * records before them are duplicates or refused (a first batch of a few cases on a fresh database had the foreign
 * keys' checks planned for a near-empty table, and every later batch's checks read every case of the council). A
 * reference already on file, or given by an earlier record of the file, is a duplicate; a record the vocabularies
 * or the lifecycle refuse is listed with its row and reason.
 */
export function* deriveBatches(council: CaseFactsCouncil, records: readonly ImportedCase[], setup: DerivationSetup): Generator<DerivedBatch> {
  const known = new Set(setup.known);
  const team = teamLookup(setup.teams);
  const rules = councilRulesContext(setup.rules, setup.asOf);
  let next = 0;
  while (next < records.length) {
    const batch = caseBatch();
    const refused: RefusedRecord[] = [];
    let derived = 0;
    let duplicates = 0;
    while (next < records.length && derived < setup.batchSize) {
      const index = next;
      next += 1;
      const record = records[index] as ImportedCase;
      if (known.has(record.externalId)) {
        duplicates += 1;
        continue;
      }
      try {
        const rows = caseRows(council, record, team, rules, setup.adapterRules);
        derived += 1;
        // Not made ready to store on a dry run: its counted units and rows are not needed.
        if (!setup.dryRun) batch.add(rows);
        known.add(record.externalId);
      } catch (error) {
        if (!(error instanceof CaseMappingError)) throw error;
        refused.push({ externalId: record.externalId, row: rowOf(index), reason: error.message });
      }
    }
    yield { prepared: setup.dryRun ? null : batch.prepare(), derived, duplicates, refused, read: next };
  }
}
