import { type CsvRecord, ImportError } from "./csv";

export interface CsvRowReaderOptions {
  /** What separates the items of a list cell; default ";". */
  readonly listSeparator?: string;
}

/**
 * Typed, validated access to one row of a council's export on top of a CSV record (see readCsv). Every failure is
 * an ImportError naming the row (the header is row 1), the column and the rule, never the value's owner.
 * `Column` is the union of the export's column names, so a misspelt column is a type error.
 */
export class CsvRowReader<Column extends string> {
  readonly row: number;
  private readonly listSeparator: string;

  constructor(
    private readonly record: CsvRecord,
    options: CsvRowReaderOptions = {},
  ) {
    this.row = record.row;
    this.listSeparator = options.listSeparator ?? ";";
  }

  fail(column: Column | null, rule: string): never {
    throw new ImportError(rule, this.row, column);
  }

  /** The trimmed text, or null when the cell is empty. */
  text(column: Column): string | null {
    return this.record.optional(column);
  }

  required(column: Column): string {
    return this.record.required(column);
  }

  /** A date written DD/MM/YYYY (or YYYY-MM-DD), as an ISO date. */
  date(column: Column): string | null {
    return this.record.date(column);
  }

  requiredDate(column: Column): string {
    return this.date(column) ?? this.fail(column, "is empty; a date is required");
  }

  yesNo(column: Column): boolean | null {
    return this.record.boolean(column);
  }

  /** A whole number; null when empty. */
  integer(column: Column): number | null {
    return this.record.integer(column);
  }

  /** A whole number of working days from 1 to 400; null when empty. */
  workingDays(column: Column): number | null {
    const value = this.integer(column);
    if (value !== null && (value < 1 || value > 400)) this.fail(column, "must be a whole number of working days from 1 to 400");
    return value;
  }

  /** The items of a list cell, trimmed, empties dropped. */
  list(column: Column): string[] {
    return this.record.list(column, this.listSeparator);
  }

  /** A code that must be in the vocabulary; the error lists the codes allowed. */
  term<T extends { readonly code: string }>(column: Column, vocabulary: readonly T[], code: string): T {
    return (
      vocabulary.find((term) => term.code === code) ??
      this.fail(column, `"${code}" is not a code of this vocabulary (expected one of ${vocabulary.map((t) => t.code).join(", ")})`)
    );
  }

  /** The cell's code as a term of the vocabulary, or null when the cell is empty. */
  optionalTerm<T extends { readonly code: string }>(column: Column, vocabulary: readonly T[]): T | null {
    const code = this.text(column);
    return code === null ? null : this.term(column, vocabulary, code);
  }

  /** `later` must not be before `earlier` (both present). */
  notBefore(later: Column, laterDate: string | null, earlier: Column, earlierDate: string | null): void {
    if (laterDate !== null && earlierDate !== null && laterDate < earlierDate) {
      this.fail(later, `${laterDate} is before "${earlier}" (${earlierDate})`);
    }
  }

  /** `column` must be blank (the rule says why). */
  blank(column: Column, rule: string): void {
    if (this.text(column) !== null) this.fail(column, rule);
  }

  /** `column` needs `other` to be filled in too. */
  needs(column: Column, present: boolean, other: Column, otherPresent: boolean): void {
    if (present && !otherPresent) this.fail(other, `is required when "${column}" is filled in`);
  }
}
