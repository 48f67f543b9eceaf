import { checkLayout } from "../adapter/layout-checks";
import { formatIssues } from "../adapter/format-issues";
import type { Vocabularies } from "../vocabulary/local-vocabulary";
import { reportLayoutSchema, type ReportLayout } from "./report-layout";

/** One problem with a layout file: where (its JSON path from `layout`) and the rule it breaks. */
export interface LayoutProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * "layout.sections[0].title: is required (string)" → its path and its message; a row's label after its path
 * (`layout…rows[2] ("Total"): has 2 cells …`) stays in the message.
 */
function split(line: string): LayoutProblem {
  const match = /^(layout\S*?)(?: (\(.*?\)))?: (.*)$/s.exec(line);
  if (!match) return { path: "layout", message: line };
  const [, path = "layout", label, message = line] = match;
  return { path, message: label ? `${label} ${message}` : message };
}

/**
 * Checks a report layout held as data (a stored version, an uploaded file) exactly as defineCouncil checks a
 * plugin's: the layout schema, then what a schema cannot check against the council's vocabularies (unique ids,
 * charts naming real tables, rows as wide as their columns, filter values the vocabularies know). Every problem is
 * named by its JSON path from `layout` (e.g. `layout.sections[1].tables[0].rows[2].cells[0].measure.metric`).
 */
export function validateReportLayout(input: unknown, vocabularies: Vocabularies): { layout: ReportLayout | null; problems: LayoutProblem[] } {
  const parsed = reportLayoutSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { layout: null, problems: formatIssues(parsed.error.issues, ["layout"]).map(split) };
  const problems = checkLayout(parsed.data, vocabularies, "layout").map(split);
  return { layout: problems.length === 0 ? parsed.data : null, problems };
}

/** A layout file's text (JSON) checked as validateReportLayout does; a syntax error is a problem at `layout`. */
export function readReportLayoutFile(text: string, vocabularies: Vocabularies): { layout: ReportLayout | null; problems: LayoutProblem[] } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      layout: null,
      problems: [{ path: "layout", message: `is not valid JSON (${error instanceof Error ? error.message : "syntax error"})` }],
    };
  }
  return validateReportLayout(input, vocabularies);
}
