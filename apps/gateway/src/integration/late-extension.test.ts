import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

/**
 * Issue 8: received 5 Nov with Stage 1 due 19 Nov, an extension dated 1 Dec was accepted and a response on 2 Dec
 * reported as met. An extension is agreed on or before the deadline it extends (SI 2006/1738 reg 14); a late
 * response is late.
 */
let h: Harness;
let officer: string;
type CaseView = {
  id: string;
  version: number;
  points: { pointRef: string }[];
  stages: { stage: string; dueOn: string; met: boolean | null; extended: boolean; timescaleWorkingDays: number }[];
};

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", "demo-north");
}, 120_000);
afterAll(async () => h?.stop());

describe("an extension agreed after the deadline it extends", () => {
  it("is refused citing reg 14, and the late response is reported as not met", async () => {
    const recorded = await h.gql<{ recordFeedback: CaseView }>(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2025-11-05" }) }, officer);
    expect(recorded.errors).toBeUndefined();
    let c = recorded.data?.recordFeedback as CaseView;
    expect(c.stages[0]?.dueOn).toBe("2025-11-19");

    const extend = caseMutation("agreeExtension", "AgreeExtensionInput");
    const late = await h.gql(
      extend,
      { input: { caseId: c.id, version: c.version, on: "2025-12-01", stage: "STAGE_1", totalWorkingDays: 20, reason: "complex" } },
      officer,
    );
    expect(late.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(late.errors?.[0]?.message).toMatch(/on or before the deadline it extends \(SI 2006\/1738 reg 14\).*due on 2025-11-19.*dated 2025-12-01/);

    const outcomes = c.points.map((p) => ({ pointId: p.pointRef, outcome: "UPHELD" }));
    const CLOCKS = `mutation($input: RecordStageResponseInput!) { recordStageResponse(input: $input) { id version points { pointRef } stages { stage dueOn met extended timescaleWorkingDays } clocks { clockId owedBy } } }`;
    const answered = await h.gql<{ recordStageResponse: CaseView & { clocks: { clockId: string; owedBy: string }[] } }>(
      CLOCKS,
      { input: { caseId: c.id, version: c.version, on: "2025-12-02", stage: "STAGE_1", outcomes } },
      officer,
    );
    expect(answered.errors).toBeUndefined();
    const after = answered.data?.recordStageResponse;
    c = after as CaseView;
    expect(c.stages[0]).toMatchObject({ met: false, extended: false, timescaleWorkingDays: 10 });
    // The complainant's window to ask for Stage 2 is shown apart from the clocks the council owes.
    expect(after?.clocks).toEqual(
      expect.arrayContaining([
        { clockId: "stage2_request", owedBy: "COMPLAINANT" },
        { clockId: "stage1", owedBy: "COUNCIL" },
      ]),
    );
  });

  it("is taken on the deadline day itself", async () => {
    const recorded = await h.gql<{ recordFeedback: CaseView }>(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2025-11-05" }) }, officer);
    const c = recorded.data?.recordFeedback as CaseView;
    const extend = caseMutation("agreeExtension", "AgreeExtensionInput");
    const onTime = await h.gql<{ agreeExtension: CaseView }>(
      extend,
      { input: { caseId: c.id, version: c.version, on: "2025-11-19", stage: "STAGE_1", totalWorkingDays: 20, reason: "complex" } },
      officer,
    );
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data?.agreeExtension.stages[0]).toMatchObject({ extended: true, timescaleWorkingDays: 20, dueOn: "2025-12-03" });
  });
});
