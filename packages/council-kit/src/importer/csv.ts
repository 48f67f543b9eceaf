import { parse } from "csv-parse/sync";

/**
 * The council importers' one CSV reader, on csv-parse: typed getters per row whose errors name the row (1-based,
 * the header is row 1) and the column, never a value that could be personal data.
 */
export class ImportError extends Error {
  readonly row: number | null;
  readonly column: string | null;
  /** The rule broken, without the row and column. */
  readonly rule: string;
  constructor(message: string, row: number | null = null, column: string | null = null) {
    const where = [row !== null ? `row ${row}` : null, column !== null ? `column "${column}"` : null].filter(Boolean).join(", ");
    super(where ? `${where}: ${message}` : message);
    this.name = "ImportError";
    this.row = row;
    this.column = column;
    this.rule = message;
  }
}

/** One row of a CSV file: its raw fields and its row number as a spreadsheet shows it. */
export interface CsvRow {
  /** 1-based row number (the header is row 1); a quoted line break does not start a new row, a blank line does. */
  readonly row: number;
  readonly fields: readonly string[];
}

/** What csv-parse reports about a refused file: its code and the line it stopped on. */
interface CsvParseFailure {
  readonly code?: string;
  readonly lines?: number;
}

const SYNTAX_RULES: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is not closed before the end of the file",
  INVALID_OPENING_QUOTE: "a quote may only start a field",
  CSV_INVALID_CLOSING_QUOTE: "a closing quote must end its field",
};

/**
 * Splits CSV text into rows of raw fields with csv-parse (RFC 4180: quoted fields, doubled quotes, commas and
 * line breaks inside quotes, CRLF, LF or CR, a leading BOM). Blank rows are dropped but keep their number.
 * A syntax error names its row and the rule, never the text (it could be personal data).
 */
export function readCsvRows(text: string): CsvRow[] {
  let records: string[][];
  try {
    // Blank lines are kept as records here, so a record's index is its row number less one.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: ["\r\n", "\n", "\r"] });
  } catch (error) {
    const failure = error as CsvParseFailure;
    const rule = SYNTAX_RULES[failure.code ?? ""] ?? "is not valid CSV (RFC 4180)";
    throw new ImportError(rule, typeof failure.lines === "number" ? failure.lines : null);
  }
  return records
    .map((fields, index) => ({ row: index + 1, fields }))
    .filter(({ fields }) => !(fields.length === 1 && (fields[0] ?? "").trim() === ""));
}

/** One data row with typed getters that throw ImportError naming the row and column. */
export interface CsvRecord {
  /** 1-based row number in the file (the header is row 1). */
  readonly row: number;
  /** The trimmed text, or null when empty. */
  optional(column: string): string | null;
  /** The trimmed text; throws when empty. */
  required(column: string): string;
  /** An ISO date YYYY-MM-DD or DD/MM/YYYY, returned as YYYY-MM-DD; null when empty. */
  date(column: string): string | null;
  /** A whole number; null when empty. */
  integer(column: string): number | null;
  /** Yes/No, Y/N, true/false, 1/0; null when empty. */
  boolean(column: string): boolean | null;
  /** A list split on `separator` (default ";"), trimmed, empties dropped. */
  list(column: string, separator?: string): string[];
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Reads CSV text with a header row; `columns` lists the headers that must be present. */
export function readCsv(text: string, columns: readonly string[] = []): CsvRecord[] {
  const rows = readCsvRows(text);
  const header = rows[0];
  if (!header) throw new ImportError("the file is empty; expected a header row");
  const names = header.fields.map((h) => h.trim());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (index.has(name)) throw new ImportError(`the header names column "${name}" twice`, 1);
    index.set(name, i);
  });
  const missing = columns.filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new ImportError(`the header lacks column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}`, 1);
  }
  return rows.slice(1).map(({ row: rowNumber, fields }) => {
    if (fields.length !== names.length) {
      throw new ImportError(`has ${fields.length} fields; the header has ${names.length}`, rowNumber);
    }
    const optional = (column: string): string | null => {
      const i = index.get(column);
      if (i === undefined) throw new ImportError("is not a column of this file", rowNumber, column);
      const value = (fields[i] ?? "").trim();
      return value === "" ? null : value;
    };
    const record: CsvRecord = {
      row: rowNumber,
      optional,
      required(column) {
        const value = optional(column);
        if (value === null) throw new ImportError("is empty; a value is required", rowNumber, column);
        return value;
      },
      date(column) {
        const value = optional(column);
        if (value === null) return null;
        const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
        const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
        if (y === undefined || m === undefined || d === undefined || !isRealDate(Number(y), Number(m), Number(d))) {
          throw new ImportError("is not a real date written YYYY-MM-DD or DD/MM/YYYY", rowNumber, column);
        }
        return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
      },
      integer(column) {
        const value = optional(column);
        if (value === null) return null;
        if (!/^-?\d+$/.test(value)) throw new ImportError("is not a whole number", rowNumber, column);
        return Number(value);
      },
      boolean(column) {
        const value = optional(column);
        if (value === null) return null;
        const v = value.toLowerCase();
        if (["yes", "y", "true", "1"].includes(v)) return true;
        if (["no", "n", "false", "0"].includes(v)) return false;
        throw new ImportError("is not yes or no (Yes/No, Y/N, true/false, 1/0)", rowNumber, column);
      },
      list(column, separator = ";") {
        const value = optional(column);
        if (value === null) return [];
        return value
          .split(separator)
          .map((part) => part.trim())
          .filter((part) => part !== "");
      },
    };
    return record;
  });
}
