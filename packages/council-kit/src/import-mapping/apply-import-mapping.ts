import type { ImportedCaseInput } from "../imported-case";
import { ImportError, readCsv } from "../importer/csv";
import type { FlagDimension, ImportMapping } from "./mapping-schema";
import { MappingRow, type MappingVocabularies, type ReadCode } from "./mapping-row";
import { checkRow } from "./mapping-checks";
import { mappedEvents } from "./mapping-events";
import { FIELD_VOCABULARY, pointsVocabulary } from "./mapping-vocabularies";

/** A row (or the whole file, row 1 or none) the mapping could not read: where and why, never a personal value. */
export interface ImportRefusal {
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

/** One mapped row: the imported case and the row it came from (the header is row 1). */
export interface MappedCase {
  readonly row: number;
  readonly imported: ImportedCaseInput;
}

export interface MappingResult {
  /** Data rows in the file. */
  readonly rows: number;
  /** The rows read into imported cases (the first `limit`, when a limit is given). */
  readonly cases: MappedCase[];
  /** Every refusal, in row order; a row may have several (one per column). */
  readonly refusals: ImportRefusal[];
}

export interface ApplyMappingOptions {
  /** The council's vocabularies: codes are checked against them and events take their canonical values. */
  readonly vocabularies: MappingVocabularies;
  /** Keep only the first `limit` cases (every row is still read and every refusal listed). */
  readonly limit?: number;
}

/** Every column the mapping reads, each once, in the mapping's order. */
export function mappingColumns(mapping: ImportMapping): string[] {
  const columns = [
    mapping.reference.column,
    mapping.kind.column,
    mapping.receivedOn.column,
    ...[mapping.procedure, mapping.channel, mapping.complainantType].map((f) => f?.column),
    ...[mapping.madeByChild, mapping.advocacyTaken, mapping.advocacyProvider].map((f) => f?.column),
    mapping.teams?.column,
    mapping.points?.column,
    ...Object.values(mapping.outcomes).map((f) => f.column),
    mapping.notConsideredReason?.column,
    mapping.lgscoDecision?.column,
    ...Object.values(mapping.equalities).map((f) => f.column),
    ...Object.values(mapping.localDimensions).flatMap((f) =>
      "column" in f ? [f.column] : [...(f.flag.allFilled ?? []), ...(f.flag.allEmpty ?? []), ...(f.onlyWhenAnyFilled ?? [])],
    ),
    mapping.advocacyOffered?.column,
    ...mapping.onlyFor.flatMap((rule) => rule.columns),
    ...mapping.needs.flatMap((rule) => [rule.column, rule.needs]),
    ...mapping.events.flatMap((e) => [
      e.date,
      e.after,
      ...(e.whenFilled ?? []),
      ...(e.unlessFilled ?? []),
      ...(e.excludes ?? []),
      e.type === "suspended" ? e.reasonColumn : undefined,
      e.type === "extension_agreed" ? e.totalWorkingDaysColumn : undefined,
      e.type === "lgsco_decided" ? e.remediesColumn : undefined,
    ]),
  ];
  return [...new Set(columns.filter((c): c is string => c !== undefined))];
}

type Attempt = <T>(read: () => T) => T | null;

/** The row's points of complaint: one per listed value, or one blank point for a complaint with `whenEmpty: "blankPoint"`. */
function listedPoints(mapping: ImportMapping, codes: readonly ReadCode[], isComplaint: boolean) {
  const points = mapping.points;
  if (points === undefined) return [];
  const id = (i: number) => `${points.idPrefix}${i + 1}`;
  if (codes.length === 0) return points.whenEmpty === "blankPoint" && isComplaint ? [{ id: id(0), category: null, reason: null }] : [];
  return codes.map((read, i) => ({
    id: id(i),
    category: points.as === "category" ? read.code : points.categoryFromParent ? read.parent : null,
    reason: points.as === "reason" ? read.code : null,
  }));
}

/** A flag dimension's value for the row (null when none of `onlyWhenAnyFilled` is filled in). */
function flagValue(row: MappingRow, field: FlagDimension): string | null {
  const filled = (column: string) => row.text(column) !== null;
  if (field.onlyWhenAnyFilled !== undefined && !field.onlyWhenAnyFilled.some(filled)) return null;
  const yes = (field.flag.allFilled ?? []).every(filled) && !(field.flag.allEmpty ?? []).some(filled);
  return yes ? field.yes : field.no;
}

/** Made by a child: the yes/no column, or with `yesValues` whether the column holds one of them (null when empty). */
function childFlag(row: MappingRow, mapping: ImportMapping, flag: (field: { column: string } | undefined) => boolean | null) {
  const field = mapping.madeByChild;
  if (field?.yesValues === undefined) return flag(field);
  const value = row.text(field.column);
  return value === null ? null : field.yesValues.includes(value);
}

/** Advocacy offered: the column's yes/no, yes whenever a flag in `impliedBy` is yes; null when nothing says. */
function advocacyOffered(mapping: ImportMapping, column: boolean | null, flags: Record<"advocacyTaken" | "madeByChild", boolean | null>) {
  const implied = (mapping.advocacyOffered?.impliedBy ?? []).some((key) => flags[key] === true);
  return implied ? true : column;
}

function toImportedCase(row: MappingRow, mapping: ImportMapping, attempt: Attempt): ImportedCaseInput | null {
  const externalId = attempt(() => row.required(mapping.reference.column));
  const receivedOn = attempt(() => row.date(mapping.receivedOn.column) ?? row.fail(mapping.receivedOn.column, "is empty; a value is required"));
  if (receivedOn !== null) row.receivedOn = receivedOn;
  const kind = attempt(() => row.code(mapping.kind, FIELD_VOCABULARY.kind, row.required(mapping.kind.column)));
  const procedureRead = attempt(() => row.optionalCode(mapping.procedure, FIELD_VOCABULARY.procedure));
  const channel = attempt(() => row.optionalCode(mapping.channel, FIELD_VOCABULARY.channel));
  const complainantType = attempt(() => row.optionalCode(mapping.complainantType, FIELD_VOCABULARY.complainantType));
  const flag = (field: { column?: string } | undefined) => {
    const column = field?.column;
    return column === undefined ? null : attempt(() => row.yesNo(column));
  };
  const teams = mapping.teams;
  const teamCodes = teams ? attempt(() => row.list(teams.column).map((v) => row.code(teams, FIELD_VOCABULARY.teams, v).code)) : [];
  const points = mapping.points;
  const pointCodes = points ? attempt(() => row.list(points.column).map((v) => row.code(points, pointsVocabulary(points), v))) : [];
  const localOutcomes: Record<string, string> = {};
  for (const [stage, field] of Object.entries(mapping.outcomes)) {
    const read = attempt(() => row.optionalCode(field, FIELD_VOCABULARY.outcomes));
    if (read) localOutcomes[stage] = read.code;
  }
  const notConsidered = attempt(() => row.optionalCode(mapping.notConsideredReason, FIELD_VOCABULARY.notConsideredReason));
  const lgsco = attempt(() => row.optionalCode(mapping.lgscoDecision, FIELD_VOCABULARY.lgscoDecision));
  if (externalId === null || receivedOn === null || kind === null || teamCodes === null || pointCodes === null) return null;
  const isComplaint = kind.canonical === "complaint";
  attempt(() => checkRow(row, mapping, kind.canonical));
  const fixed = mapping.complaintProcedure;
  const procedure =
    fixed !== undefined && isComplaint ? attempt(() => row.code({ column: "complaintProcedure" }, FIELD_VOCABULARY.procedure, fixed)) : procedureRead;
  if (isComplaint && mapping.procedure?.complaintsNeedIt === true && procedure === null) {
    attempt(() => row.fail(mapping.procedure?.column ?? "", "is empty; a complaint needs its procedure"));
    return null;
  }
  const listed = listedPoints(mapping, pointCodes, isComplaint);
  const firstId = `${points?.idPrefix ?? ""}1`;
  const pointIds = listed.length === 0 && points?.whenEmpty === "outcomeOnly" ? [firstId] : listed.map((p) => p.id);
  const events = attempt(() =>
    mappedEvents(row, mapping, { receivedOn, kind: kind.canonical, procedure, pointIds, pointsColumn: points?.column ?? null }),
  );
  if (events === null) return null;
  const madeByChild = childFlag(row, mapping, flag);
  const advocacyTaken = flag(mapping.advocacyTaken);
  return {
    externalId,
    kind: kind.code,
    procedure: procedure?.code ?? null,
    receivedOn,
    channel: channel?.code ?? null,
    complainantType: complainantType?.code ?? null,
    madeByChild: madeByChild ?? false,
    advocacy: {
      offered: advocacyOffered(mapping, flag(mapping.advocacyOffered), { advocacyTaken, madeByChild }),
      taken: advocacyTaken,
      provider: mapping.advocacyProvider ? row.text(mapping.advocacyProvider.column) : null,
    },
    teams: teamCodes,
    points: listed,
    localOutcomes,
    notConsideredReason: notConsidered?.code ?? null,
    lgscoDecision: lgsco?.code ?? null,
    equalities: Object.fromEntries(Object.entries(mapping.equalities).map(([key, field]) => [key, row.text(field.column)])),
    localDimensions: Object.fromEntries(
      Object.entries(mapping.localDimensions).flatMap(([key, field]) => {
        const value = "column" in field ? attempt(() => row.localCode(key, field.column, field.coded === true)) : flagValue(row, field);
        return value === null ? [] : [[key, value]];
      }),
    ),
    events,
  };
}

/**
 * Reads a CSV export through an import mapping into imported cases (the same shape a plugin's code importer
 * produces, at the "rows → imported cases" step), listing every refusal by row and column instead of stopping
 * at the first. A header that lacks a mapped column, or a file that is not CSV, is one refusal for the file.
 */
export function applyImportMapping(mapping: ImportMapping, text: string, options: ApplyMappingOptions): MappingResult {
  let records;
  try {
    records = readCsv(text, mappingColumns(mapping));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { rows: 0, cases: [], refusals: [{ row: error.row, column: error.column, message: error.rule }] };
  }
  const cases: MappedCase[] = [];
  const refusals: ImportRefusal[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const row = new MappingRow(record, mapping, options.vocabularies);
    const before = refusals.length;
    const attempt: Attempt = (read) => {
      try {
        return read();
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        refusals.push({ row: error.row, column: error.column, message: error.rule });
        return null;
      }
    };
    const imported = toImportedCase(row, mapping, attempt);
    if (imported === null || refusals.length > before) continue;
    const first = seen.get(imported.externalId);
    if (first !== undefined) {
      attempt(() => row.fail(mapping.reference.column, `repeats the reference of row ${first}`));
      continue;
    }
    seen.set(imported.externalId, row.row);
    if (options.limit === undefined || cases.length < options.limit) cases.push({ row: row.row, imported });
  }
  return { rows: records.length, cases, refusals };
}

/**
 * A plugin's importer as a mapping: the whole export, or an ImportError naming the row and column of the first
 * refusal (what `importer.parse` promises), so nothing is half-imported.
 */
export function parseWithMapping(mapping: ImportMapping, text: string, vocabularies: MappingVocabularies): ImportedCaseInput[] {
  const { cases, refusals } = applyImportMapping(mapping, text, { vocabularies });
  const [first] = refusals;
  if (first) {
    throw new ImportError(first.message, first.row, first.column);
  }
  return cases.map((c) => c.imported);
}
