import { ImportError, importedCaseSchema, type CouncilAdapter, type ImportedCase, type ParseExport, parseWithMapping } from "@csc/council-kit";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "../services/audit";
import { councilScope } from "../services/council-scope";
import { loadRulesContext } from "../services/rules-context";
import { ensureCouncilFromAdapter } from "./council-from-adapter";
import { runsAdapterRules } from "./adapter-rules";
import { importInBatches, type ImportProgress, type RefusedRecord } from "./import-batches";
import { importCouncil, mappingInForce, mappingVocabularies, registeredAdapter } from "./import-source";
import { storedTeams } from "./stored-council";

export interface CaseExportSummary {
  dryRun: boolean;
  /** Records read from the file. */
  parsed: number;
  /** Records stored as new cases (on a dry run: the records that would be). */
  imported: number;
  /** Records whose reference is already a case of the council: left as they are. */
  duplicates: number;
  refused: RefusedRecord[];
}

const FIELD = ["csv"] as const;

/** The header is row 1, so the n-th record (0-based i) is row i + 2, as the importers count. */
const rowOf = (index: number) => index + 2;

/** The council's importer reads the whole file; the first error (row and column) refuses all of it. */
function parseExport(parse: ParseExport, csv: string): ImportedCase[] {
  let records: unknown[];
  try {
    records = parse(csv);
  } catch (error) {
    if (error instanceof ImportError) throw badInput([...FIELD], error.message);
    throw error;
  }
  return records.map((input, i) => {
    const parsed = importedCaseSchema.safeParse(input);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      throw badInput([...FIELD], `row ${rowOf(i)}: not a case record (${detail})`);
    }
    return parsed.data;
  });
}

/**
 * Imports a council's export from its old case system (council administrators): the council's import mapping in
 * force (Settings → Import mapping) reads the CSV, or, when it has none, its registered importer (registry); a
 * council created in the app with neither is told to set a mapping. A council created in the app maps its codes
 * through its stored vocabularies and teams. Then each record is mapped through council-kit `toCaseFacts` and
 * derived by the rules engine exactly as the fixture import does (case-rows.ts), and — unless `dryRun` — stored as
 * new cases in one transaction under the council's row-level security, in batches of 1,000 (import-batches.ts). A
 * reference that is already a case is a duplicate and left alone; a record the vocabularies or the lifecycle
 * refuse is listed with its reason. Audited either way.
 */
export async function importCaseExport(context: GatewayContext, csv: string, dryRun: boolean): Promise<CaseExportSummary> {
  const { councilId } = councilScope(context);
  return storeExport(context, councilId, await registeredAdapter(councilId), csv, dryRun);
}

/** What an import job hears while it runs: the records read from the file, then progress after each batch. */
interface ExportListener {
  onParsed?: (records: number) => Promise<void> | void;
  onProgress?: (progress: ImportProgress) => Promise<void> | void;
}

/**
 * Reads the export with the mapping in force (or the adapter's importer), then derives and stores its records in
 * one transaction (batches of 1,000; a failure or a kill leaves nothing), reporting progress after each batch, and
 * audits the import. The transaction may take 120 s plus 20 ms a line of the file (a large export on a busy machine).
 */
export async function storeExport(
  context: GatewayContext,
  councilId: string,
  adapter: CouncilAdapter | null,
  csv: string,
  dryRun: boolean,
  listener: ExportListener = {},
): Promise<CaseExportSummary> {
  const lines = csv.split("\n").length;
  return withCouncil(
    context.root,
    councilId,
    async (tx) => {
      const stored = await mappingInForce(tx, councilId);
      const council = await importCouncil(tx, councilId, adapter);
      const mapping = stored?.mapping;
      const parse: ParseExport | null = mapping
        ? (text) => parseWithMapping(mapping, text, mappingVocabularies(council))
        : (adapter?.importer.parse ?? null);
      if (!parse) throw badInput([...FIELD], "your council has no import mapping yet: set one in Settings, Import mapping");
      const records = parseExport(parse, csv);
      await listener.onParsed?.(records.length);
      const team = adapter ? (await ensureCouncilFromAdapter(tx, adapter)).team : await storedTeams(tx, councilId);
      const rules = await loadRulesContext(tx, councilId, context.asOf);
      const outcome = await importInBatches(tx, council, records, {
        councilId,
        team,
        rules,
        adapterRules: adapter ? await runsAdapterRules(tx, adapter) : false,
        dryRun,
        rowOf,
        ...(listener.onProgress ? { onProgress: listener.onProgress } : {}),
      });
      const { imported, duplicates, refused } = outcome;
      const summary: CaseExportSummary = { dryRun, parsed: records.length, imported, duplicates, refused };
      await writeAudit(tx, context, {
        action: "importCaseExport",
        detail: { dryRun, parsed: summary.parsed, imported: summary.imported, duplicates, refused: refused.length, mapping: stored?.version ?? null },
      });
      return summary;
    },
    { timeout: 120_000 + lines * 20, maxWait: 10_000 },
  );
}
