import type { RecordsTableKind, Report, ReportTable } from "@csc/council-kit";
import { financialYearStartOf, isoFromDate, isoFromDateOrNull, type Period } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { complimentQuotesTable } from "./compliment-quotes";
import { yearImprovements } from "./year-improvements";

type Rows = ReportTable["rows"];

/** What filling records tables reads (a council transaction has it all). */
export type RecordsReader = CouncilTransaction;

const STATUS_LABELS = { draft: "Draft", approved: "Approved", presented: "Presented" } as const;
type StatusLabelKey = keyof typeof STATUS_LABELS;

/**
 * Fills a report's records tables (layout `records`: learning, recommendations, compliment quotes, document
 * control) from the council's records for the report's period, each from the one list the Code report also uses.
 * A report with no records tables is returned as it is, with no query.
 */
export async function fillRecordsTables(db: RecordsReader, councilId: string, period: Period, report: Report): Promise<Report> {
  const kinds = new Set(report.sections.flatMap((s) => s.tables.flatMap((t) => (t.records ? [t.records] : []))));
  if (kinds.size === 0) return report;
  const rows = new Map<RecordsTableKind, Rows>();
  if (kinds.has("learning") || kinds.has("recommendations")) {
    const improvements = await yearImprovements(db, councilId, period);
    rows.set(
      "learning",
      improvements.map((i) => ({ label: i.from, cells: [i.summary] })),
    );
    rows.set(
      "recommendations",
      improvements.filter((i) => i.kind === "recommendation").map((i) => ({ label: i.summary, cells: [i.from, i.owner, i.due, i.status] })),
    );
  }
  if (kinds.has("complimentQuotes")) rows.set("complimentQuotes", (await complimentQuotesTable(db, councilId, period)).rows);
  if (kinds.has("documentControl")) rows.set("documentControl", await documentControlRows(db, councilId, period, report.title));
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      tables: section.tables.map((table) => (table.records ? { ...table, rows: rows.get(table.records) ?? [] } : table)),
    })),
  };
}

/** Title, version (the year's saved section texts), status, approved by/date, presented to/date: from the report's status record. */
async function documentControlRows(db: CouncilTransaction, councilId: string, period: Period, title: string | undefined): Promise<Rows> {
  const financialYear = financialYearStartOf(period.start);
  const status = await db.reportStatus.findUnique({ where: { councilId_financialYear: { councilId, financialYear } } });
  const key = (status?.status ?? "draft") as StatusLabelKey;
  // Each saved section text is a revision of the document: its version is how many were saved for the year.
  const revisions = await db.reportNarrative.count({ where: { councilId, financialYear } });
  return [
    { label: "Title", cells: [title ?? null] },
    { label: "Version", cells: [revisions] },
    { label: "Status", cells: [STATUS_LABELS[key]] },
    { label: "Approved by", cells: [status?.approvedByName ?? null] },
    { label: "Approved on", cells: [status?.approvedAt ? isoFromDate(status.approvedAt) : null] },
    { label: "Presented to", cells: [status?.committee ?? null] },
    { label: "Presented on", cells: [isoFromDateOrNull(status?.presentedOn)] },
  ];
}
