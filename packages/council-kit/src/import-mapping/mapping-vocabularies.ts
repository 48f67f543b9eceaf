import { formatPath } from "../adapter/format-issues";
import type { MappedVocabulary } from "../vocabulary/local-vocabulary";
import type { MappingVocabularies } from "./mapping-row";
import type { CodedField, ImportMapping } from "./mapping-schema";

/**
 * Which of the council's vocabularies each coded field of an import mapping reads its codes from: the one list the
 * interpreter (apply-import-mapping.ts, mapping-events.ts) and the check before a mapping is saved
 * (mappingCodeProblems) both read.
 */
export const FIELD_VOCABULARY = {
  kind: "kinds",
  procedure: "procedures",
  channel: "channels",
  complainantType: "complainantTypes",
  teams: "teams",
  outcomes: "outcomes",
  notConsideredReason: "notConsideredReasons",
  lgscoDecision: "lgscoDecisions",
} as const satisfies Record<string, MappedVocabulary>;

/** The vocabulary a mapping's points of complaint are codes of: reason categories, or reasons (the default). */
export const pointsVocabulary = (points: NonNullable<ImportMapping["points"]>): MappedVocabulary =>
  points.as === "category" ? "reasonCategories" : "reasons";

/** A coded field of a mapping: where it is in the mapping, and the vocabulary its codes belong to. */
interface CodedFieldAt {
  path: ReadonlyArray<string | number>;
  field: CodedField;
  vocabulary: MappedVocabulary;
}

/** Every coded field the mapping fills in, with its vocabulary. */
function codedFields(mapping: ImportMapping): CodedFieldAt[] {
  const fields: CodedFieldAt[] = [];
  const add = (path: ReadonlyArray<string | number>, field: CodedField | undefined, vocabulary: MappedVocabulary) => {
    if (field !== undefined) fields.push({ path, field, vocabulary });
  };
  add(["kind"], mapping.kind, FIELD_VOCABULARY.kind);
  add(["procedure"], mapping.procedure, FIELD_VOCABULARY.procedure);
  add(["channel"], mapping.channel, FIELD_VOCABULARY.channel);
  add(["complainantType"], mapping.complainantType, FIELD_VOCABULARY.complainantType);
  add(["teams"], mapping.teams, FIELD_VOCABULARY.teams);
  if (mapping.points) add(["points"], mapping.points, pointsVocabulary(mapping.points));
  for (const [stage, field] of Object.entries(mapping.outcomes)) add(["outcomes", stage], field, FIELD_VOCABULARY.outcomes);
  add(["notConsideredReason"], mapping.notConsideredReason, FIELD_VOCABULARY.notConsideredReason);
  add(["lgscoDecision"], mapping.lgscoDecision, FIELD_VOCABULARY.lgscoDecision);
  return fields;
}

/** The rule a code breaks when the council's list lacks it, naming the list and what it holds. */
function unknownCode(code: string, vocabulary: MappedVocabulary, codes: readonly string[]): string {
  const expected = codes.length === 0 ? `your council's ${vocabulary} list is empty` : `expected one of ${codes.join(", ")}`;
  return `${JSON.stringify(code)} is not an entry of ${vocabulary}; ${expected}`;
}

/**
 * What only the council's vocabularies can tell about a mapping, so it is refused when saved rather than on every
 * row of an import: each value map's codes (`channel.values.TEL` → a code of channels) and the fixed complaint
 * procedure must be entries of the council's lists (of any date: an entry's effective dates are checked on each
 * row). A list the council does not keep is not checked, as the interpreter does not check it. One line per
 * problem, naming its path in the mapping.
 */
export function mappingCodeProblems(mapping: ImportMapping, vocabularies: MappingVocabularies): string[] {
  const problems: string[] = [];
  for (const { path, field, vocabulary } of codedFields(mapping)) {
    const entries = vocabularies[vocabulary];
    if (entries === undefined) continue;
    const codes = [...new Set(entries.map((e) => e.code))];
    for (const [local, code] of Object.entries(field.values ?? {})) {
      if (!codes.includes(code)) problems.push(`${formatPath([...path, "values", local])}: ${unknownCode(code, vocabulary, codes)}`);
    }
  }
  const procedures = vocabularies[FIELD_VOCABULARY.procedure];
  const fixed = mapping.complaintProcedure;
  if (fixed !== undefined && procedures !== undefined) {
    const codes = [...new Set(procedures.map((e) => e.code))];
    if (!codes.includes(fixed)) problems.push(`complaintProcedure: ${unknownCode(fixed, FIELD_VOCABULARY.procedure, codes)}`);
  }
  return problems;
}
