import { describe, expect, it } from "vitest";
import { councilCalendarOf, councilRulesContext } from "./council-context";
import { deriveCase } from "./derive";
import type { CaseEventInput } from "./events";
import { caseDerivation, nextDueOf, runsClocks } from "./stored-state";

const complaint = [
  { type: "received", on: "2025-06-02" },
  { type: "procedure_decided", on: "2025-06-02", procedure: "childrens_statutory" },
] as const;

describe("what is stored for a derived case", () => {
  it("runs clocks for complaints and member enquiries only", () => {
    expect(runsClocks("complaint")).toBe(true);
    expect(runsClocks("member_enquiry")).toBe(true);
    expect(runsClocks("compliment")).toBe(false);
    expect(runsClocks("comment")).toBe(false);
  });

  it("gives the next due date of the council's running response clocks, never a provisional one", () => {
    const derived = deriveCase(
      [
        { type: "received", on: "2025-06-02" },
        { type: "acknowledged", on: "2025-06-03" },
      ],
      { asOf: "2025-06-04" },
    );
    const stage1 = derived.clocks.find((c) => c.id === "stage1");
    expect(nextDueOf(derived)).toBe(stage1?.dueOn ?? null);
    expect(caseDerivation(derived, "complaint").nextDueOn).toBe(nextDueOf(derived));
    expect(caseDerivation(derived, "compliment")).toMatchObject({ nextDueOn: null, clocks: [], stages: [], currentStage: null, procedure: null });
  });

  it("names the children's statutory procedure for a complaint with none decided, and the one decided otherwise", () => {
    const derived = deriveCase([{ type: "received", on: "2025-06-02" }], { asOf: "2025-06-04" });
    expect(caseDerivation(derived, "complaint").procedure).toBe("childrens_statutory");
    expect(caseDerivation(derived, "comment").procedure).toBeNull();
    expect(caseDerivation(deriveCase([...complaint], { asOf: "2025-06-04" }), "comment").procedure).toBe("childrens_statutory");
  });

  it("leaves out the complainant's request window and a Stage 2 shown provisionally", () => {
    const answered: CaseEventInput[] = [
      { type: "received", on: "2025-06-02" },
      { type: "acknowledged", on: "2025-06-02" },
      { type: "response_sent", on: "2025-06-05", stage: "stage1", outcomes: [{ pointId: "1", outcome: "upheld" }] },
    ];
    const waiting = deriveCase([...answered], { asOf: "2025-06-09" });
    expect(waiting.clocks.some((c) => c.kind === "request_window" && c.stoppedOn === null)).toBe(true);
    expect(caseDerivation(waiting, "complaint").nextDueOn).toBeNull();
    const requested = deriveCase([...answered, { type: "escalation_requested", on: "2025-06-06", to: "stage2" }], { asOf: "2025-06-09" });
    expect(requested.stages.at(-1)?.timescale.provisional).toBe(true);
    expect(caseDerivation(requested, "complaint").nextDueOn).toBeNull();
  });
});

describe("a council's rules context", () => {
  it("is England and Wales without local closure days, and the council's calendar with them", () => {
    expect(councilCalendarOf({ id: "x", name: "X", localClosureDays: [] }).id).toBe("england-and-wales");
    const context = councilRulesContext(
      { id: "x", name: "X", procedures: {}, localClosureDays: [{ date: "2025-06-03", reason: "staff day" }] },
      "2025-06-04",
    );
    expect(context.calendar?.localClosures.get("2025-06-03")).toBe("staff day");
    const plain = deriveCase([{ type: "received", on: "2025-06-02" }], { asOf: "2025-06-04" });
    const closed = deriveCase([{ type: "received", on: "2025-06-02" }], context);
    expect(closed.acknowledgement.dueOn > plain.acknowledgement.dueOn).toBe(true);
  });
});

describe("closing and reopening a case", () => {
  const events: CaseEventInput[] = [
    { type: "received", on: "2025-06-02" },
    { type: "procedure_decided", on: "2025-06-02", procedure: "childrens_statutory" },
    { type: "closed", on: "2025-06-04", reason: "resolved by phone" },
  ];

  it("stops the clocks at closure and lets them run on when reopened", () => {
    const closed = deriveCase(events, { asOf: "2025-06-10" });
    expect(closed.status).toBe("closed");
    expect(closed.clocks.find((c) => c.id === "stage1")?.stoppedOn).toBe("2025-06-04");
    expect(caseDerivation(closed, "complaint").nextDueOn).toBeNull();
    const reopened = deriveCase([...events, { type: "reopened", on: "2025-06-06", reason: "the family came back" }], { asOf: "2025-06-10" });
    expect(reopened.status).toBe("in_stage");
    expect(reopened.closedOn).toBeNull();
    const stage1 = reopened.clocks.find((c) => c.id === "stage1");
    expect(stage1?.stoppedOn).toBeNull();
    expect(stage1?.dueOn).toBe("2025-06-16");
    // The acknowledgement (due 5 June, 3 working days) is running again too, and is the earliest due.
    expect(caseDerivation(reopened, "complaint").nextDueOn).toBe("2025-06-05");
  });
});

describe("moving on before a stage is answered", () => {
  const opened: CaseEventInput[] = [
    { type: "received", on: "2025-06-02" },
    { type: "procedure_decided", on: "2025-06-02", procedure: "childrens_statutory" },
  ];

  it("goes straight to Stage 2 by agreement, recorded with who agreed; Stage 1's clock stops unanswered", () => {
    const derived = deriveCase([...opened, { type: "stage_started", on: "2025-06-04", stage: "stage2", agreedBy: "Head of Service" }], {
      asOf: "2025-06-10",
    });
    expect(derived.currentStage).toBe("stage2");
    const stage1 = derived.stages.find((s) => s.stage === "stage1");
    expect(stage1?.timescale).toMatchObject({ stoppedOn: "2025-06-04", met: null, band: null });
    expect(derived.events.at(-1)).toMatchObject({ agreedBy: "Head of Service" });
  });

  it("accepts a request for Stage 2 once Stage 1 is overdue, and reports Stage 1 as not met", () => {
    expect(() => deriveCase([...opened, { type: "escalation_requested", on: "2025-06-16", to: "stage2" }], { asOf: "2025-06-20" })).toThrow(
      /due on 2025-06-16/,
    );
    const derived = deriveCase([...opened, { type: "escalation_requested", on: "2025-06-17", to: "stage2" }], { asOf: "2025-06-20" });
    expect(derived.currentStage).toBe("stage2");
    expect(derived.stages[0]?.timescale).toMatchObject({ stoppedOn: "2025-06-17", met: false, band: null });
    expect(caseDerivation(derived, "complaint").nextDueOn).not.toBe(derived.stages[0]?.timescale.dueOn);
  });
});
