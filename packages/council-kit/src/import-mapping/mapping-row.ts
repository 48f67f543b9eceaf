import type { IsoDate } from "@csc/rules";
import { compareDates } from "@csc/rules";
import { type CsvRecord, ImportError } from "../importer/csv";
import type { MappedVocabulary } from "../vocabulary/local-vocabulary";
import { isEffectiveOn } from "../vocabulary/lookup";
import type { CodedField, ImportMapping } from "./mapping-schema";
import { describeFormats, readDate } from "./read-date";

/** A vocabulary entry as the interpreter needs it: the code and its canonical value, effective-dated. */
export interface MappingVocabularyEntry {
  readonly code: string;
  readonly canonical: string;
  /** A reason's category (`reasons[].parent`), read by `points.categoryFromParent`. */
  readonly parent?: string | null;
  readonly validFrom?: IsoDate;
  readonly validTo?: IsoDate;
}

/** The council's mapped vocabularies (an adapter's `vocabularies`, or the council's stored ones). */
export type MappingVocabularies = Partial<Record<MappedVocabulary, readonly MappingVocabularyEntry[]>> & {
  /** The council's local dimensions' codes, read by `localDimensions.<name>.coded`. */
  readonly localDimensions?: Readonly<Partial<Record<string, readonly { readonly code: string }[]>>>;
};

/** A vocabulary code read from a cell, with its canonical value. */
export interface ReadCode {
  readonly code: string;
  readonly canonical: string | null;
  readonly parent: string | null;
}

/**
 * One CSV row read through a mapping: dates in the mapping's formats, local values through its value maps to
 * vocabulary codes (checked against the council's vocabularies on the date received). Every failure is an
 * ImportError naming the row and the column, never a value other than a code.
 */
export class MappingRow {
  readonly row: number;
  receivedOn: IsoDate = "1900-01-01";

  constructor(
    private readonly record: CsvRecord,
    private readonly mapping: ImportMapping,
    private readonly vocabularies: MappingVocabularies,
  ) {
    this.row = record.row;
  }

  fail(column: string, rule: string): never {
    throw new ImportError(rule, this.row, column);
  }

  text(column: string): string | null {
    return this.record.optional(column);
  }

  required(column: string): string {
    return this.record.required(column);
  }

  date(column: string): IsoDate | null {
    const value = this.text(column);
    if (value === null) return null;
    return readDate(value, this.mapping.dateFormats) ?? this.fail(column, `is not a real date written ${describeFormats(this.mapping.dateFormats)}`);
  }

  yesNo(column: string): boolean | null {
    return this.record.boolean(column);
  }

  /** A whole number (a timescale in working days), or null when empty. */
  integer(column: string): number | null {
    return this.record.integer(column);
  }

  list(column: string): string[] {
    return this.record.list(column, this.mapping.listSeparator);
  }

  /** The date in `column`, which may not precede `after`'s, and needs `after` filled in. */
  dateAfter(column: string, after: string | undefined): IsoDate | null {
    const on = this.date(column);
    if (on === null || after === undefined) return on;
    const earlier = this.date(after);
    if (earlier === null) this.fail(after, `is empty, but "${column}" is filled in; both are needed`);
    if (compareDates(on, earlier) < 0) this.fail(column, `is before "${after}"; a case's dates must follow its procedure`);
    return on;
  }

  /** A local value through the field's value map to a code of `vocabulary` (when the council's list is known). */
  code(field: CodedField, vocabulary: MappedVocabulary, value: string): ReadCode {
    const code = field.values?.[value] ?? value;
    const entries = this.vocabularies[vocabulary];
    if (entries === undefined) return { code, canonical: null, parent: null };
    const entry = entries.find((e) => e.code === code && isEffectiveOn(e, this.receivedOn)) ?? entries.find((e) => e.code === code);
    if (entry === undefined) {
      const codes = [...new Set(entries.map((e) => e.code))];
      this.fail(
        field.column,
        `is not a known code (${JSON.stringify(code)} is not an entry of ${vocabulary}, nor mapped to one); expected one of ${codes.join(", ")}`,
      );
    }
    return { code, canonical: entry.canonical, parent: entry.parent ?? null };
  }

  /** A local dimension's value, checked against the council's codes of that dimension when `coded` (and known). */
  localCode(name: string, column: string, coded: boolean): string | null {
    const value = this.text(column);
    const codes = coded ? this.vocabularies.localDimensions?.[name]?.map((e) => e.code) : undefined;
    if (value === null || codes === undefined || codes.includes(value)) return value;
    return this.fail(column, `is not a known code (${JSON.stringify(value)} is not an entry of ${name}); expected one of ${codes.join(", ")}`);
  }

  optionalCode(field: CodedField | undefined, vocabulary: MappedVocabulary): ReadCode | null {
    if (field === undefined) return null;
    const value = this.text(field.column);
    return value === null ? null : this.code(field, vocabulary, value);
  }

  /** The canonical value of a code, for an event (its vocabulary must be known). */
  canonical(field: CodedField, vocabulary: MappedVocabulary, read: ReadCode): string {
    return read.canonical ?? this.fail(field.column, `cannot be mapped: the council has no ${vocabulary} vocabulary`);
  }
}
