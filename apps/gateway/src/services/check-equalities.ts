import { equalityEntriesOn, EQUALITY_QUESTION_LABELS, EQUALITY_QUESTIONS, type EqualityQuestion } from "@csc/council-kit";
import { NOT_GIVEN } from "@csc/rules";
import type { IsoDate } from "@csc/rules";
import { badInput } from "../errors/gateway-error";
import { councilEqualityLists } from "../reports/equalities-keys";

type EqualityAnswers = Partial<Record<EqualityQuestion, string | null>>;

/**
 * Checks each equalities answer against the council's own list for that question (its registered adapter's),
 * entries in force on `receivedOn`; "not_given" is always allowed. A question the council keeps no list for is not
 * checked: the officer's form offers the platform's answers (@csc/council-kit equalityListsOf), which reports group
 * by, and any other answer is kept as given and counted as "other" (equalities-keys.ts).
 */
export async function checkEqualityAnswers(councilId: string, answers: EqualityAnswers, receivedOn: IsoDate): Promise<void> {
  const given = EQUALITY_QUESTIONS.filter((q) => answers[q] != null && answers[q] !== NOT_GIVEN);
  if (given.length === 0) return;
  for (const list of await councilEqualityLists(councilId)) {
    if (list.source !== "council" || !given.includes(list.question)) continue;
    const value = answers[list.question];
    const inForce = equalityEntriesOn(list, receivedOn);
    if (!inForce.some((e) => e.code === value)) {
      const codes = inForce.map((e) => e.code).join(", ");
      throw badInput(
        ["input", list.question],
        `"${String(value)}" is not one of your council's ${EQUALITY_QUESTION_LABELS[list.question].toLowerCase()} answers (one of ${codes}, or "${NOT_GIVEN}")`,
      );
    }
  }
}
