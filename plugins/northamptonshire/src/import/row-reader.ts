import { type CsvRecord, ImportError } from "@csc/council-kit";
import { type ExportColumn, LIST_SEPARATOR } from "../export-format";
import { findTerm, type LocalTerm } from "../vocabularies";

/**
 * Typed, validated access to one row of the export on top of the kit's CSV record. Every failure is an
 * ImportError naming the row (the header is row 1), the column and the rule; never a value's owner.
 */
export class RowReader {
  readonly row: number;
  constructor(private readonly record: CsvRecord) {
    this.row = record.row;
  }

  fail(column: ExportColumn, rule: string): never {
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

  list(column: ExportColumn): string[] {
    return this.record.list(column, LIST_SEPARATOR);
  }

  /** Stage 1 extended to this many working days in all: SI 2006/1738 reg 14 allows 11 to 20. */
  stage1Extension(column: ExportColumn): number | null {
    const value = this.record.integer(column);
    if (value !== null && (value <= 10 || value > 20)) {
      this.fail(column, "must be a whole number of working days from 11 to 20 (SI 2006/1738 reg 14: Stage 1 may be extended to 20 working days in all)");
    }
    return value;
  }

  /** A code that must be in the vocabulary; the error lists the codes allowed. */
  term<C extends string>(column: ExportColumn, vocabulary: readonly LocalTerm<C>[], code: string): LocalTerm<C> {
    return (
      findTerm(vocabulary, code) ??
      this.fail(column, `"${code}" is not a code of this vocabulary (expected one of ${vocabulary.map((t) => t.code).join(", ")})`)
    );
  }

  optionalTerm<C extends string>(column: ExportColumn, vocabulary: readonly LocalTerm<C>[]): LocalTerm<C> | null {
    const code = this.text(column);
    return code === null ? null : this.term(column, vocabulary, code);
  }

  /** `later` must not be before `earlier` (when both are filled in). */
  notBefore(later: ExportColumn, laterDate: string | null, earlier: ExportColumn, earlierDate: string | null): void {
    if (laterDate !== null && earlierDate !== null && laterDate < earlierDate) {
      this.fail(later, `is before "${earlier}"; the dates must follow the procedure's order`);
    }
  }

  /** When `column` is filled in, `other` must be too. */
  needs(column: ExportColumn, present: boolean, other: ExportColumn, otherPresent: boolean): void {
    if (present && !otherPresent) this.fail(other, `is required when "${column}" is filled in`);
  }
}
