import type { IsoDate } from "../dates/iso-date";
import type { FeedbackKind } from "../vocabulary/canonical";
import type { CaseFacts, StageFacts } from "./case-facts";

/**
 * When a case is open or finished, from its facts. Kinds that need no response (a compliment, a comment, a
 * signpost) are finished on receipt unless the record says otherwise; every other kind stays open until it is
 * closed, withdrawn or not considered, or until every stage it has started has been responded to.
 */
export const NEEDS_NO_RESPONSE: readonly FeedbackKind[] = ["compliment", "comment", "signpost"];

function latest(dates: readonly IsoDate[]): IsoDate {
  return [...dates].sort()[dates.length - 1] as IsoDate;
}

/** The date the case ended by closure, withdrawal or a decision not to consider it, if any. */
export function caseEndedOn(facts: CaseFacts): IsoDate | null {
  return facts.closedOn ?? facts.withdrawnOn ?? facts.notConsidered?.on ?? null;
}

/** The date the case finished, or null while it is open. */
export function caseFinishedOn(facts: CaseFacts): IsoDate | null {
  const ended = caseEndedOn(facts);
  if (ended !== null) return ended;
  if (facts.stages.length === 0) return NEEDS_NO_RESPONSE.includes(facts.kind) ? facts.receivedOn : null;
  const responses = facts.stages.map((s) => s.respondedOn);
  return responses.every((d): d is IsoDate => d !== null) ? latest(responses) : null;
}

/** True when the stage had started by `date` and had not been responded to by then. */
export function isStageOpenOn(stage: StageFacts, date: IsoDate): boolean {
  return stage.startedOn <= date && (stage.respondedOn === null || stage.respondedOn > date);
}

/**
 * True when the case was open at the end of `date`: received by then, not ended by then, and either waiting
 * for its first stage (kinds that need a response) or with a stage started and not yet responded to.
 * Between a stage's response and a request to escalate, the case is not open.
 */
export function isCaseOpenOn(facts: CaseFacts, date: IsoDate): boolean {
  if (facts.receivedOn > date) return false;
  const ended = [facts.closedOn, facts.withdrawnOn, facts.notConsidered?.on ?? null];
  if (ended.some((d) => d !== null && d <= date)) return false;
  const started = facts.stages.filter((s) => s.startedOn <= date);
  if (started.length === 0) return !NEEDS_NO_RESPONSE.includes(facts.kind);
  return started.some((s) => isStageOpenOn(s, date));
}
