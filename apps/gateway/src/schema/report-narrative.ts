import { financialYear } from "@csc/rules";
import { builder } from "../builder";
import {
  approveReport,
  readNarratives,
  readReportStatus,
  recordReportPresented,
  REPORT_STATUSES,
  saveNarrative,
  type NarrativeVersion,
  type ReportStatusView,
  yearEnded,
} from "../services/report-narrative";

/**
 * The text a council writes for each section of its annual report (versioned, with who wrote it) and where the
 * year's report stands: draft → approved → presented to a committee (SI 2006/1738 reg 13(3)).
 */
const read = { readAggregates: true } as const;

const ReportSectionText = builder.objectRef<NarrativeVersion>("ReportSectionText").implement({
  description: "One version of the text the council wrote for a section of its annual report",
  authScopes: read,
  fields: (t) => ({
    financialYear: t.exposeInt("financialYear", { description: "The year the financial year starts (2021 = 2021/22)" }),
    sectionId: t.exposeString("sectionId", { description: "The report section, as the council's layout names it" }),
    version: t.exposeInt("version", { description: "1 for the first text saved, then one more for each save" }),
    text: t.exposeString("text", { description: 'The words: paragraphs, "## " headings, "- " list items and [links](https://…)' }),
    authorName: t.exposeString("authorName", { description: "Who wrote this version" }),
    writtenAt: t.field({ type: "DateTime", description: "When this version was saved", resolve: (v) => v.writtenAt }),
  }),
});

const ReportStatusEnum = builder.enumType("AnnualReportStatus", {
  description: "Where a year's annual report stands",
  values: {
    DRAFT: { value: REPORT_STATUSES[0], description: "Being written; not approved (or changed since it was)" },
    APPROVED: { value: REPORT_STATUSES[1], description: "Approved for presentation" },
    PRESENTED: { value: REPORT_STATUSES[2], description: "Presented to a committee (SI 2006/1738 reg 13(3))" },
  },
});

const ReportStatusType = builder.objectRef<ReportStatusView>("AnnualReportState").implement({
  description: "Where a year's annual report stands, who approved it and which committee it went to",
  authScopes: read,
  fields: (t) => ({
    financialYear: t.exposeInt("financialYear", { description: "The year the financial year starts (2021 = 2021/22)" }),
    status: t.field({ type: ReportStatusEnum, description: "draft, approved or presented", resolve: (s) => s.status }),
    approvedByName: t.exposeString("approvedByName", { nullable: true, description: "Who approved it" }),
    approvedAt: t.field({ type: "DateTime", nullable: true, description: "When it was approved", resolve: (s) => s.approvedAt }),
    committee: t.exposeString("committee", { nullable: true, description: "The committee it was presented to" }),
    presentedOn: t.field({ type: "Date", nullable: true, description: "The day it was presented", resolve: (s) => s.presentedOn }),
    committeeResponse: t.exposeString("committeeResponse", { nullable: true, description: "The committee's response, as recorded" }),
    yearEndsOn: t.field({
      type: "Date",
      description: "The last day of the financial year (31 March)",
      resolve: (s) => financialYear(s.financialYear).end,
    }),
    yearEnded: t.boolean({
      description: "Whether the financial year is over (today is after its 31 March): only then can its report be approved",
      resolve: (s, _args, context) => yearEnded(s.financialYear, context.asOf),
    }),
  }),
});

builder.queryField("reportNarrative", (t) =>
  t.field({
    type: [ReportSectionText],
    description: "Every version of the text your council wrote for its annual report's sections, oldest first (the report prints the latest)",
    authScopes: read,
    args: {
      financialYear: t.arg.int({ required: true, description: "The year the financial year starts (2021 = 2021/22)" }),
      sectionId: t.arg.string({ required: false, description: "Only this section; every section when absent" }),
    },
    resolve: (_root, args, context) => readNarratives(context, args.financialYear, args.sectionId ?? null),
  }),
);

builder.queryField("reportStatus", (t) =>
  t.field({
    type: ReportStatusType,
    description: "Where your council's annual report for a year stands (draft when nothing is recorded)",
    authScopes: read,
    args: { financialYear: t.arg.int({ required: true, description: "The year the financial year starts (2021 = 2021/22)" }) },
    resolve: (_root, args, context) => readReportStatus(context, args.financialYear),
  }),
);

const SaveReportNarrativeInput = builder.inputType("SaveReportNarrativeInput", {
  description: "The text of one section of the annual report; each save is a new version",
  fields: (t) => ({
    financialYear: t.int({ required: true, description: "The year the financial year starts (2021 = 2021/22)" }),
    sectionId: t.string({ required: true, description: "A section of your council's report layout" }),
    text: t.string({ required: true, description: 'At most 20,000 characters: paragraphs, "## " headings, "- " list items and [links](https://…)' }),
  }),
});

builder.mutationField("saveReportNarrative", (t) =>
  t.field({
    type: ReportSectionText,
    description: "Save a section's text as its next version; an approved report becomes a draft again",
    authScopes: { writeReports: true },
    args: { input: t.arg({ type: SaveReportNarrativeInput, required: true, description: "The year, the section and its text" }) },
    resolve: (_root, args, context) => saveNarrative(context, args.input),
  }),
);

builder.mutationField("approveReport", (t) =>
  t.field({
    type: ReportStatusType,
    description: "Approve the year's annual report as it stands (managers and administrators)",
    authScopes: { approveReports: true },
    args: { financialYear: t.arg.int({ required: true, description: "The year the financial year starts (2021 = 2021/22)" }) },
    resolve: (_root, args, context) => approveReport(context, args.financialYear),
  }),
);

const RecordReportPresentedInput = builder.inputType("RecordReportPresentedInput", {
  description: "Which committee the approved report went to, when, and its response",
  fields: (t) => ({
    financialYear: t.int({ required: true, description: "The year the financial year starts (2021 = 2021/22)" }),
    committee: t.string({ required: true, description: "The committee's name (3 to 200 characters)" }),
    presentedOn: t.field({ type: "Date", required: true, description: "The day it was presented" }),
    response: t.string({ required: false, description: "The committee's response (at most 5,000 characters)" }),
  }),
});

builder.mutationField("recordReportPresented", (t) =>
  t.field({
    type: ReportStatusType,
    description: "Record that the approved report was presented to a committee (SI 2006/1738 reg 13(3)) (managers and administrators)",
    authScopes: { approveReports: true },
    args: { input: t.arg({ type: RecordReportPresentedInput, required: true, description: "The committee, the day and its response" }) },
    resolve: (_root, args, context) => recordReportPresented(context, args.input),
  }),
);
