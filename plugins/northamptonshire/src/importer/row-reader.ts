import { type CsvRecord, CsvRowReader } from "@csc/council-kit";
import { type ExportColumn, LIST_SEPARATOR } from "./export-format";

/**
 * One row of Northamptonshire's export: the kit's CsvRowReader over the export's columns and list separator, with
 * the Stage 1 extension check and this importer's wording for dates out of order (no dates in its messages).
 */
export class RowReader extends CsvRowReader<ExportColumn> {
  constructor(record: CsvRecord) {
    super(record, { listSeparator: LIST_SEPARATOR });
  }

  /** Stage 1 extended to this many working days in all: SI 2006/1738 reg 14 allows 11 to 20. */
  stage1Extension(column: ExportColumn): number | null {
    const value = this.integer(column);
    if (value !== null && (value <= 10 || value > 20)) {
      this.fail(
        column,
        "must be a whole number of working days from 11 to 20 (SI 2006/1738 reg 14: Stage 1 may be extended to 20 working days in all)",
      );
    }
    return value;
  }

  /** `later` must not be before `earlier` (when both are filled in). */
  override notBefore(later: ExportColumn, laterDate: string | null, earlier: ExportColumn, earlierDate: string | null): void {
    if (laterDate !== null && earlierDate !== null && laterDate < earlierDate) {
      this.fail(later, `is before "${earlier}"; the dates must follow the procedure's order`);
    }
  }
}
