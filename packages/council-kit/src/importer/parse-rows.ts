import { type CsvRecord, readCsv } from "./csv";
import type { CsvRowReader } from "./row-reader";

export interface ParseRowsSpec<Column extends string, Row extends CsvRowReader<Column>, Case extends { readonly externalId: string }> {
  /** The export's columns; the header must name every one. */
  readonly columns: readonly Column[];
  /** The column holding the case reference, named when a reference repeats. */
  readonly referenceColumn: Column;
  /** The plugin's row reader for one record. */
  readonly reader: (record: CsvRecord) => Row;
  /** One row to one imported case. */
  readonly parseRow: (row: Row) => Case;
}

/**
 * Reads a council's CSV export row by row into imported cases, refusing a reference that repeats (naming both
 * rows). Throws the first ImportError met, so nothing is half-imported.
 */
export function parseRows<Column extends string, Row extends CsvRowReader<Column>, Case extends { readonly externalId: string }>(
  text: string,
  spec: ParseRowsSpec<Column, Row, Case>,
): Case[] {
  const records = readCsv(text, spec.columns);
  const seen = new Map<string, number>();
  return records.map((record) => {
    const row = spec.reader(record);
    const parsed = spec.parseRow(row);
    const earlier = seen.get(parsed.externalId);
    if (earlier !== undefined) row.fail(spec.referenceColumn, `repeats the reference on row ${earlier}; references are unique`);
    seen.set(parsed.externalId, row.row);
    return parsed;
  });
}
