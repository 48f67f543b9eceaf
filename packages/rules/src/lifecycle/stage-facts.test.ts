import { describe, expect, it } from "vitest";
import { caseFactsSchema, stageFactsSchema } from "../measures/case-facts";
import { deriveCase } from "./derive";
import { toStageFacts } from "./stage-facts";
import { MONDAY, stage1Case, stage2Case, wd } from "./testing/fixtures";

const asOf = "2024-12-31";

describe("toStageFacts: what the database and reports store", () => {
  it("gives each stage in the shape of stageFactsSchema", () => {
    const events = [
      ...stage2Case(),
      { type: "escalation_requested" as const, on: wd(60), to: "stage3" as const },
      { type: "suspended" as const, on: wd(61), reason: "advocate" },
      { type: "resumed" as const, on: wd(63) },
    ];
    const facts = toStageFacts(deriveCase(events, { asOf: wd(70) }));
    for (const stage of facts.stages) expect(stageFactsSchema.parse(stage)).toEqual(stage);
    expect(caseFactsSchema.shape.acknowledgement.parse(facts.acknowledgement)).toEqual(facts.acknowledgement);
    expect(facts.stages).toEqual([
      {
        stage: "stage1",
        startedOn: MONDAY,
        timescaleWorkingDays: 10,
        dueOn: wd(10),
        respondedOn: wd(8),
        workingDaysTaken: 8,
        daysPaused: 0,
        extended: false,
        met: true,
        outcome: "not_upheld",
        localOutcome: null,
        lateRequest: false,
      },
      {
        stage: "stage2",
        startedOn: wd(15),
        timescaleWorkingDays: 25,
        dueOn: wd(40),
        respondedOn: wd(35),
        workingDaysTaken: 20,
        daysPaused: 0,
        extended: false,
        met: true,
        outcome: "upheld",
        localOutcome: null,
        lateRequest: false,
        requestedOn: wd(12),
      },
      {
        stage: "stage3",
        startedOn: wd(60),
        timescaleWorkingDays: 30,
        dueOn: wd(92),
        respondedOn: null,
        workingDaysTaken: null,
        daysPaused: 2,
        extended: false,
        met: null,
        outcome: null,
        localOutcome: null,
        lateRequest: true,
      },
    ]);
    expect(facts.acknowledgement).toEqual({ dueOn: wd(3), acknowledgedOn: wd(1), met: true });
  });

  it("reports an acknowledgement that is overdue and one not yet due", () => {
    const received = [{ type: "received" as const, on: MONDAY }];
    expect(toStageFacts(deriveCase(received, { asOf: wd(5) })).acknowledgement).toEqual({ dueOn: wd(3), acknowledgedOn: null, met: false });
    expect(toStageFacts(deriveCase(received, { asOf: wd(2) })).acknowledgement).toEqual({ dueOn: wd(3), acknowledgedOn: null, met: null });
  });

  it("gives a withdrawn stage the outcome withdrawn and no timeliness", () => {
    const events = [...stage1Case(8).slice(0, 3), { type: "withdrawn" as const, on: wd(4) }];
    const derived = deriveCase(events, { asOf });
    expect(derived.status).toBe("withdrawn");
    expect(toStageFacts(derived).stages[0]).toMatchObject({ outcome: "withdrawn", met: null, respondedOn: null, workingDaysTaken: null });
  });

  it("gives a stage the council declined the outcome not considered", () => {
    const events = [
      ...stage1Case(8).slice(0, 3),
      { type: "not_considered" as const, on: wd(4), reason: "court_proceedings" as const, detail: "care proceedings" },
    ];
    const derived = deriveCase(events, { asOf });
    expect(derived).toMatchObject({
      status: "not_considered",
      notConsidered: { on: wd(4), reason: "court_proceedings", detail: "care proceedings" },
    });
    expect(toStageFacts(derived).stages[0]?.outcome).toBe("not_considered");
  });

  it("marks an extended stage", () => {
    const events = [
      ...stage1Case(8).slice(0, 3),
      { type: "extension_agreed" as const, on: wd(4), stage: "stage1" as const, totalWorkingDays: 20, reason: "complex" },
    ];
    expect(toStageFacts(deriveCase(events, { asOf: wd(5) })).stages[0]).toMatchObject({ extended: true, timescaleWorkingDays: 20, dueOn: wd(20) });
  });
});
