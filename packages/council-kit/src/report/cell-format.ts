import { resolveFormat } from "../format/format-value";
import { isChildEntriesCell, isTextCell, type CellSpec, type FormatType } from "../layout/cell-spec";
import type { ReportLayout } from "../layout/report-layout";

/**
 * How a cell's figure is formatted (the layout's format with the council's rounding defaults filled in), carried
 * beside the report's cells so a spreadsheet can store the figure as a number with the matching number format
 * (a count as `0`, a percentage as `0%` or `0.0%`, an average with its decimals). Text cells have none.
 */
export interface CellFormat {
  readonly type: FormatType;
  readonly decimals: number;
  /** Set when the figure is printed as text with this suffix ("85%"). */
  readonly suffix?: string;
}

export function cellFormat(cell: CellSpec | undefined, rounding: ReportLayout["rounding"]): CellFormat | null {
  if (!cell || isTextCell(cell) || isChildEntriesCell(cell)) return null;
  const format = resolveFormat(cell.format, rounding);
  return { type: format.type, decimals: format.decimals, ...(format.suffix !== undefined ? { suffix: format.suffix } : {}) };
}
