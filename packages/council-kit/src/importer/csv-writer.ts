/** A CSV line end: LF, or CRLF as many case systems write. */
export type CsvLineEnd = "\n" | "\r\n";

/** Quotes a field only when it holds a comma, a quote or a line break (RFC 4180), doubling its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes records (the header first, if any) as RFC 4180 CSV, each line ending in `lineEnd` (default LF). */
export function writeCsv(records: readonly (readonly string[])[], lineEnd: CsvLineEnd = "\n"): string {
  return records.map((record) => record.map(csvField).join(",")).join(lineEnd) + lineEnd;
}

/** A row with every column blank (""), for a fixture generator to fill in. */
export function blankCsvRow<Column extends string>(columns: readonly Column[]): Record<Column, string> {
  return Object.fromEntries(columns.map((c) => [c, ""])) as Record<Column, string>;
}

/** An ISO date YYYY-MM-DD written DD/MM/YYYY, as English case systems export dates. */
export function toUkDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
