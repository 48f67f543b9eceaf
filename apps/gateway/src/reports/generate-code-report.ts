import {
  buildReport,
  CODE_REPORT_SECTION_IDS,
  complaintHandlingCodeLayout,
  mergeSuppliedFigures,
  type Report,
  type ReportSection,
  type ReportTable,
} from "@csc/council-kit";
import { CODE_COMPLIANCE_LABELS, CODE_SELF_ASSESSMENT_SOURCE, financialYear, formatFinancialYear } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { complimentQuotesTable } from "./compliment-quotes";
import { selfAssessmentOf } from "../services/code-self-assessment";
import { enteredSuppliedFigures } from "../services/supplied-figures";
import { reportMeasuresFromUnits } from "./report-measures";
import { baseReportAdapter } from "./layout-in-force";
import { yearImprovements } from "./year-improvements";

/**
 * The annual complaint performance and service improvement report the LGSCO Complaint Handling Code expects: the
 * Code layout (council-kit `complaintHandlingCodeLayout`, every figure a measure of the council's case records)
 * built by the same `buildReport` as the annual report, then the records a layout cannot hold: the year's
 * recommendations and learning actions (service improvement), the publishable quotes of its compliments, and the
 * council's self-assessment against each
 * section of the Code. Rendered by the annual report's renderers in every format.
 */
export async function generateCodeReport(db: CouncilTransaction, councilId: string, year: number): Promise<Report> {
  // The Code's own layout, whatever layout the council's annual report is in; a council created in the app too.
  const { adapter: council } = await baseReportAdapter(db, councilId);
  const adapter = { ...council, report: complaintHandlingCodeLayout() };
  const period = financialYear(year);
  // Its measures are counted at the database from the council's counted units, as the annual report's are.
  const results = await reportMeasuresFromUnits(db, councilId, adapter, period);
  const suppliedFigures = mergeSuppliedFigures(council.suppliedFigures, await enteredSuppliedFigures(db, councilId));
  const built = buildReport(adapter, [], period, { suppliedFigures, results });
  const improvement = await improvementTable(db, councilId, period);
  const assessment = await selfAssessmentTable(db, councilId, year);
  const quotes = await complimentQuotesTable(db, councilId, period);
  const sections: ReportSection[] = built.sections.map((section) => {
    if (section.id === CODE_REPORT_SECTION_IDS.improvement) return { ...section, tables: [...section.tables, improvement] };
    if (section.id === CODE_REPORT_SECTION_IDS.compliments) return { ...section, tables: [...section.tables, quotes] };
    if (section.id === CODE_REPORT_SECTION_IDS.selfAssessment) return { ...section, tables: [...section.tables, assessment] };
    return section;
  });
  return {
    ...built,
    title: `${built.title ?? "Annual complaint performance and service improvement report"} ${formatFinancialYear(year)}`,
    sections,
  };
}

/** Recommendations made and learning actions identified in the year: what, from whom, owner's due date, status. */
async function improvementTable(db: CouncilTransaction, councilId: string, period: { start: string; end: string }): Promise<ReportTable> {
  const improvements = await yearImprovements(db, councilId, period);
  return {
    id: "code-improvement",
    title: "Recommendations and learning actions",
    columns: ["From", "Due", "Status", "Evidence of completion"],
    rows: improvements.map((i) => ({ label: i.summary, cells: [i.kind === "learning" ? "Learning" : i.from, i.due, i.status, i.evidence] })),
  };
}

/** Each section of the Code with the council's compliance, evidence and actions for the year. */
async function selfAssessmentTable(db: CouncilTransaction, councilId: string, year: number): Promise<ReportTable> {
  const sections = await selfAssessmentOf(db, councilId, year);
  return {
    id: "code-self-assessment",
    title: `Self-assessment (${CODE_SELF_ASSESSMENT_SOURCE})`,
    columns: ["Compliant", "Evidence", "Actions"],
    rows: sections.map((s) => ({
      label: `${s.number}. ${s.heading}`,
      cells: [s.compliance ? CODE_COMPLIANCE_LABELS[s.compliance] : "Not assessed", s.evidence, s.actions],
    })),
  };
}
