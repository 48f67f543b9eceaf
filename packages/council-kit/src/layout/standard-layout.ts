import { STAGES, type MeasureSpecInput, type Stage } from "@csc/rules";
import type { CellSpecInput } from "./cell-spec";
import { reportLayoutSchema, type ReportLayout, type TableLayoutInput } from "./report-layout";

/**
 * The report layout of a council that has neither stored one nor a packaged plugin default (a council created in
 * the app): complaints started at each stage over three financial years, then each stage's responses within
 * timescale and average working days, every cell a measure of the rules' catalogue over the council's records.
 * The council administrator replaces it with its own (Settings → Report layout).
 */
const COMPLAINTS = { kind: ["complaint"] };
const STAGE_LABELS: Record<Stage, string> = { stage1: "Stage 1", stage2: "Stage 2", stage3: "Stage 3" };
const YEAR_OFFSETS = [-2, -1, 0] as const;
const yearLabel = (offset: number): string => (offset === 0 ? "{year}" : `{year${offset}}`);

const figure = (measure: MeasureSpecInput, format: "count" | "percent" | "average", yearOffset = 0): CellSpecInput => ({
  measure,
  yearOffset,
  format,
  ...(format === "count" ? {} : { whenEmpty: null }),
});

const stagesByYear: TableLayoutInput = {
  id: "standard-stages-by-year",
  title: "Complaints started at each stage",
  source: "Standard layout",
  columns: STAGES.map((stage) => ({ label: STAGE_LABELS[stage] })),
  rows: YEAR_OFFSETS.map((offset) => ({
    label: yearLabel(offset),
    cells: STAGES.map((stage) => figure({ metric: "stages_started", stage, filter: COMPLAINTS }, "count", offset)),
  })),
};

const timeliness: TableLayoutInput = {
  id: "standard-timeliness",
  title: "Responses within timescale",
  source: "Standard layout",
  columns: [{ label: "Responses" }, { label: "% within timescale" }, { label: "Average working days" }],
  rows: STAGES.map((stage) => ({
    label: STAGE_LABELS[stage],
    cells: [
      figure({ metric: "cases_completed", stage, filter: COMPLAINTS }, "count"),
      figure({ metric: "percent_within_timescale", stage, filter: COMPLAINTS }, "percent"),
      figure({ metric: "average_working_days", stage, filter: COMPLAINTS }, "average"),
    ],
  })),
};

const layout = {
  title: "Children's social care complaints annual report {year}",
  sections: [
    {
      id: "standard-complaints",
      title: "Complaints received",
      narrative: [{ id: "standard-complaints-summary", prompt: "What the figures show about complaints this year" }],
      tables: [stagesByYear],
      charts: [{ id: "standard-stages-chart", type: "bar" as const, table: stagesByYear.id, alt: "Complaints started at each stage by year" }],
    },
    { id: "standard-timeliness", title: "Timeliness", tables: [timeliness] },
  ],
};

/** The standard layout, parsed (the same checks as every council's layout). */
export function standardReportLayout(): ReportLayout {
  return reportLayoutSchema.parse(layout);
}
