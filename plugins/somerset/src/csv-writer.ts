/** Writes records as RFC 4180 CSV (quotes only where needed), LF line ends, a final newline. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return records.map((record) => record.map(quote).join(",")).join("\n") + "\n";
}
