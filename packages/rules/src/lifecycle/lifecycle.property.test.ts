import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays } from "../calendar/index";
import { stageFactsSchema } from "../measures/case-facts";
import { adultSocialCareProcedure } from "../procedures/adult-and-public-health";
import { childrensStatutoryProcedure } from "../procedures/childrens-statutory";
import { lgscoComplaintHandlingCode } from "../procedures/corporate";
import type { ProcedureDefinition } from "../procedures/definition";
import type { Stage } from "../vocabulary/canonical";
import { type AllowedEvent, allowedEventOptions } from "./allowed";
import { CASE_STATUSES, type DerivedCase, applyEvent, deriveCase } from "./derive";
import type { CaseEventInput } from "./events";
import { toStageFacts } from "./stage-facts";

/**
 * Random walks through the rules: at every step pick one of the actions `allowedEventOptions` offers, a few
 * working days later. Every offered action must be accepted, and every derived clock must hang together.
 */
function eventFor(option: AllowedEvent, on: string, procedure: ProcedureDefinition, derived: DerivedCase, choice: number): CaseEventInput {
  const stage = option.stage as Stage;
  const outcomes = (["upheld", "not_upheld", "partially_upheld", "withdrawn"] as const)
    .slice(0, (choice % 3) + 1)
    .map((outcome, i) => ({ pointId: `p${i}`, outcome }));
  switch (option.type) {
    case "acknowledged":
      return option.stage ? { type: "acknowledged", on, stage } : { type: "acknowledged", on };
    case "procedure_decided":
      return { type: "procedure_decided", on, procedure: procedure.procedure };
    case "not_considered":
      return { type: "not_considered", on, reason: "court_proceedings" };
    case "stage_started":
      return { type: "stage_started", on, stage };
    case "extension_agreed": {
      const definition = procedure.stages.find((s) => s.stage === stage);
      const clock = definition?.clocks.find((c) => c.id === definition.timescaleClock);
      const current = derived.stages.find((s) => s.stage === stage)?.timescale.workingDays ?? 0;
      return { type: "extension_agreed", on, stage, totalWorkingDays: clock?.maxWorkingDays ?? current + 20, reason: "complex" };
    }
    case "suspended":
      return { type: "suspended", on, reason: "court proceedings" };
    case "reopened":
      return { type: "reopened", on, reason: "new information" };
    case "response_sent":
      return { type: "response_sent", on, stage, outcomes };
    case "escalation_requested":
      return { type: "escalation_requested", on, to: stage as "stage2" | "stage3" };
    case "investigator_appointed":
      return { type: "investigator_appointed", on, role: choice % 2 ? "independent_person" : "investigating_officer" };
    case "adjudication_sent":
    case "council_responded":
      return { type: option.type, on, outcomes };
    case "lgsco_decided":
      return { type: "lgsco_decided", on, decision: "premature", remedies: [] };
    default:
      return { type: option.type, on } as CaseEventInput;
  }
}

function checkInvariants(derived: DerivedCase): void {
  expect(CASE_STATUSES).toContain(derived.status);
  for (const clock of [derived.acknowledgement, ...derived.clocks, ...derived.stages.map((s) => s.timescale)]) {
    expect(clock.workingDaysElapsed).toBeGreaterThanOrEqual(0);
    expect(clock.daysPaused).toBeGreaterThanOrEqual(0);
    expect(clock.dueOn).toBe(addWorkingDays(clock.countedFrom, clock.workingDays + clock.daysPaused));
    if (clock.met === true) expect(clock.workingDaysElapsed).toBeLessThanOrEqual(clock.workingDays);
    if (clock.met === false) expect(clock.overdueBy).toBe(clock.workingDaysElapsed - clock.workingDays);
    if (clock.band !== null) expect(clock.stoppedOn).not.toBeNull();
  }
  for (const stage of toStageFacts(derived).stages) expect(stageFactsSchema.parse(stage)).toEqual(stage);
}

describe.each([childrensStatutoryProcedure, lgscoComplaintHandlingCode, adultSocialCareProcedure])("random cases under $id", (procedure) => {
  it("accepts every action the rules offer and derives consistent clocks", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(12), fc.nat(1000)), { minLength: 1, maxLength: 25 }), (steps) => {
        let on = "2023-01-06";
        let events: CaseEventInput[] = [{ type: "received", on }];
        let derived = deriveCase(events, { asOf: on, procedure });
        for (const [gap, choice] of steps) {
          on = addWorkingDays(on, gap);
          const options = allowedEventOptions(deriveCase(events, { asOf: on, procedure }));
          if (options.length === 0) break;
          const option = options[choice % options.length] as AllowedEvent;
          const event = eventFor(option, on, procedure, derived, choice);
          derived = applyEvent(events, event, { asOf: on, procedure });
          events = [...events, event];
          checkInvariants(derived);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
