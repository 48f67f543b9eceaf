import { isIsoDate, makeDate, type IsoDate } from "@csc/rules";
import { ImportError, readCsvRows } from "@csc/council-kit";
import { EXPORT_COLUMNS, type ExportColumn, type ExportRecord } from "./export-record";
import {
  ADVOCACY_PROVIDERS,
  CHANNELS,
  COMPLAINANT_TYPES,
  DISABILITIES,
  ETHNICITIES,
  GENDERS,
  KINDS,
  LGSCO_DECISIONS,
  NOT_CONSIDERED_REASONS,
  OUTCOMES,
  PROCEDURES,
  TEAMS,
} from "../vocabularies";
import { REASONS } from "../reasons";

/**
 * Every problem found in an export, each naming its row and column. An ImportError, so the gateway refuses the
 * file as bad input rather than failing.
 */
export class ExportError extends ImportError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : "";
    super(`Gloucestershire export: ${problems.length} problem(s)\n  ${shown.join("\n  ")}${more}`);
    this.name = "ExportError";
    this.problems = problems;
  }
}

const codes = (list: readonly { code: string }[]): ReadonlySet<string> => new Set(list.map((e) => e.code));
const VALID = {
  kind: codes(KINDS),
  procedure: codes(PROCEDURES),
  channel: codes(CHANNELS),
  complainant_type: codes(COMPLAINANT_TYPES),
  teams: codes(TEAMS),
  reasons: codes(REASONS),
  outcome: codes(OUTCOMES),
  not_considered_reason: codes(NOT_CONSIDERED_REASONS),
  lgsco_decision: codes(LGSCO_DECISIONS),
  gender: codes(GENDERS),
  ethnicity: codes(ETHNICITIES),
  disability: codes(DISABILITIES),
  advocacy_provider: new Set<string>(ADVOCACY_PROVIDERS),
} as const;

const UK_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** Reads one row's fields by column name, collecting a message for every bad value. */
class RowReader {
  constructor(
    private readonly line: number,
    private readonly values: ReadonlyMap<ExportColumn, string>,
    private readonly problems: string[],
  ) {}

  private fail(column: ExportColumn, rule: string): void {
    this.problems.push(`row ${this.line}, column "${column}": ${rule}`);
  }

  private raw(column: ExportColumn): string {
    return (this.values.get(column) ?? "").trim();
  }

  text(column: ExportColumn): string {
    const value = this.raw(column);
    if (value === "") this.fail(column, "is required");
    return value;
  }

  code(column: ExportColumn, valid: ReadonlySet<string>, required = false): string | null {
    const value = this.raw(column);
    if (value === "") {
      if (required) this.fail(column, "is required");
      return null;
    }
    if (!valid.has(value)) this.fail(column, `"${value}" is not one of the council's codes (${[...valid].join(", ")})`);
    return value;
  }

  codes(column: ExportColumn, valid: ReadonlySet<string>): string[] {
    const value = this.raw(column);
    if (value === "") return [];
    const list = value.split(";").map((v) => v.trim());
    for (const item of list) {
      if (!valid.has(item)) this.fail(column, `"${item}" is not one of the council's codes`);
    }
    if (new Set(list).size !== list.length) this.fail(column, `"${value}" lists a code twice`);
    return list;
  }

  date(column: ExportColumn, required = false): IsoDate | null {
    const value = this.raw(column);
    if (value === "") {
      if (required) this.fail(column, "is required (a date written dd/mm/yyyy)");
      return null;
    }
    const match = UK_DATE.exec(value);
    const iso = match ? makeDate(Number(match[3]), Number(match[2]), Number(match[1])) : null;
    if (iso === null || !isIsoDate(iso)) {
      this.fail(column, `"${value}" is not a real date written dd/mm/yyyy`);
      return null;
    }
    return iso;
  }

  yesNo(column: ExportColumn, required = false): boolean | null {
    const value = this.raw(column);
    if (value === "") {
      if (required) this.fail(column, 'is required ("Y" or "N")');
      return null;
    }
    if (value !== "Y" && value !== "N") {
      this.fail(column, `"${value}" must be "Y" or "N"`);
      return null;
    }
    return value === "Y";
  }

  workingDays(column: ExportColumn, min: number, max: number, source: string): number | null {
    const value = this.raw(column);
    if (value === "") return null;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.fail(column, `"${value}" must be a whole number of working days from ${min} to ${max} (${source})`);
      return null;
    }
    return n;
  }
}

function readRecord(reader: RowReader): ExportRecord {
  return {
    reference: reader.text("reference"),
    kind: reader.code("kind", VALID.kind, true) ?? "",
    procedure: reader.code("procedure", VALID.procedure),
    receivedOn: reader.date("received_date", true) ?? "",
    channel: reader.code("channel", VALID.channel),
    complainantType: reader.code("complainant_type", VALID.complainant_type),
    youngPerson: reader.yesNo("young_person", true) ?? false,
    advocacyOffered: reader.yesNo("advocacy_offered"),
    advocacyProvider: reader.code("advocacy_provider", VALID.advocacy_provider),
    teams: reader.codes("teams", VALID.teams),
    reasons: reader.codes("reasons", VALID.reasons),
    acknowledgedOn: reader.date("acknowledged_date"),
    stage1ExtendedTo: reader.workingDays("stage1_extended_to_wd", 11, 20, "SI 2006/1738 reg 14"),
    stage1RespondedOn: reader.date("stage1_response_date"),
    stage1Outcome: reader.code("stage1_outcome", VALID.outcome),
    stage2RequestedOn: reader.date("stage2_requested_date"),
    stage2StatementOn: reader.date("stage2_statement_agreed_date"),
    stage2ExtendedTo: reader.workingDays("stage2_extended_to_wd", 26, 65, "SI 2006/1738 reg 17"),
    stage2RespondedOn: reader.date("stage2_response_date"),
    stage2Outcome: reader.code("stage2_outcome", VALID.outcome),
    stage3RequestedOn: reader.date("stage3_requested_date"),
    panelOn: reader.date("panel_date"),
    panelReportOn: reader.date("panel_report_date"),
    councilResponseOn: reader.date("council_response_date"),
    stage3Outcome: reader.code("stage3_outcome", VALID.outcome),
    withdrawnOn: reader.date("withdrawn_date"),
    notConsideredReason: reader.code("not_considered_reason", VALID.not_considered_reason),
    notConsideredOn: reader.date("not_considered_date"),
    lgscoReferredOn: reader.date("lgsco_referred_date"),
    lgscoDecidedOn: reader.date("lgsco_decision_date"),
    lgscoDecision: reader.code("lgsco_decision", VALID.lgsco_decision),
    gender: reader.code("gender", VALID.gender),
    ethnicity: reader.code("ethnicity", VALID.ethnicity),
    disability: reader.code("disability", VALID.disability),
    closedOn: reader.date("closed_date"),
  };
}

/**
 * Reads the export into records, or throws an ExportError listing every problem with its row and column
 * (unknown or missing columns, bad codes, dates that are not dd/mm/yyyy, duplicate references).
 */
export function readExport(text: string): ExportRecord[] {
  const rows = readCsvRows(text);
  const header = rows[0];
  if (header === undefined) throw new ExportError(["row 1: the export is empty (expected a header row)"]);
  const names = header.fields.map((f) => f.trim());
  const expected = EXPORT_COLUMNS.map(([column]) => column);
  const missing = expected.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(expected as readonly string[]).includes(n));
  if (missing.length > 0 || unknown.length > 0) {
    throw new ExportError([
      ...missing.map((c) => `row 1, column "${c}": is missing from the header`),
      ...unknown.map((c) => `row 1, column "${c}": is not a column of the Gloucestershire export`),
    ]);
  }
  const problems: string[] = [];
  const records: ExportRecord[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.slice(1)) {
    if (row.fields.length !== names.length) {
      problems.push(`row ${row.row}: has ${row.fields.length} fields, the header has ${names.length}`);
      continue;
    }
    const values = new Map<ExportColumn, string>();
    names.forEach((name, i) => values.set(name as ExportColumn, row.fields[i] ?? ""));
    const record = readRecord(new RowReader(row.row, values, problems));
    const first = seen.get(record.reference);
    if (record.reference !== "" && first !== undefined) {
      problems.push(`row ${row.row}, column "reference": "${record.reference}" was already used on row ${first}`);
    }
    seen.set(record.reference, row.row);
    records.push(record);
  }
  if (problems.length > 0) throw new ExportError(problems);
  return records;
}
