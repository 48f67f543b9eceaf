import { type CsvRecord, CsvRowReader } from "@csc/council-kit";
import { type ExportColumn, LIST_SEPARATOR } from "./export-format";

/** One row of Hartlepool's export: the kit's CsvRowReader over the export's columns and list separator. */
export class RowReader extends CsvRowReader<ExportColumn> {
  constructor(record: CsvRecord) {
    super(record, { listSeparator: LIST_SEPARATOR });
  }
}
