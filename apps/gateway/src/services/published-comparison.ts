import { compareCells, ImportError, readPublishedFigures, type CellValue, type PublishedFigure } from "@csc/council-kit";
import { councilRegistry, loadCouncil } from "@csc/registry";
import { financialYear } from "@csc/rules";
import type { GatewayContext } from "../context";
import { badInput } from "../errors/gateway-error";
import { analyticsOf } from "../reports/analytics-engine";
import { councilScope } from "./council-scope";

/**
 * Published figures a council uploads in the app (CSV or JSON: each cell of the layout by table id, row and column
 * label, and the figure it published) compared cell by cell with the report computed from its records in the
 * layout in force: council-kit's compareCells, the comparison the golden tests make (through compareWithPublished),
 * with the plugin's listed exceptions for a packaged council. Nothing is stored: the upload is compared and shown.
 */
export const CELL_VERDICTS = ["matched", "differs", "missing", "excepted"] as const;
export type CellVerdict = (typeof CELL_VERDICTS)[number];

export interface ComparedCell {
  section: string;
  table: string;
  row: string;
  column: string;
  published: string;
  computed: string | null;
  verdict: CellVerdict;
  /** Why it does not match, or the listed exception's reason; null when it matches. */
  detail: string | null;
}

export interface PublishedComparisonView {
  financialYear: number;
  matched: number;
  differs: number;
  missing: number;
  excepted: number;
  cells: ComparedCell[];
}

const shown = (value: CellValue | undefined): string | null => (value === undefined || value === null ? null : String(value));

function readUpload(text: string): PublishedFigure[] {
  try {
    return readPublishedFigures(text);
  } catch (error) {
    if (error instanceof ImportError) throw badInput(["figures"], error.message);
    throw error;
  }
}

export async function comparePublishedFigures(context: GatewayContext, year: number, text: string): Promise<PublishedComparisonView> {
  const { councilId } = councilScope(context);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput(["financialYear"], "must be the year a financial year starts, from 2000 to 2100");
  const figures = readUpload(text);
  if (figures.length === 0) throw badInput(["figures"], "holds no figures; give at least one cell (table, row, column, value)");
  const exceptions = councilRegistry.has(councilId) ? (await loadCouncil(councilId)).publishedExceptions : [];
  const report = await analyticsOf(context).report(councilId, financialYear(year));
  const cells = compareCells(report, figures, { exceptions, year }).map((c): ComparedCell => {
    const verdict: CellVerdict =
      c.status === "matched" ? "matched" : c.status === "excepted" ? "excepted" : c.mismatch.kind === "different_value" ? "differs" : "missing";
    const detail = c.status === "excepted" ? c.reason : c.status === "mismatch" ? c.mismatch.message : null;
    const { section, table, row, column, value } = c.figure;
    return { section, table, row, column, published: String(value), computed: shown(c.actual), verdict, detail };
  });
  const count = (verdict: CellVerdict): number => cells.filter((c) => c.verdict === verdict).length;
  return { financialYear: year, matched: count("matched"), differs: count("differs"), missing: count("missing"), excepted: count("excepted"), cells };
}
