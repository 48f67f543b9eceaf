/**
 * The structured layout editor's one job: turn the administrator's choices into a section of council-kit's layout
 * schema (plain JSON), appended to the layout in force. The gateway checks the result as it checks every layout.
 */
export type TableKind = "stages-over-years" | "single-figure";
export type Aggregation = "count" | "percent" | "average";

export interface TableChoices {
  sectionTitle: string;
  tableTitle: string;
  kind: TableKind;
  metric: string;
  aggregation: Aggregation;
  /** stages-over-years: how many financial years, this one and those before it. */
  years: number;
  /** single-figure: the stage ("" for every stage) and the figure's label. */
  stage: string;
  figureLabel: string;
  /** Count complaints only (the statutory procedure's stages), not compliments or comments. */
  complaintsOnly: boolean;
}

export const STAGES = [
  { value: "stage1", label: "Stage 1" },
  { value: "stage2", label: "Stage 2" },
  { value: "stage3", label: "Stage 3" },
] as const;

interface LayoutJson {
  sections: Array<{ id: string; tables?: Array<{ id: string }> }>;
  [key: string]: unknown;
}

/** "Complaints by stage!" → "complaints-by-stage"; a number added when the id is taken. */
export function uniqueId(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "table";
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

const yearLabel = (offset: number): string => (offset === 0 ? "{year}" : `{year${offset}}`);

function cell(choices: TableChoices, stage: string, yearOffset: number): Record<string, unknown> {
  const measure: Record<string, unknown> = { metric: choices.metric };
  if (stage) measure.stage = stage;
  if (choices.complaintsOnly) measure.filter = { kind: ["complaint"] };
  return { measure, yearOffset, format: choices.aggregation, ...(choices.aggregation === "count" ? {} : { whenEmpty: null }) };
}

/** The table the choices describe, with ids not yet used in the layout. */
export function buildSection(choices: TableChoices, taken: ReadonlySet<string>): Record<string, unknown> {
  const sectionId = uniqueId(choices.sectionTitle, taken);
  const tableId = uniqueId(choices.tableTitle, new Set([...taken, sectionId]));
  const table =
    choices.kind === "stages-over-years"
      ? {
          id: tableId,
          title: choices.tableTitle,
          source: "Built in the app",
          columns: STAGES.map((s) => ({ label: s.label })),
          rows: Array.from({ length: choices.years }, (_, i) => i - choices.years + 1).map((offset) => ({
            label: yearLabel(offset),
            cells: STAGES.map((s) => cell(choices, s.value, offset)),
          })),
        }
      : {
          id: tableId,
          title: choices.tableTitle,
          source: "Built in the app",
          columns: [{ label: "{year}" }],
          rows: [{ label: choices.figureLabel, cells: [cell(choices, choices.stage, 0)] }],
        };
  return { id: sectionId, title: choices.sectionTitle, tables: [table] };
}

/** Every section and table id the layout uses. */
function idsOf(layout: LayoutJson): Set<string> {
  return new Set(layout.sections.flatMap((s) => [s.id, ...(s.tables ?? []).map((t) => t.id)]));
}

/** The layout in force (as the gateway sends it, JSON itself) with the new section appended, for saveReportLayout. */
export function withSection(inForce: unknown, choices: TableChoices): unknown {
  const layout = inForce as LayoutJson;
  return { ...layout, sections: [...layout.sections, buildSection(choices, idsOf(layout))] };
}

/** The layout file's text as JSON, or why it is not JSON (named at the layout's path, as the gateway names its problems). */
export function parseLayoutText(text: string): { layout: unknown; problem: null } | { layout: null; problem: string } {
  try {
    return { layout: JSON.parse(text) as unknown, problem: null };
  } catch (error) {
    return { layout: null, problem: `layout: is not valid JSON (${error instanceof Error ? error.message : "syntax error"})` };
  }
}
