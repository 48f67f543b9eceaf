import { buildReport, mergeSuppliedFigures, type ReportAdapter, type Report } from "@csc/council-kit";
import { financialYear, financialYearStartOf, type Period } from "@csc/rules";
import { latestNarratives, type NarrativeReader } from "../services/report-narrative";
import { enteredSuppliedFigures, type SuppliedFiguresReader } from "../services/supplied-figures";
import type { FactsReader } from "./load-case-facts";
import { fillRecordsTables, type RecordsReader } from "./records-tables";
import { reportMeasuresFromUnits } from "./report-measures";
import { reportAdapterFor, type LayoutReader } from "./layout-in-force";

/**
 * A council's report for a period, from its stored case records: every measure its layout counts, counted at the
 * database from the council's counted units (reportMeasuresFromUnits), through council-kit's buildReport with the council's adapter and the layout in force (the latest
 * stored version, else the plugin's packaged layout, else the standard layout: layout-in-force.ts). The GraphQL `report` query,
 * the CLI and the golden tests all come through here. Supplied figures (taken from elsewhere) are the adapter's,
 * with those the council's administrators entered in the app in place of any of the same key and year; an annual
 * report's sections carry the latest text the council wrote for them in the app.
 */
interface GenerateReportOptions {
  /** Use this adapter (and its layout) instead of the council's adapter with the layout in force. */
  readonly adapter?: ReportAdapter;
}

export async function generateReport(
  db: FactsReader & SuppliedFiguresReader & NarrativeReader & RecordsReader & LayoutReader,
  councilId: string,
  period: Period,
  options: GenerateReportOptions = {},
): Promise<Report> {
  const adapter = options.adapter ?? (await reportAdapterFor(db, councilId)).adapter;
  const results = await reportMeasuresFromUnits(db, councilId, adapter, period);
  const suppliedFigures = mergeSuppliedFigures(adapter.suppliedFigures, await enteredSuppliedFigures(db, councilId));
  // Records tables (learning, recommendations, quotes, …) read their own rows: no case facts are loaded here.
  const report = await fillRecordsTables(db, councilId, period, buildReport(adapter, [], period, { suppliedFigures, results }));
  // The council's words for each section (the latest version) belong to the annual report: a full financial year.
  const year = financialYearStartOf(period.start);
  const annual = financialYear(year);
  if (annual.start !== period.start || annual.end !== period.end) return report;
  const narratives = await latestNarratives(db, councilId, year);
  if (narratives.size === 0) return report;
  return {
    ...report,
    sections: report.sections.map((section) => {
      const text = narratives.get(section.id)?.text;
      return text ? { ...section, text } : section;
    }),
  };
}
