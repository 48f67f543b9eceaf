import type { CouncilAdapter } from "@csc/council-kit";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "../services/audit";
import { councilScope } from "../services/council-scope";
import { loadCouncilRules } from "../services/rules-context";
import { runsAdapterRules } from "./adapter-rules";
import { ensureCouncilFromAdapter } from "./council-from-adapter";
import { ExportRefusal, type RefusedRecord } from "./export-derivation";
import { IMPORT_BATCH_SIZE, referencesOnFile, storeBatches, type ImportProgress } from "./import-batches";
import { mappingInForce, registeredAdapter } from "./import-source";
import { readExport } from "./import-worker-client";
import { storedCouncil, storedTeamRows } from "./stored-council";

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
      // Read and derived in the import's worker thread (import-worker.ts), from plain data: the mapping in force, and
      // for a council created in the app its stored vocabularies (a registered council's adapter is loaded there). A
      // council with neither a mapping nor an importer is refused there (export-derivation.ts exportReader).
      const source = {
        councilId,
        registered: adapter !== null,
        mapping: stored?.mapping ?? null,
        storedCouncil: adapter ? null : await storedCouncil(tx, councilId),
      };
      const read = await readExport(csv, source).catch((error: unknown) => {
        throw error instanceof ExportRefusal ? badInput([...FIELD], error.message) : error;
      });
      try {
        await listener.onParsed?.(read.references.length);
        const teams = adapter ? (await ensureCouncilFromAdapter(tx, adapter)).teams : await storedTeamRows(tx, councilId);
        const setup = {
          known: await referencesOnFile(tx, councilId, read.references),
          teams,
          rules: await loadCouncilRules(tx, councilId),
          asOf: context.asOf,
          adapterRules: adapter ? await runsAdapterRules(tx, adapter) : false,
          dryRun,
          batchSize: IMPORT_BATCH_SIZE,
        };
        const { imported, duplicates, refused } = await storeBatches(tx, read.batches(setup), listener.onProgress);
        const summary: CaseExportSummary = { dryRun, parsed: read.references.length, imported, duplicates, refused };
        await writeAudit(tx, context, {
          action: "importCaseExport",
          detail: {
            dryRun,
            parsed: summary.parsed,
            imported: summary.imported,
            duplicates,
            refused: refused.length,
            mapping: stored?.version ?? null,
          },
        });
        return summary;
      } finally {
        read.cancel();
      }
    },
    { timeout: 120_000 + lines * 20, maxWait: 10_000 },
  );
}
