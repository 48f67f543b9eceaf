import { EQUALITY_QUESTIONS, equalityListsOf, type EqualityList, type EqualityQuestion } from "@csc/council-kit";
import { councilRegistry } from "@csc/registry";
import { NOT_GIVEN, type CaseFacts } from "@csc/rules";

/**
 * No free text ever becomes a group key (disclosure.ts): an equalities answer (gender, ethnicity, disability,
 * age band) is a group key only when it is on the council's list for that question (@csc/council-kit
 * equalityListsOf: its own, any version, or the platform's when it has none) or "not_given"; any other answer,
 * such as an imported code on no list, counts as OTHER_ANSWER. Unrecorded answers stay null ("not_recorded").
 */
export const OTHER_ANSWER = "other";

/** The codes each equalities question may show, by the council's list. */
export type EqualitiesLists = Readonly<Record<EqualityQuestion, ReadonlySet<string>>>;

/** Only "not_given" is a group key, every other answer is OTHER_ANSWER: for a measure that groups by no question. */
export function noLists(): EqualitiesLists {
  return Object.fromEntries(EQUALITY_QUESTIONS.map((d) => [d, new Set<string>([NOT_GIVEN])])) as Record<EqualityQuestion, Set<string>>;
}

/** The council's equalities lists: its registered adapter's where it has one for a question, otherwise the platform's. */
export async function councilEqualityLists(councilId: string): Promise<EqualityList[]> {
  return equalityListsOf(councilRegistry.has(councilId) ? (await councilRegistry.load(councilId)).vocabularies.equalities : undefined);
}

export async function equalitiesLists(councilId: string): Promise<EqualitiesLists> {
  const lists = noLists() as Record<EqualityQuestion, Set<string>>;
  for (const list of await councilEqualityLists(councilId)) for (const entry of list.entries) lists[list.question].add(entry.code);
  return lists;
}

/** The facts with every equalities answer off the council's list replaced by OTHER_ANSWER. */
export function withListedAnswers(facts: readonly CaseFacts[], lists: EqualitiesLists): CaseFacts[] {
  const keep = (d: EqualityQuestion, v: string | null): string | null => (v === null || lists[d].has(v) ? v : OTHER_ANSWER);
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
