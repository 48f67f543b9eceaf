import { addWorkingDays } from "../../calendar/index";
import type { Outcome, Stage } from "../../vocabulary/canonical";
import type { CaseEventInput } from "../events";

/** Test helpers: events dated in working days from a start, and common case histories. */
export const MONDAY = "2023-01-09";

export function wd(n: number, from: string = MONDAY): string {
  return addWorkingDays(from, n);
}

export function response(stage: Stage, on: string, ...outcomes: Outcome[]): CaseEventInput {
  return {
    type: "response_sent",
    on,
    stage,
    outcomes: (outcomes.length > 0 ? outcomes : ["upheld" as const]).map((outcome, i) => ({ pointId: `p${i + 1}`, outcome })),
  };
}

/** A children's case to the end of Stage 1, responded on working day `respondedAfter`. */
export function stage1Case(respondedAfter = 8): CaseEventInput[] {
  return [
    { type: "received", on: MONDAY },
    { type: "acknowledged", on: wd(1) },
    { type: "procedure_decided", on: wd(1), procedure: "childrens_statutory" },
    response("stage1", wd(respondedAfter), "not_upheld"),
  ];
}

/** A children's case to the Stage 2 adjudication (statement agreed on day 15, adjudication 20 days later). */
export function stage2Case(): CaseEventInput[] {
  return [
    ...stage1Case(8),
    { type: "escalation_requested", on: wd(12), to: "stage2" },
    { type: "statement_agreed", on: wd(15) },
    { type: "investigator_appointed", on: wd(15), role: "investigating_officer" },
    { type: "investigator_appointed", on: wd(15), role: "independent_person" },
    { type: "adjudication_sent", on: wd(35), outcomes: [{ pointId: "p1", outcome: "upheld" }] },
  ];
}
