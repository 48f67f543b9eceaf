import { buildReport, type CouncilAdapter, type Report } from "@csc/council-kit";
import { loadCouncil } from "@csc/registry";
import type { Period } from "@csc/rules";
import { loadCaseFacts, type FactsReader } from "./load-case-facts";
import { reportSpan } from "./report-span";

/**
 * A council's report for a period, from its stored case records: the facts of the span its layout compares
 * (loadCaseFacts) through council-kit's buildReport with the council's adapter. The GraphQL `report` query,
 * the CLI and the golden tests all come through here.
 */
export interface GenerateReportOptions {
  /** Use this adapter instead of loading it from the registry. */
  readonly adapter?: CouncilAdapter;
}

export async function generateReport(db: FactsReader, councilId: string, period: Period, options: GenerateReportOptions = {}): Promise<Report> {
  const adapter = options.adapter ?? (await loadCouncil(councilId));
  const facts = await loadCaseFacts(db, councilId, reportSpan(adapter, period));
  return buildReport(adapter, facts, period);
}
