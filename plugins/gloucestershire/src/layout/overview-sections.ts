import type { ContextFigureKey, ReportLayoutInput } from "@csc/council-kit";
import type { MeasureSpecInput } from "@csc/rules";
import { BLANK, COMPLAINT, complaintsReceived, count, offsetOf, percent, percentChange, shareOfContacts, stageStarted, YEAR_COLUMNS } from "./cells";

type Section = ReportLayoutInput["sections"][number];

const compliments: MeasureSpecInput = { metric: "cases_received", filter: { kind: ["compliment"] } };
const complimentsFrom = (types: string[]): MeasureSpecInput => ({
  metric: "cases_received",
  filter: { kind: ["compliment"], localComplainantType: types },
});
const informal: MeasureSpecInput = { metric: "cases_received", filter: { kind: ["informal_resolution", "comment"] } };
/** Complaints whose furthest stage by the export date is Stage 1 (the importer derives it from the stage dates). */
const onlyStage1: MeasureSpecInput = { metric: "cases_received", filter: { ...COMPLAINT, "local:stageReached": ["STAGE1"] } };
const lgscoDecided = (codes: string[]): MeasureSpecInput => ({ metric: "lgsco_decisions", filter: { localDecision: codes } });
const INVESTIGATED = ["PREMATURE", "NOFAULT", "FAULT"];
const PERCENT_CHANGE_NOTE = "The seed prints the change on the previous year as a percentage of the previous year's count.";

export const executiveSummary: Section = {
  id: "executive-summary",
  title: "Executive summary",
  narrative: [{ id: "summary", prompt: "Key points from the analysis of Children's Social Care feedback received in the year" }],
  tables: [
    {
      id: "summary",
      title: "Key figures in the executive summary",
      source: "Executive summary",
      note: PERCENT_CHANGE_NOTE,
      columns: [{ label: "{year-1}" }, { label: "{year}" }],
      rows: [
        { label: "Social Care compliments received", cells: [count(compliments, -1), count(compliments)] },
        { label: "Contacts managed as Informal Local Resolutions or Comments", cells: [count(informal, -1), count(informal)] },
        { label: "Rise in contacts managed as Informal Local Resolutions or Comments (%)", cells: [BLANK, percentChange(informal, 2)] },
        { label: "Formal Social Care complaints received", cells: [count(complaintsReceived, -1), count(complaintsReceived)] },
        {
          label: "Complaints not taken beyond a Stage 1 response (%)",
          cells: [percent(onlyStage1, complaintsReceived, -1), percent(onlyStage1, complaintsReceived)],
        },
        { label: "Complaints independently investigated at Stage 2", cells: [count(stageStarted("stage2"), -1), count(stageStarted("stage2"))] },
        {
          label: "Complaints taken to the Local Government & Social Care Ombudsman",
          cells: [count({ metric: "lgsco_decisions" }, -1), count({ metric: "lgsco_decisions" })],
        },
        // The seed's 11 is every decision except "No investigation / Closed after initial inquiry" (16 − 5).
        {
          label: "of which the Ombudsman undertook an investigation",
          cells: [count(lgscoDecided(INVESTIGATED), -1), count(lgscoDecided(INVESTIGATED))],
        },
      ],
    },
  ],
};

export const complimentsSection: Section = {
  id: "compliments",
  title: "Compliments - an overview",
  narrative: [{ id: "positive-things", prompt: "What positive things are people saying? (redacted quotes)" }],
  tables: [
    {
      id: "compliments-by-year",
      title: "Social Care compliments received by year",
      source: "para 1",
      columns: YEAR_COLUMNS.map((label) => ({ label })),
      rows: [{ label: "Social Care compliments received", cells: YEAR_COLUMNS.map((c) => count(compliments, offsetOf(c))) }],
    },
    {
      id: "compliments-by-complainant",
      title: "Who put compliments on record",
      source: "para 2",
      columns: [{ label: "{year}" }],
      rows: [
        { label: "Young people", cells: [count(complimentsFrom(["YP"]))] },
        { label: "Care leavers", cells: [count(complimentsFrom(["CL"]))] },
        {
          label: "Carers, prospective carers, parents or other family members",
          cells: [count(complimentsFrom(["FC", "PC", "SG", "PARENT", "FAMILY"]))],
        },
      ],
    },
  ],
  charts: [
    {
      id: "compliments-by-year-chart",
      type: "bar",
      table: "compliments-by-year",
      alt: "Social Care compliments received in each of the last four years",
    },
  ],
};

export const commentsSection: Section = {
  id: "comments",
  title: "Comments - an overview",
  narrative: [{ id: "resolved-informally", prompt: "Examples of concerns and representations resolved informally" }],
  tables: [
    {
      id: "informal-resolutions",
      title: "Social Care contacts managed as an Informal Local Resolution",
      source: "para 7",
      columns: [{ label: "{year-1}" }, { label: "{year}" }],
      rows: [{ label: "Contacts managed as an Informal Local Resolution", cells: [count(informal, -1), count(informal)] }],
    },
  ],
};

/** Para 14's rows: figures the council supplies (../context-figures.ts), shown by context cells. */
const CONTEXT_ROWS: readonly [string, ContextFigureKey][] = [
  ["Total number of contacts received by Children's Services", "contacts"],
  ["Total number of children in care", "childrenInCare"],
  ["Total number of children subject to Child Protection Plans", "childProtectionPlans"],
  ["Total number of children assessed as Children in Need", "childrenInNeed"],
  ["Total number of Single Assessments completed", "assessments"],
  ["Total number of Single Assessments completed in up to 45 working days", "assessmentsWithin45WorkingDays"],
];

export const complaintsSection: Section = {
  id: "complaints",
  title: "Complaints - an overview",
  narrative: [{ id: "process", prompt: "The statutory and corporate complaints processes, and how complaints were dealt with this year" }],
  tables: [
    {
      id: "complaints-by-stage",
      title: "Number of Social Care or Corporate Social Care complaints managed at :",
      source: "para 12",
      columns: YEAR_COLUMNS.map((c) => ({ label: `During ${c}` })),
      rows: (["stage1", "stage2", "stage3"] as const).map((stage) => ({
        label: `Stage ${stage.slice(-1)}`,
        cells: YEAR_COLUMNS.map((c) => count(stageStarted(stage), offsetOf(c))),
      })),
    },
    {
      id: "stage2-investigations",
      title: "Stage 2 investigations in {year}",
      source: "para 13",
      columns: [{ label: "{year}" }],
      rows: [
        { label: "Stage 2 investigations completed", cells: [count({ metric: "cases_completed", stage: "stage2", basis: "received" })] },
        { label: "Stage 2 investigations ongoing", cells: [count({ metric: "open_at_end", stage: "stage2" })] },
        {
          label: "Following the Children's Social Care complaints procedure",
          cells: [count(stageStarted("stage2", { procedure: ["childrens_statutory"] }))],
        },
        { label: "Following the council's Corporate Complaints procedure", cells: [count(stageStarted("stage2", { procedure: ["corporate"] }))] },
        { label: "Undertaken by independent investigators", cells: [count(stageStarted("stage2"))] },
      ],
    },
    {
      id: "context",
      title: "The volume of complaints in the context of all the work of Children's Social Care",
      source: "para 14",
      note: "Context figures come from the council's children's social care system, not from complaint records: the council supplies them (adapter contextFigures). *These figures are not directly comparable.",
      columns: [{ label: "{year-1}" }, { label: "{year}" }],
      rows: CONTEXT_ROWS.map(([label, context]) => ({ label, cells: [{ context, yearOffset: -1 }, { context }] })),
    },
    {
      id: "complaints-in-context",
      title: "Complaints in figures (paras 15–20)",
      source: "paras 15-20",
      note: PERCENT_CHANGE_NOTE,
      columns: [{ label: "{year}" }],
      rows: [
        { label: "Complaints received as a share of contacts", cells: [shareOfContacts(complaintsReceived)] },
        { label: "Complaints resolved at Stage 1 or with further intervention (%)", cells: [percent(onlyStage1, complaintsReceived)] },
        { label: "Increase in formal complaints recorded (%)", cells: [percentChange(complaintsReceived, 0)] },
        { label: "Complaints progressed to a Stage 3 review panel", cells: [count(stageStarted("stage3"))] },
        { label: "Complaints referred to the Ombudsman with outcomes notified", cells: [count({ metric: "lgsco_decisions" })] },
        {
          label: "Further complaints recorded by the Ombudsman for Children's Services outside the scope of this report",
          cells: [{ supplied: "lgsco-further-complaints-outside-scope" }],
        },
      ],
    },
    {
      id: "lgsco-decisions",
      title: "LG&SCO Decision received in year ending 31 March 2019",
      source: "para 20",
      columns: [
        { label: "No investigation / Closed after initial inquiry" },
        { label: "Premature" },
        { label: "No fault" },
        { label: "Fault/Injustice" },
      ],
      rows: [
        {
          label: "Decisions received",
          cells: [
            count(lgscoDecided(["CLOSED", "WITHDRAWN"])),
            count(lgscoDecided(["PREMATURE"])),
            count(lgscoDecided(["NOFAULT"])),
            count(lgscoDecided(["FAULT"])),
          ],
        },
        { label: "including withdrawn by the complainant", cells: [count(lgscoDecided(["WITHDRAWN"])), BLANK, BLANK, BLANK] },
      ],
    },
  ],
};
