import { councilRegistry } from "@csc/registry";
import { NOT_GIVEN, type CaseFacts } from "@csc/rules";

/**
 * No free text ever becomes a group key (disclosure.ts): an equalities answer (gender, ethnicity, disability,
 * age band) is a group key only when it is on the council's own list for that question (its registered
 * adapter's vocabularies, any version) or "not_given"; any other answer, such as free text accepted where a
 * council publishes no list, counts as OTHER_ANSWER. Unrecorded answers stay null ("not_recorded").
 */
export const EQUALITIES_DIMENSIONS = ["gender", "ethnicity", "disability", "ageBand"] as const;
export type EqualitiesDimension = (typeof EQUALITIES_DIMENSIONS)[number];
export const OTHER_ANSWER = "other";

/** The codes each equalities question may show, by the council's list (empty: the council publishes none). */
export type EqualitiesLists = Readonly<Record<EqualitiesDimension, ReadonlySet<string>>>;

/** The lists of a council that publishes none: only "not_given" is a group key, every other answer is OTHER_ANSWER. */
export function noLists(): EqualitiesLists {
  return Object.fromEntries(EQUALITIES_DIMENSIONS.map((d) => [d, new Set<string>([NOT_GIVEN])])) as Record<EqualitiesDimension, Set<string>>;
}

export async function equalitiesLists(councilId: string): Promise<EqualitiesLists> {
  const lists = noLists() as Record<EqualitiesDimension, Set<string>>;
  if (!councilRegistry.has(councilId)) return lists;
  const adapter = await councilRegistry.load(councilId);
  for (const d of EQUALITIES_DIMENSIONS) for (const entry of adapter.vocabularies.equalities[d] ?? []) lists[d].add(entry.code);
  return lists;
}

/** The facts with every equalities answer off the council's list replaced by OTHER_ANSWER. */
export function withListedAnswers(facts: readonly CaseFacts[], lists: EqualitiesLists): CaseFacts[] {
  const keep = (d: EqualitiesDimension, v: string | null): string | null => (v === null || lists[d].has(v) ? v : OTHER_ANSWER);
  return facts.map((f) => {
    const e = f.equalities;
    const next = {
      gender: keep("gender", e.gender),
      ethnicity: keep("ethnicity", e.ethnicity),
      disability: keep("disability", e.disability),
      ageBand: keep("ageBand", e.ageBand),
    };
    return next.gender === e.gender && next.ethnicity === e.ethnicity && next.disability === e.disability && next.ageBand === e.ageBand
      ? f
      : { ...f, equalities: next };
  });
}
