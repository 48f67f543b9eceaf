import { councilRegistry } from "@csc/registry";
import { NOT_GIVEN } from "@csc/rules";
import type { IsoDate } from "@csc/rules";
import { badInput } from "../errors/gateway-error";

const EQUALITY_QUESTIONS = ["gender", "ethnicity", "disability", "ageBand"] as const;
type EqualityQuestion = (typeof EQUALITY_QUESTIONS)[number];
type EqualityAnswers = Partial<Record<EqualityQuestion, string | null>>;

const WORDS: Readonly<Record<EqualityQuestion, string>> = { gender: "gender", ethnicity: "ethnicity", disability: "disability", ageBand: "age band" };

/**
 * Checks each equalities answer against the council's own list for that question, as its registered adapter
 * publishes it (entries in force on `receivedOn`); "not_given" is always allowed. A council without a
 * registered adapter, or without a list (or an empty one) for a question, keeps its own codes unchecked (no list to check by).
 */
export async function checkEqualityAnswers(councilId: string, answers: EqualityAnswers, receivedOn: IsoDate): Promise<void> {
  const given = EQUALITY_QUESTIONS.filter((q) => answers[q] != null && answers[q] !== NOT_GIVEN);
  if (given.length === 0 || !councilRegistry.has(councilId)) return;
  const adapter = await councilRegistry.load(councilId);
  for (const question of given) {
    const list = adapter.vocabularies.equalities[question];
    if (!list || list.length === 0) continue;
    const value = answers[question];
    const inForce = list.filter((e) => (!e.validFrom || e.validFrom <= receivedOn) && (!e.validTo || receivedOn <= e.validTo));
    if (!inForce.some((e) => e.code === value)) {
      const codes = inForce.map((e) => e.code).join(", ");
      throw badInput(
        ["input", question],
        `"${String(value)}" is not one of your council's ${WORDS[question]} answers (one of ${codes}, or "${NOT_GIVEN}")`,
      );
    }
  }
}
