import { describe, expect, it } from "vitest";
import { addWorkingDays } from "../calendar/index";
import { childrensStatutoryProcedure } from "../procedures/childrens-statutory";
import { FEEDBACK_KINDS, type FeedbackKind } from "../vocabulary/canonical";
import { allowedEventOptions } from "./allowed";
import { applyEvent, deriveCase } from "./derive";
import { LifecycleError } from "./errors";
import { CASE_EVENT_TYPES, type CaseEventInput } from "./events";
import { kindAllows } from "./kinds";
import { eventFor } from "./testing/events";
import { stage1Case, stage2Case, wd } from "./testing/fixtures";

const procedure = childrensStatutoryProcedure;
const STAGED = new Set(["acknowledged", "stage_started", "extension_agreed", "response_sent", "escalation_requested"]);

/** Every action (with each stage) a client might ask for on `on`, whether offered or not. */
function everyAction(on: string) {
  return CASE_EVENT_TYPES.filter((t) => t !== "received")
    .flatMap((type) =>
      // (acknowledged with Stage 1 is the complaint's own acknowledgement: the plain one stands for it.)
      STAGED.has(type)
        ? [
            { type },
            ...(["stage1", "stage2", "stage3"] as const)
              .filter((stage) => type !== "acknowledged" || stage !== "stage1")
              .map((stage) => ({ type, stage })),
          ]
        : [{ type }],
    )
    .map((option) => ({ option, on }));
}

/**
 * Walks every state reachable in `depth` steps (one working day apart) from `start`: each action offered is
 * accepted; each action not offered is refused with a LifecycleError.
 */
function walk(kind: FeedbackKind, start: CaseEventInput[], depth: number): number {
  let states = 0;
  const visit = (events: CaseEventInput[], left: number) => {
    states += 1;
    const on = addWorkingDays(events.at(-1)?.on as string, 1);
    const context = { asOf: on, procedure, kind };
    const derived = deriveCase(events, context);
    const offered = allowedEventOptions(derived);
    const key = (o: { type: string; stage?: string }) => `${o.type}:${o.stage ?? ""}`;
    const offeredKeys = new Set(offered.map(key));
    for (const { option } of everyAction(on)) {
      const event = eventFor(option as never, on, procedure, derived, 1);
      if (offeredKeys.has(key(option))) {
        expect(
          () => applyEvent(events, event, context),
          `${kind}: ${key(option)} offered after ${events.map((e) => e.type).join(",")}`,
        ).not.toThrow();
      } else {
        expect(() => applyEvent(events, event, context), `${kind}: ${key(option)} not offered after ${events.map((e) => e.type).join(",")}`).toThrow(
          LifecycleError,
        );
      }
    }
    if (left === 0) return;
    for (const option of offered) visit([...events, eventFor(option, on, procedure, derived, 1)], left - 1);
  };
  visit(start, depth);
  return states;
}

describe("each kind of feedback has its own lifecycle", () => {
  it("offers a compliment only acknowledgement and closure, and refuses the rest", () => {
    const derived = deriveCase([{ type: "received", on: "2025-06-02" }], { asOf: "2025-06-03", kind: "compliment" });
    expect(allowedEventOptions(derived)).toEqual([{ type: "acknowledged" }, { type: "closed" }]);
    expect(() =>
      applyEvent(
        [{ type: "received", on: "2025-06-02" }],
        { type: "extension_agreed", on: "2025-06-03", stage: "stage1", totalWorkingDays: 20, reason: "x" },
        { asOf: "2025-06-03", kind: "compliment" },
      ),
    ).toThrow("A compliment is received, acknowledged and closed: it has no extension of Stage 1. Record it as a complaint if it is one.");
  });

  it("answers a member enquiry once, at Stage 1 only", () => {
    expect(kindAllows("member_enquiry", { type: "response_sent", stage: "stage1" })).toBe(true);
    expect(kindAllows("member_enquiry", { type: "response_sent", stage: "stage2" })).toBe(false);
    expect(kindAllows("member_enquiry", { type: "lgsco_referred" })).toBe(false);
    expect(kindAllows("complaint", { type: "panel_held" })).toBe(true);
  });

  it.each(FEEDBACK_KINDS.filter((k) => k !== "complaint"))("%s: every offered action is accepted and every other refused, in every state", (kind) => {
    expect(walk(kind, [{ type: "received", on: "2025-06-02" }], 4)).toBeGreaterThan(2);
  });

  it.each<[string, CaseEventInput[]]>([
    ["a new complaint", [{ type: "received", on: "2025-06-02" }]],
    ["after the Stage 1 response", stage1Case(8)],
    ["after the Stage 2 adjudication", stage2Case()],
    ["at the review panel", [...stage2Case(), { type: "escalation_requested", on: wd(37), to: "stage3" }, { type: "panel_held", on: wd(50) }]],
  ])("complaint %s: every offered action is accepted and every other refused", (_name, start) => {
    expect(walk("complaint", start, 2)).toBeGreaterThan(1);
  });
});
