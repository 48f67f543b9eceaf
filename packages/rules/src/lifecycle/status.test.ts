import { describe, expect, it } from "vitest";
import { childrensStatutoryProcedure } from "../procedures/childrens-statutory";
import { procedureDefinitionSchema } from "../procedures/definition";
import { CASE_STATUSES, type CaseStatus, deriveCase, FINISHED_STATUSES, OPEN_STATUSES } from "./derive";
import { LifecycleError } from "./errors";
import type { CaseEventInput } from "./events";
import { emptyState } from "./state";
import { recordEvent } from "./record";
import { checkEvent } from "./validate";
import { MONDAY, response, stage1Case, stage2Case, wd } from "./testing/fixtures";

const asOf = "2024-12-31";
const received: CaseEventInput = { type: "received", on: MONDAY };

describe("status and current stage", () => {
  it.each<[string, CaseEventInput[], CaseStatus, string | null]>([
    ["received", [received], "received", null],
    ["acknowledged", [received, { type: "acknowledged", on: wd(1) }], "acknowledged", null],
    ["procedure decided", stage1Case(8).slice(0, 3), "in_stage", "stage1"],
    ["Stage 1 started by the council", [received, { type: "stage_started", on: wd(1), stage: "stage1" }], "in_stage", "stage1"],
    ["Stage 1 answered", stage1Case(8), "awaiting_escalation", "stage1"],
    ["Stage 2 asked for", [...stage1Case(8), { type: "escalation_requested", on: wd(10), to: "stage2" }], "in_stage", "stage2"],
    ["straight to Stage 2 by agreement", [received, { type: "stage_started", on: wd(2), stage: "stage2" }], "in_stage", "stage2"],
    ["Stage 2 adjudicated", stage2Case(), "awaiting_escalation", "stage2"],
    ["suspended", [received, { type: "suspended", on: wd(1), reason: "court" }], "suspended", null],
    ["resumed", [received, { type: "suspended", on: wd(1), reason: "court" }, { type: "resumed", on: wd(2) }], "received", null],
    ["not considered", [received, { type: "not_considered", on: wd(1), reason: "out_of_time" }], "not_considered", null],
    ["withdrawn", [received, { type: "withdrawn", on: wd(1) }], "withdrawn", null],
    ["closed", [...stage1Case(8), { type: "closed", on: wd(30) }], "closed", "stage1"],
  ])("%s → %s", (_name, events, status, stage) => {
    const derived = deriveCase(events, { asOf });
    expect({ status: derived.status, currentStage: derived.currentStage }).toEqual({ status, currentStage: stage });
  });

  it("splits every status into open or finished, and a finished case has no clock running", () => {
    expect([...OPEN_STATUSES, ...FINISHED_STATUSES].sort()).toEqual([...CASE_STATUSES].sort());
    expect(OPEN_STATUSES.filter((s) => (FINISHED_STATUSES as readonly string[]).includes(s))).toEqual([]);
    const ended: CaseEventInput[][] = [
      [received, { type: "not_considered", on: wd(1), reason: "out_of_time" }],
      [received, { type: "withdrawn", on: wd(1) }],
      [...stage1Case(8), { type: "closed", on: wd(30) }],
    ];
    for (const events of ended) {
      const derived = deriveCase(events, { asOf });
      expect(FINISHED_STATUSES).toContain(derived.status);
      expect(derived.clocks.filter((c) => c.stoppedOn === null)).toEqual([]);
    }
    const running = deriveCase([received], { asOf });
    expect(OPEN_STATUSES).toContain(running.status);
    expect(running.clocks.filter((c) => c.stoppedOn === null).length).toBeGreaterThan(0);
  });

  it("records when the council started a stage that was asked for", () => {
    const derived = deriveCase(
      [...stage1Case(8), { type: "escalation_requested", on: wd(10), to: "stage2" }, { type: "stage_started", on: wd(11), stage: "stage2" }],
      { asOf },
    );
    expect(derived.stages[1]).toMatchObject({ enteredBy: "escalation_requested", requestedOn: wd(10), startedOn: wd(11) });
  });

  it("records the Investigating Officer and the Independent Person", () => {
    expect(deriveCase(stage2Case(), { asOf }).stages[1]?.appointments).toEqual([
      { on: wd(15), role: "investigating_officer" },
      { on: wd(15), role: "independent_person" },
    ]);
  });

  it("records the Ombudsman's referrals and decisions, after closure too", () => {
    const derived = deriveCase(
      [
        ...stage1Case(8),
        { type: "closed", on: wd(30) },
        { type: "lgsco_referred", on: wd(40) },
        // Premature: the Ombudsman sent it back, so the complainant may come again.
        { type: "lgsco_decided", on: wd(60), decision: "premature", remedies: [] },
        { type: "lgsco_referred", on: wd(70) },
      ],
      { asOf },
    );
    expect(derived.lgsco).toEqual([
      { referredOn: wd(40), decidedOn: wd(60), decision: "premature", remedies: [] },
      { referredOn: wd(70), decidedOn: null, decision: null, remedies: [] },
    ]);
    expect(derived.closedOn).toBe(wd(30));
  });

  it("records a Stage 2 adjudication without point outcomes as no outcome", () => {
    const events = stage2Case().slice(0, -1);
    events.push({ type: "adjudication_sent", on: wd(35) });
    expect(deriveCase(events, { asOf }).stages[1]).toMatchObject({ outcome: null, pointOutcomes: [] });
  });

  it("rejects an invalid asOf and a non-object event", () => {
    expect(() => deriveCase([received], { asOf: "2023-13-01" })).toThrow('asOf: "2023-13-01" is not a valid date');
    expect(() => deriveCase([received, null as unknown as CaseEventInput], { asOf })).toThrow(
      expect.objectContaining({ code: "invalid_event", eventIndex: 1, message: expect.stringContaining("Event 2 (unknown) is not valid") }),
    );
    expect(new LifecycleError("out_of_order", 3, "x")).toMatchObject({ name: "LifecycleError", code: "out_of_order", eventIndex: 3 });
  });

  it("checks a single event against an empty or started case", () => {
    const state = emptyState(childrensStatutoryProcedure);
    expect(checkEvent(state, { type: "acknowledged", on: MONDAY }, asOf)?.code).toBe("missing_receipt");
    recordEvent(state, { type: "received", on: MONDAY });
    expect(checkEvent(state, { type: "acknowledged", on: "2023-01-02" }, asOf)?.code).toBe("before_receipt");
    expect(checkEvent(state, response("stage1", wd(2)) as never, asOf)).toBeNull();
  });

  it("cannot ask for the first stage of a procedure", () => {
    const fromStage2 = procedureDefinitionSchema.parse({
      ...childrensStatutoryProcedure,
      stages: childrensStatutoryProcedure.stages.slice(1).map((s) => ({ ...s, clocks: s.clocks.filter((c) => c.kind === "response") })),
    });
    expect(() => deriveCase([received, { type: "escalation_requested", on: wd(1), to: "stage2" }], { asOf, procedure: fromStage2 })).toThrow(
      "Stage 2 is not requested: it begins when the complaint is received and the procedure decided.",
    );
  });
});
