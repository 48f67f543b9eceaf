import { ImportError, importedCaseSchema, type CouncilAdapter, type ImportedCase } from "@csc/council-kit";
import { UnknownCouncilError, loadCouncil } from "@csc/registry";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "../services/audit";
import { councilScope } from "../services/council-scope";
import { loadRulesContext } from "../services/rules-context";
import { ensureCouncilFromAdapter } from "./council-from-adapter";
import { importInBatches, type ImportProgress, type RefusedRecord } from "./import-batches";

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

export async function adapterOf(councilId: string): Promise<CouncilAdapter> {
  try {
    return await loadCouncil(councilId);
  } catch (error) {
    if (error instanceof UnknownCouncilError) throw badInput([...FIELD], "your council has no importer registered on the platform");
    throw error;
  }
}

/** The council's importer reads the whole file; the first error (row and column) refuses all of it. */
export function parseExport(adapter: CouncilAdapter, csv: string): ImportedCase[] {
  let records: unknown[];
  try {
    records = adapter.importer.parse(csv);
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
 * Imports a council's export from its old case system (council administrators): the council's own importer
 * (registry) parses the CSV, each record is mapped through council-kit `toCaseFacts` and derived by the rules
 * engine exactly as the fixture import does (case-rows.ts), and — unless `dryRun` — stored as new cases in one
 * transaction under the council's row-level security, derived and stored in batches of 1,000 (import-batches.ts). A reference that is already a case is a duplicate and
 * left alone; a record the vocabularies or the lifecycle refuse is listed with its reason. Audited either way.
 */
export async function importCaseExport(context: GatewayContext, csv: string, dryRun: boolean): Promise<CaseExportSummary> {
  const { councilId } = councilScope(context);
  const adapter = await adapterOf(councilId);
  return storeExport(context, councilId, adapter, parseExport(adapter, csv), dryRun);
}

/**
 * Derives and stores parsed records of a council's export in one transaction (batches of 1,000; a failure or a
 * kill leaves nothing), reporting progress after each batch, and audits the import. The transaction may take
 * 120 s plus 20 ms a record (a large export on a busy machine).
 */
export async function storeExport(
  context: GatewayContext,
  councilId: string,
  adapter: CouncilAdapter,
  records: readonly ImportedCase[],
  dryRun: boolean,
  onProgress?: (progress: ImportProgress) => Promise<void> | void,
): Promise<CaseExportSummary> {
  return withCouncil(
    context.root,
    councilId,
    async (tx) => {
      const { team } = await ensureCouncilFromAdapter(tx, adapter);
      const rules = await loadRulesContext(tx, adapter.id, context.asOf);
      const outcome = await importInBatches(tx, adapter, records, { councilId, team, rules, dryRun, rowOf, onProgress });
      const { imported, duplicates, refused } = outcome;
      const summary: CaseExportSummary = { dryRun, parsed: records.length, imported, duplicates, refused };
      await writeAudit(tx, context, {
        action: "importCaseExport",
        detail: { dryRun, parsed: summary.parsed, imported: summary.imported, duplicates, refused: refused.length },
      });
      return summary;
    },
    { timeout: 120_000 + records.length * 20, maxWait: 10_000 },
  );
}
