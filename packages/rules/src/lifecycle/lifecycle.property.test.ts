import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays } from "../calendar/index";
import { stageFactsSchema } from "../measures/case-facts";
import { adultSocialCareProcedure } from "../procedures/adult-and-public-health";
import { childrensStatutoryProcedure } from "../procedures/childrens-statutory";
import { lgscoComplaintHandlingCode } from "../procedures/corporate";
import { type AllowedEvent, allowedEventOptions } from "./allowed";
import { CASE_STATUSES, type DerivedCase, applyEvent, deriveCase, deriveParsedCase } from "./derive";
import { type CaseEventInput, caseEventSchema } from "./events";
import { toStageFacts } from "./stage-facts";
import { eventFor } from "./testing/events";

/**
 * Random walks through the rules: at every step pick one of the actions `allowedEventOptions` offers, a few
 * working days later. Every offered action must be accepted, and every derived clock must hang together.
 */
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
          // The same derivation from events parsed beforehand (an imported record's).
          expect(
            deriveParsedCase(
              events.map((e) => caseEventSchema.parse(e)),
              { asOf: on, procedure },
            ),
          ).toEqual(deriveCase(events, { asOf: on, procedure }));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
