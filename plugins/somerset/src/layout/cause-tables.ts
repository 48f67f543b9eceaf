import type { ReportLayoutInput } from "@csc/council-kit";
import { NOT_RECORDED } from "@csc/rules";
import { causes, themes } from "../causes";
import { COMPLAINTS, LAST_YEAR, PERCENT_OR_LESS_THAN_ONE, picked, ratio, received, share, THIS_YEAR, total } from "./cells";

type TableInput = NonNullable<ReportLayoutInput["sections"][number]["tables"]>[number];

/**
 * Sections 3.6 to 3.8: the primary causes of complaints received in the year (one per complaint) and their
 * themes, the themes compared with the previous year (the prose of 1.2, 2.5 and 3.6), Stage 2 investigations and
 * the Ombudsman's investigations concluded in the year.
 */
/** The primary-cause table lists causes in the seed's order (by count), with "Not recorded" third. */
const CAUSE_ROWS: { label: string; key: string }[] = [
  ...causes.slice(0, 2).map((c) => ({ label: c.label, key: c.code })),
  { label: "Not recorded", key: NOT_RECORDED },
  ...causes.slice(2).map((c) => ({ label: c.label, key: c.code })),
];

const THEME_ROWS: { label: string; key: string }[] = [
  ...themes.slice(0, 3).map((t) => ({ label: t.label, key: t.code })),
  { label: "No cause recorded", key: NOT_RECORDED },
  ...themes.slice(3).map((t) => ({ label: t.label, key: t.code })),
];

const complaints = received(COMPLAINTS);
const TOP_THREE = ["COMMUNICATION", "PROVISION", "ATTITUDE"];

export const causeTables: TableInput[] = [
  {
    id: "primary-causes",
    title: "3.6 Reasons for Complaints: Primary Cause",
    source: "3.6",
    note: "One primary cause per complaint received in the year.",
    columns: [{ label: "Total" }, { label: "%" }],
    rows: [
      ...CAUSE_ROWS.map(({ label, key }) => ({
        label,
        cells: [picked(complaints, "reason", key), share(complaints, "reason", key, 0, PERCENT_OR_LESS_THAN_ONE)],
      })),
      { label: "Total", cells: [total(complaints), { text: "" }] },
    ],
  },
  {
    id: "cause-themes",
    title: "3.6 Reasons for Complaints: causes grouped by theme",
    source: "3.6",
    columns: [{ label: "Number" }, { label: "%" }],
    rows: [
      ...THEME_ROWS.map(({ label, key }) => ({
        label,
        cells: [picked(complaints, "reasonCategory", key), share(complaints, "reasonCategory", key)],
      })),
      { label: "Total", cells: [total(complaints), { text: "" }] },
    ],
  },
  {
    id: "cause-themes-compared",
    title: "Cause themes compared with the previous year",
    source: "1.2, 2.5 and 3.6",
    columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }],
    rows: [
      {
        label: "Attitude & Behaviour of Staff (%)",
        cells: [share(complaints, "reasonCategory", "ATTITUDE", -1), share(complaints, "reasonCategory", "ATTITUDE")],
      },
      {
        label: "Communication (%)",
        cells: [share(complaints, "reasonCategory", "COMMUNICATION", -1), share(complaints, "reasonCategory", "COMMUNICATION")],
      },
      {
        label: "Communication, service provision and attitude & behaviour of staff (%)",
        cells: [
          ratio(received({ ...COMPLAINTS, reasonCategory: TOP_THREE }), complaints, -1),
          ratio(received({ ...COMPLAINTS, reasonCategory: TOP_THREE }), complaints),
        ],
      },
      {
        label: "Unfair Treatment (complaints)",
        cells: [picked(complaints, "reasonCategory", "UNFAIR", { yearOffset: -1 }), picked(complaints, "reasonCategory", "UNFAIR")],
      },
    ],
  },
  {
    id: "stage-two",
    title: "3.7 Stage Two Investigations concluded",
    source: "3.7",
    columns: [{ label: THIS_YEAR }],
    rows: [
      { label: "Stage Two investigations concluded", cells: [total({ metric: "cases_completed", stage: "stage2", filter: COMPLAINTS })] },
      ...(
        [
          ["Mendip", "team", "MENDIP"],
          ["Sedgemoor", "team", "SEDGEMOOR"],
          ["Partially upheld", "localOutcome", "PARTIAL"],
          ["Upheld", "localOutcome", "UPHELD"],
        ] as const
      ).map(([label, dimension, key]) => ({
        label,
        cells: [picked({ metric: "cases_completed", stage: "stage2", filter: COMPLAINTS }, dimension, key)],
      })),
    ],
  },
  {
    id: "lgo",
    title: "3.8 Local Government Ombudsman Investigations concluded",
    source: "3.8",
    columns: [{ label: THIS_YEAR }],
    rows: [
      { label: "Investigations concluded by the LGO", cells: [total({ metric: "lgsco_decisions", filter: COMPLAINTS })] },
      { label: "Upheld", cells: [picked({ metric: "lgsco_decisions", filter: COMPLAINTS }, "localDecision", "UPHELD")] },
    ],
  },
];
