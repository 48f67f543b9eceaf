import type { ImportedCaseInput } from "../imported-case";
import { ImportError, readCsv } from "../importer/csv";
import type { ImportMapping } from "./mapping-schema";
import { MappingRow, type MappingVocabularies } from "./mapping-row";
import { mappedEvents } from "./mapping-events";

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
    ...[mapping.madeByChild, mapping.advocacyOffered, mapping.advocacyTaken, mapping.advocacyProvider].map((f) => f?.column),
    mapping.teams?.column,
    mapping.points?.column,
    ...Object.values(mapping.outcomes).map((f) => f.column),
    mapping.notConsideredReason?.column,
    mapping.lgscoDecision?.column,
    ...Object.values(mapping.equalities).map((f) => f.column),
    ...Object.values(mapping.localDimensions).map((f) => f.column),
    ...mapping.events.flatMap((e) => [e.date, e.after, e.type === "suspended" ? e.reasonColumn : undefined]),
  ];
  return [...new Set(columns.filter((c): c is string => c !== undefined))];
}

type Attempt = <T>(read: () => T) => T | null;

function toImportedCase(row: MappingRow, mapping: ImportMapping, attempt: Attempt): ImportedCaseInput | null {
  const externalId = attempt(() => row.required(mapping.reference.column));
  const receivedOn = attempt(() => row.date(mapping.receivedOn.column) ?? row.fail(mapping.receivedOn.column, "is empty; a value is required"));
  if (receivedOn !== null) row.receivedOn = receivedOn;
  const kind = attempt(() => row.code(mapping.kind, "kinds", row.required(mapping.kind.column)));
  const procedure = attempt(() => row.optionalCode(mapping.procedure, "procedures"));
  const channel = attempt(() => row.optionalCode(mapping.channel, "channels"));
  const complainantType = attempt(() => row.optionalCode(mapping.complainantType, "complainantTypes"));
  const flag = (field: { column: string } | undefined) => (field === undefined ? null : attempt(() => row.yesNo(field.column)));
  const teams = mapping.teams;
  const teamCodes = teams ? attempt(() => row.list(teams.column).map((v) => row.code(teams, "teams", v).code)) : [];
  const points = mapping.points;
  const pointCodes = points
    ? attempt(() => row.list(points.column).map((v) => row.code(points, points.as === "category" ? "reasonCategories" : "reasons", v).code))
    : [];
  const localOutcomes: Record<string, string> = {};
  for (const [stage, field] of Object.entries(mapping.outcomes)) {
    const read = attempt(() => row.optionalCode(field, "outcomes"));
    if (read) localOutcomes[stage] = read.code;
  }
  const notConsidered = attempt(() => row.optionalCode(mapping.notConsideredReason, "notConsideredReasons"));
  const lgsco = attempt(() => row.optionalCode(mapping.lgscoDecision, "lgscoDecisions"));
  if (externalId === null || receivedOn === null || kind === null || teamCodes === null || pointCodes === null) return null;
  const pointIds = pointCodes.map((_, i) => `${points?.idPrefix ?? ""}${i + 1}`);
  const events = attempt(() =>
    mappedEvents(row, mapping, { receivedOn, isComplaint: kind.canonical === "complaint", pointIds, pointsColumn: points?.column ?? null }),
  );
  if (events === null) return null;
  return {
    externalId,
    kind: kind.code,
    procedure: procedure?.code ?? null,
    receivedOn,
    channel: channel?.code ?? null,
    complainantType: complainantType?.code ?? null,
    madeByChild: flag(mapping.madeByChild) ?? false,
    advocacy: {
      offered: flag(mapping.advocacyOffered),
      taken: flag(mapping.advocacyTaken),
      provider: mapping.advocacyProvider ? row.text(mapping.advocacyProvider.column) : null,
    },
    teams: teamCodes,
    points: pointCodes.map((code, i) => ({
      id: pointIds[i] ?? String(i + 1),
      category: points?.as === "category" ? code : null,
      reason: points?.as === "reason" ? code : null,
    })),
    localOutcomes,
    notConsideredReason: notConsidered?.code ?? null,
    lgscoDecision: lgsco?.code ?? null,
    equalities: Object.fromEntries(Object.entries(mapping.equalities).map(([key, field]) => [key, row.text(field.column)])),
    localDimensions: Object.fromEntries(
      Object.entries(mapping.localDimensions).flatMap(([key, field]) => {
        const value = row.text(field.column);
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
