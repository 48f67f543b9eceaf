import type { FeedbackKind, Stage } from "@csc/rules";
import { LETTER_KINDS, LETTER_TITLES, type LetterKind } from "./kinds";

/**
 * Which cases each letter is written for: the kind of feedback, and for a stage's letter the stage the case must
 * have had (a Stage 2 adjudication letter is not written for a complaint still at Stage 1, nor a Stage 1 response for
 * one that went straight to Stage 2).
 */
const FITS: Record<LetterKind, { kinds: readonly FeedbackKind[]; stage: Stage | null }> = {
  acknowledgement: { kinds: ["complaint", "informal_resolution", "comment", "member_enquiry", "lgsco_enquiry"], stage: null },
  stage1_response: { kinds: ["complaint"], stage: "stage1" },
  terms_of_resolution: { kinds: ["complaint", "informal_resolution"], stage: null },
  statement_of_complaint: { kinds: ["complaint"], stage: "stage2" },
  adjudication: { kinds: ["complaint"], stage: "stage2" },
  review_panel_invitation: { kinds: ["complaint"], stage: "stage3" },
  panel_response: { kinds: ["complaint"], stage: "stage3" },
  not_considered: { kinds: ["complaint"], stage: null },
  compliment_thanks: { kinds: ["compliment"], stage: null },
};

/** The letters that fit a case of `kind` whose stages so far are `stages`, in the procedure's order. */
export function lettersForCase(kind: FeedbackKind, stages: readonly Stage[]): LetterKind[] {
  return LETTER_KINDS.filter((letter) => {
    const fit = FITS[letter];
    return fit.kinds.includes(kind) && (fit.stage === null || stages.includes(fit.stage));
  });
}

const STAGE_NAMES: Record<Stage, string> = { stage1: "Stage 1", stage2: "Stage 2", stage3: "Stage 3" };
const kindWords = (kind: FeedbackKind) => kind.replace(/_/g, " ").replace(/^lgsco/, "LGSCO");
const orList = (words: readonly string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`);

/**
 * Why a letter does not fit a case of `kind` whose stages so far are `stages` (lettersForCase's rule, in words for
 * the officer), or null when it fits.
 */
export function letterMisfit(letter: LetterKind, kind: FeedbackKind, stages: readonly Stage[]): string | null {
  const fit = FITS[letter];
  const title = LETTER_TITLES[letter];
  if (!fit.kinds.includes(kind)) return `${title} is written for a ${orList(fit.kinds.map(kindWords))}; this case is a ${kindWords(kind)}`;
  if (fit.stage !== null && !stages.includes(fit.stage))
    return `${title} is written once a complaint has reached ${STAGE_NAMES[fit.stage]}; this case has not`;
  return null;
}
