import { type CsvRecord, ImportError } from "@csc/council-kit";
import { findTerm } from "../vocabularies";
import type { ExportColumn } from "../export-format";

/**
 * Typed, validated access to one row of the export on top of the kit's CSV record; every failure is an
 * ImportError naming the row (the header is row 1), the column and the rule, never the value's owner.
 */
export class RowReader {
  readonly row: number;
  constructor(private readonly record: CsvRecord) {
    this.row = record.row;
  }

  fail(column: ExportColumn | null, rule: string): never {
    throw new ImportError(rule, this.row, column);
  }

  text(column: ExportColumn): string | null {
    return this.record.optional(column);
  }

  required(column: ExportColumn): string {
    return this.record.required(column);
  }

  /** A date written DD/MM/YYYY (or YYYY-MM-DD), as an ISO date. */
  date(column: ExportColumn): string | null {
    return this.record.date(column);
  }

  requiredDate(column: ExportColumn): string {
    return this.date(column) ?? this.fail(column, "is empty; a date is required");
  }

  yesNo(column: ExportColumn): boolean | null {
    return this.record.boolean(column);
  }

  workingDays(column: ExportColumn): number | null {
    const value = this.record.integer(column);
    if (value !== null && (value < 1 || value > 400)) this.fail(column, "must be a whole number of working days from 1 to 400");
    return value;
  }

  /** A code that must be in the vocabulary; the error lists the codes allowed. */
  term<T extends { readonly code: string }>(column: ExportColumn, vocabulary: readonly T[], code: string): T {
    return (
      findTerm(vocabulary, code) ??
      this.fail(column, `"${code}" is not a code of this vocabulary (expected one of ${vocabulary.map((t) => t.code).join(", ")})`)
    );
  }

  optionalTerm<T extends { readonly code: string }>(column: ExportColumn, vocabulary: readonly T[]): T | null {
    const code = this.text(column);
    return code === null ? null : this.term(column, vocabulary, code);
  }

  /** `later` must not be before `earlier` (both present). */
  notBefore(later: ExportColumn, laterDate: string | null, earlier: ExportColumn, earlierDate: string | null): void {
    if (laterDate !== null && earlierDate !== null && laterDate < earlierDate) {
      this.fail(later, `${laterDate} is before "${earlier}" (${earlierDate})`);
    }
  }

  /** `column` must be blank (the rule says why). */
  blank(column: ExportColumn, rule: string): void {
    if (this.text(column) !== null) this.fail(column, rule);
  }

  /** `column` needs `other` to be filled in too. */
  needs(column: ExportColumn, present: boolean, other: ExportColumn, otherPresent: boolean): void {
    if (present && !otherPresent) this.fail(other, `is required when "${column}" is filled in`);
  }
}
