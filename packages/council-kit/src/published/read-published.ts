import { ImportError, readCsv, readCsvRows } from "../importer/csv";
import { formatIssues } from "../adapter/format-issues";
import { publishedFileSchema, type PublishedFigure } from "./published-figures";

/**
 * Published figures uploaded in the app, for one year: the JSON of a plugin's published/<year>.json (an array of
 * `{ section, table, row, column, value }`), or a CSV with the columns `table`, `row`, `column`, `value` (and
 * `section`, optional): each names a cell of the layout (table id, row label, column label) and the figure the
 * council published there. A value that reads as a number is a number; anything else ("85%", "-") is text.
 * Throws ImportError naming the row and column (CSV) or the JSON path.
 */
export const PUBLISHED_CSV_COLUMNS = ["table", "row", "column", "value"] as const;

function figureOf(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== "" && /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function readCsvFigures(text: string): PublishedFigure[] {
  const withSection = readCsvRows(text)[0]?.fields.some((f) => f.trim() === "section") ?? false;
  return readCsv(text, PUBLISHED_CSV_COLUMNS).map((record) => {
    const section = withSection ? record.optional("section") : null;
    const row = record.optional("row") ?? "";
    const column = record.optional("column") ?? "";
    const table = record.required("table");
    return { section: section ?? table, table, row, column, value: figureOf(record.required("value")) };
  });
}

export function readPublishedFigures(text: string): PublishedFigure[] {
  const trimmed = text.trim();
  if (trimmed === "") throw new ImportError("the file is empty; expected JSON or CSV of published figures");
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return readCsvFigures(text);
  let input: unknown;
  try {
    input = JSON.parse(trimmed);
  } catch {
    throw new ImportError("is not valid JSON (expected an array of { section, table, row, column, value })");
  }
  const parsed = publishedFileSchema.safeParse(input);
  if (!parsed.success) throw new ImportError(formatIssues(parsed.error.issues, ["figures"]).join("; "));
  return parsed.data;
}
