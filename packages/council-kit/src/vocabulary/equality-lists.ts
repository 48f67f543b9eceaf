import type { IsoDate } from "@csc/rules";
import { isEffectiveOn } from "./lookup";
import type { LocalOnlyEntry } from "./local-vocabulary";

/**
 * Equality monitoring: the questions a council may ask the person who made the feedback (protected characteristics
 * of the Equality Act 2010), each optional, and the answers it offers. The one list of the questions the facts,
 * the layouts, the officer's form and the reports all read.
 */
export const EQUALITY_QUESTIONS = ["gender", "ethnicity", "disability", "ageBand"] as const;
export type EqualityQuestion = (typeof EQUALITY_QUESTIONS)[number];

/** Each question as the officer's form asks it. */
export const EQUALITY_QUESTION_LABELS: Readonly<Record<EqualityQuestion, string>> = {
  gender: "Gender",
  ethnicity: "Ethnic group",
  disability: "Disability",
  ageBand: "Age band",
};

const AGE_BANDS = ["0-4", "5-9", "10-12", "13-15", "16-17", "18-24", "25-64", "65+"] as const;

/**
 * The platform's answers to each question, for a council whose own vocabularies hold no list for it (every council
 * created in the app, until it has one). Ethnic groups: the 2021 Census's five high-level groups; age bands that keep
 * a child's age apart from an adult's.
 */
export const PLATFORM_EQUALITY_LISTS: Readonly<Record<EqualityQuestion, readonly LocalOnlyEntry[]>> = {
  gender: [
    { code: "female", label: "Female" },
    { code: "male", label: "Male" },
    { code: "non_binary", label: "Non-binary" },
    { code: "other", label: "Another gender" },
  ],
  ethnicity: [
    { code: "asian", label: "Asian or Asian British" },
    { code: "black", label: "Black, Black British, Caribbean or African" },
    { code: "mixed", label: "Mixed or multiple ethnic groups" },
    { code: "white", label: "White" },
    { code: "other", label: "Another ethnic group" },
  ],
  disability: [
    { code: "yes", label: "Disabled" },
    { code: "no", label: "Not disabled" },
  ],
  ageBand: AGE_BANDS.map((band) => ({ code: band, label: band.replace("-", " to ").replace("+", " or over") })),
};

/** A council's answers to one question, and whose they are. */
export interface EqualityList {
  readonly question: EqualityQuestion;
  readonly entries: readonly LocalOnlyEntry[];
  /** "council": the council's own list (its vocabularies); "platform": PLATFORM_EQUALITY_LISTS, as it has none. */
  readonly source: "council" | "platform";
}

/**
 * The answers a council offers to each question: its own list where its vocabularies hold one (a registered
 * council's `vocabularies.equalities`), otherwise the platform's. The officer's form offers these, a recorded
 * answer must be one of them, and a report groups by them (any other answer, such as an imported code on no list,
 * counts as "other").
 */
export function equalityListsOf(own: Partial<Record<EqualityQuestion, readonly LocalOnlyEntry[]>> | undefined): EqualityList[] {
  return EQUALITY_QUESTIONS.map((question) => {
    const entries = own?.[question] ?? [];
    return entries.length > 0
      ? { question, entries, source: "council" }
      : { question, entries: PLATFORM_EQUALITY_LISTS[question], source: "platform" };
  });
}

/** The entries of a list in force on a day (an entry's validFrom / validTo, as every vocabulary). */
export const equalityEntriesOn = (list: EqualityList, on: IsoDate): LocalOnlyEntry[] => list.entries.filter((e) => isEffectiveOn(e, on));
