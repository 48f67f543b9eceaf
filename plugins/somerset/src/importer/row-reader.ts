import { CsvRowReader } from "@csc/council-kit";
import type { ExportColumn } from "./export-format";

/** One row of Somerset's export: the kit's CsvRowReader over the export's columns. */
export class RowReader extends CsvRowReader<ExportColumn> {}
