import {
  applyImportMapping,
  type ImportRefusal,
  type MappedCase,
  mappingCodeProblems,
  mappingColumns,
  readCsvRows,
  validateImportMapping,
} from "@csc/council-kit";
import type { GatewayContext } from "../context";
import { withCouncil, withPlatform } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { importCouncil, mappingInForce, mappingVocabularies, registeredAdapter, type StoredImportMapping } from "../import/import-source";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";

/** A problem with a mapping: its path in the mapping (`events[1].after`) and the rule. */
export interface MappingProblem {
  path: string;
  message: string;
}

export interface ImportMappingView {
  version: number;
  /** The mapping (every default filled in). */
  mapping: unknown;
  columns: string[];
  savedAt: Date;
  savedByName: string;
}

export interface SaveImportMappingResult {
  importMapping: ImportMappingView | null;
  problems: MappingProblem[];
}

/** The distinct values of one column of a sample, for mapping local values to vocabulary entries. */
export interface ColumnValues {
  column: string;
  values: string[];
}

export interface ImportMappingTrial {
  headers: string[];
  values: ColumnValues[];
  rows: number;
  cases: MappedCase[];
  refusals: ImportRefusal[];
  problems: MappingProblem[];
}

const view = (stored: StoredImportMapping): ImportMappingView => ({
  version: stored.version,
  mapping: stored.mapping,
  columns: mappingColumns(stored.mapping),
  savedAt: stored.savedAt,
  savedByName: stored.savedByName,
});

/** `events[1].after: must …` → its path and its message. */
function problemOf(line: string): MappingProblem {
  const at = line.indexOf(": ");
  return at < 0 ? { path: "mapping", message: line } : { path: line.slice(0, at), message: line.slice(at + 2) };
}

/** The JSON value as a mapping, or every problem by path. */
function parseMapping(input: unknown) {
  const { mapping, problems } = validateImportMapping(input);
  return { mapping, problems: problems.map(problemOf) };
}

/** The council's import mapping in force (council administrators); null when it has none. */
export async function readImportMapping(context: GatewayContext): Promise<ImportMappingView | null> {
  const { councilId } = councilScope(context);
  const stored = await withCouncil(context.root, councilId, (tx) => mappingInForce(tx, councilId));
  return stored ? view(stored) : null;
}

/**
 * Saves a new version of the council's import mapping (council administrators). An invalid mapping is not stored:
 * every problem comes back by path, those of its shape and those only the council's vocabularies show (a value
 * map's code that is not an entry of the council's list: @csc/council-kit mappingCodeProblems), so a mapping that
 * would refuse every row holding that value is refused here instead. Audited with the version, never the
 * mapping's contents.
 */
export async function saveImportMapping(context: GatewayContext, input: unknown): Promise<SaveImportMappingResult> {
  const { councilId, viewer } = councilScope(context);
  const { mapping, problems } = parseMapping(input);
  if (!mapping) return { importMapping: null, problems };
  const adapter = await registeredAdapter(councilId);
  const user = await withPlatform(context.root, (tx) => tx.user.findUnique({ where: { id: viewer.userId }, select: { displayName: true } }));
  type Saved = { saved: StoredImportMapping } | { problems: MappingProblem[] };
  const stored = await withCouncil(context.root, councilId, async (tx): Promise<Saved> => {
    const codeProblems = mappingCodeProblems(mapping, mappingVocabularies(await importCouncil(tx, councilId, adapter))).map(problemOf);
    if (codeProblems.length > 0) return { problems: codeProblems };
    const latest = await tx.importMapping.findFirst({ where: { councilId }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (latest?.version ?? 0) + 1;
    const row = await tx.importMapping.create({
      data: { councilId, version, mapping: mapping as object, savedBy: viewer.userId, savedByName: user?.displayName ?? "Unknown" },
    });
    await writeAudit(tx, context, {
      action: "saveImportMapping",
      detail: { version, columns: mappingColumns(mapping).length, events: mapping.events.length },
    });
    return { saved: { version, mapping, savedAt: row.savedAt, savedByName: row.savedByName } };
  });
  return "problems" in stored ? { importMapping: null, problems: stored.problems } : { importMapping: view(stored.saved), problems: [] };
}

/** A column with more distinct values than this is not a coded column (references, dates, free text): none are listed. */
const MAX_DISTINCT_VALUES = 30;

/**
 * The header row's names (empty for an empty file) and, per column, its distinct values split on `separator` when
 * there are few enough to be codes; a file that is not CSV is bad input naming its row.
 */
function sampleOf(csv: string, separator: string): { headers: string[]; values: ColumnValues[] } {
  let rows;
  try {
    rows = readCsvRows(csv);
  } catch (error) {
    throw badInput(["csv"], error instanceof Error ? error.message : "is not valid CSV");
  }
  const headers = (rows[0]?.fields ?? []).map((h) => h.trim());
  const values = headers.flatMap((column, i) => {
    const seen = new Set<string>();
    for (const row of rows.slice(1)) {
      for (const part of (row.fields[i] ?? "").split(separator)) if (part.trim() !== "") seen.add(part.trim());
      if (seen.size > MAX_DISTINCT_VALUES) return [];
    }
    return seen.size === 0 ? [] : [{ column, values: [...seen].sort() }];
  });
  return { headers, values };
}

/**
 * Tries a mapping (the one given, or the one in force) on a sample export without storing anything: the file's
 * headers, the first `limit` mapped cases and every refusal by row and column, or the mapping's problems by path.
 */
export async function tryImportMapping(context: GatewayContext, csv: string, given: unknown, limit: number): Promise<ImportMappingTrial> {
  const { councilId } = councilScope(context);
  const adapter = await registeredAdapter(councilId);
  return withCouncil(context.root, councilId, async (tx) => {
    const parsed = given === null || given === undefined ? null : parseMapping(given);
    const stored = parsed ? null : await mappingInForce(tx, councilId);
    const mapping = parsed ? parsed.mapping : (stored?.mapping ?? null);
    const { headers, values } = sampleOf(csv, mapping?.listSeparator ?? ";");
    if (!mapping) {
      const problems = parsed?.problems ?? [{ path: "mapping", message: "your council has no import mapping yet: give one to try" }];
      return { headers, values, rows: 0, cases: [], refusals: [], problems };
    }
    const council = await importCouncil(tx, councilId, adapter);
    const result = applyImportMapping(mapping, csv, { vocabularies: mappingVocabularies(council), limit });
    await writeAudit(tx, context, { action: "tryImportMapping", detail: { rows: result.rows, refusals: result.refusals.length } });
    return { headers, values, rows: result.rows, cases: result.cases, refusals: result.refusals, problems: [] };
  });
}
