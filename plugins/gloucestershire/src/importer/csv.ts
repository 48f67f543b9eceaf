/**
 * A small RFC 4180 CSV reader: comma-separated, fields may be quoted with double quotes (a doubled quote inside
 * a quoted field is a literal quote), CRLF or LF line ends, a trailing newline allowed. Returns the rows with
 * their 1-based line numbers so errors can name the row.
 */
export interface CsvRow {
  /** 1-based line number of the row's first line in the file (the header is line 1). */
  readonly line: number;
  readonly fields: readonly string[];
}

export class CsvSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

export function readCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let i = 0;
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const endRow = (): void => {
    fields.push(field);
    rows.push({ line: rowStart, fields });
    fields = [];
    field = "";
  };
  while (i < body.length) {
    const ch = body[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      if (ch === "\n") line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field.length > 0) throw new CsvSyntaxError(`line ${line}: a quote may only start a field`);
      inQuotes = true;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\r" && body[i + 1] === "\n") {
      // handled by the \n on the next step
    } else if (ch === "\n") {
      endRow();
      line += 1;
      rowStart = line;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (inQuotes) throw new CsvSyntaxError(`line ${rowStart}: a quoted field is not closed`);
  if (field.length > 0 || fields.length > 0) endRow();
  return rows;
}

