import { describe, expect, it } from "vitest";
import { caseEndedOn, caseFinishedOn, isCaseOpenOn, isStageOpenOn } from "./case-status";
import { caseFacts, stage } from "./testing/case-facts-builder";

describe("when a case is open or finished", () => {
  const escalated = caseFacts({
    receivedOn: "2021-05-04",
    stages: [stage("stage1", "2021-05-04", { respondedOn: "2021-05-14" }), stage("stage2", "2021-06-14", { respondedOn: "2021-07-30" })],
  });

  it("a complaint is open while a started stage awaits its response, not between response and escalation", () => {
    expect(isCaseOpenOn(escalated, "2021-05-03")).toBe(false);
    expect(isCaseOpenOn(escalated, "2021-05-04")).toBe(true);
    expect(isCaseOpenOn(escalated, "2021-05-13")).toBe(true);
    expect(isCaseOpenOn(escalated, "2021-05-14")).toBe(false);
    expect(isCaseOpenOn(escalated, "2021-06-01")).toBe(false);
    expect(isCaseOpenOn(escalated, "2021-06-14")).toBe(true);
    expect(isCaseOpenOn(escalated, "2021-07-30")).toBe(false);
    expect(caseFinishedOn(escalated)).toBe("2021-07-30");
    expect(caseEndedOn(escalated)).toBeNull();
  });

  it("a complaint waiting for its first stage is open; a compliment is finished on receipt", () => {
    const waiting = caseFacts({ receivedOn: "2021-05-04" });
    expect(isCaseOpenOn(waiting, "2021-06-01")).toBe(true);
    expect(caseFinishedOn(waiting)).toBeNull();
    const compliment = caseFacts({ kind: "compliment", receivedOn: "2021-05-04" });
    expect(isCaseOpenOn(compliment, "2021-05-04")).toBe(false);
    expect(caseFinishedOn(compliment)).toBe("2021-05-04");
  });

  it("closure, withdrawal or a decision not to consider ends a case on that day", () => {
    const open = [stage("stage1", "2021-05-04")];
    const closed = caseFacts({ receivedOn: "2021-05-04", stages: open, closedOn: "2021-05-20" });
    const withdrawn = caseFacts({ receivedOn: "2021-05-04", stages: open, withdrawnOn: "2021-05-21" });
    const declined = caseFacts({
      receivedOn: "2021-05-04",
      notConsidered: { reason: "court_proceedings", on: "2021-05-22", localReason: null },
    });
    expect([closed, withdrawn, declined].map(caseFinishedOn)).toEqual(["2021-05-20", "2021-05-21", "2021-05-22"]);
    expect(isCaseOpenOn(closed, "2021-05-19")).toBe(true);
    expect(isCaseOpenOn(closed, "2021-05-20")).toBe(false);
    expect(isCaseOpenOn(declined, "2021-05-21")).toBe(true);
    expect(isCaseOpenOn(declined, "2021-05-22")).toBe(false);
    expect(caseFinishedOn(caseFacts({ stages: open }))).toBeNull();
  });

  it("a stage is open from its start until the day of its response", () => {
    const s = stage("stage1", "2021-05-04", { respondedOn: "2021-05-14" });
    expect([isStageOpenOn(s, "2021-05-03"), isStageOpenOn(s, "2021-05-04"), isStageOpenOn(s, "2021-05-14")]).toEqual([false, true, false]);
  });
});
