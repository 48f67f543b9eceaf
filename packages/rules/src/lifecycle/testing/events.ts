import type { ProcedureDefinition } from "../../procedures/definition";
import type { Stage } from "../../vocabulary/canonical";
import type { AllowedEvent } from "../allowed";
import type { DerivedCase } from "../derive";
import type { CaseEventInput } from "../events";

/** Test helper: a valid event for an action the rules offer (`choice` varies the outcomes and roles). */
export function eventFor(option: AllowedEvent, on: string, procedure: ProcedureDefinition, derived: DerivedCase, choice: number): CaseEventInput {
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
      return { type: "stage_started", on, stage, agreedBy: "Team manager" };
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
    case "closed":
    case "letter_sent":
    case "lgsco_referred":
    case "panel_held":
    case "panel_reported":
    case "panel_requested":
    case "received":
    case "resumed":
    case "statement_agreed":
    case "withdrawn":
      return { type: option.type, on } as CaseEventInput;
  }
}
