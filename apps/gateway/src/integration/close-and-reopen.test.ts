import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

/** closeCase and reopenCase (issue 8): audited; after closure only reopening and the Ombudsman are offered. */
let h: Harness;
let officer: string;
type Action = { action: string; stage: string | null };
type CaseView = { id: string; version: number; status: string; closedOn: string | null; nextDueOn: string | null; allowedActionDetails: Action[] };
const FIELDS = `id version status closedOn nextDueOn allowedActionDetails { action stage }`;
const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { ${FIELDS} } }`;
const REOPEN = `mutation($input: ReopenCaseInput!) { reopenCase(input: $input) { ${FIELDS} } }`;
const RECORD = `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { ${FIELDS} } }`;

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", "demo-north");
}, 120_000);
afterAll(async () => h?.stop());

describe("closing and reopening a case", () => {
  it("closes with a reason, then offers only reopening and the Ombudsman; reopening runs the clocks again", async () => {
    expect(RECORD_FEEDBACK).toContain("recordFeedback");
    const recorded = await h.gql<{ recordFeedback: CaseView }>(RECORD, { input: complaint({ receivedOn: "2026-06-22" }) }, officer);
    expect(recorded.errors).toBeUndefined();
    const open = recorded.data?.recordFeedback as CaseView;
    expect(open.allowedActionDetails).toContainEqual({ action: "CLOSE_CASE", stage: null });
    expect(open.allowedActionDetails).not.toContainEqual({ action: "REOPEN_CASE", stage: null });

    const noReason = await h.gql(CLOSE, { input: { caseId: open.id, version: open.version, closedOn: "2026-06-24", reason: " " } }, officer);
    expect(noReason.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(noReason.errors?.[0]?.message).toMatch(/reason/);

    const closed = await h.gql<{ closeCase: CaseView }>(
      CLOSE,
      { input: { caseId: open.id, version: open.version, closedOn: "2026-06-24", reason: "Resolved on the phone" } },
      officer,
    );
    expect(closed.errors).toBeUndefined();
    const c = closed.data?.closeCase as CaseView;
    expect(c).toMatchObject({ status: "CLOSED", closedOn: "2026-06-24", nextDueOn: null });
    expect(c.allowedActionDetails.map((a) => a.action).sort()).toEqual(["REFER_TO_LGSCO", "REOPEN_CASE"]);

    const acknowledge = caseMutation("acknowledgeCase", "DatedCaseChangeInput");
    const refused = await h.gql(acknowledge, { input: { caseId: c.id, version: c.version, on: "2026-06-25" } }, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/closed on 2026-06-24/);
    const twice = await h.gql(CLOSE, { input: { caseId: c.id, version: c.version, closedOn: "2026-06-25", reason: "again" } }, officer);
    expect(twice.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const reopened = await h.gql<{ reopenCase: CaseView }>(
      REOPEN,
      { input: { caseId: c.id, version: c.version, reopenedOn: "2026-06-26", reason: "The family came back" } },
      officer,
    );
    expect(reopened.errors).toBeUndefined();
    const r = reopened.data?.reopenCase as CaseView;
    expect(r).toMatchObject({ status: "IN_STAGE", closedOn: null });
    expect(r.nextDueOn).not.toBeNull();
    expect(r.allowedActionDetails).toContainEqual({ action: "CLOSE_CASE", stage: null });
    expect(
      (await h.gql(REOPEN, { input: { caseId: r.id, version: r.version, reopenedOn: "2026-06-29", reason: "x" } }, officer)).errors?.[0]?.message,
    ).toMatch(/not closed/);

    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-north", caseId: c.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["closeCase", "reopenCase"]));
    const reasons = await h.db.prisma.caseNarrative.findMany({ where: { councilId: "demo-north", caseId: c.id, kind: "event_reason" } });
    expect(reasons.map((n) => n.text).sort()).toEqual(["Resolved on the phone", "The family came back"]);
  });

  it("goes straight to Stage 2 by agreement, saying who agreed", async () => {
    const START = `mutation($input: StartStageInput!) { startStage(input: $input) { ${FIELDS} currentStage timeline { nodes { type } } } }`;
    const recorded = await h.gql<{ recordFeedback: CaseView }>(RECORD, { input: complaint({ receivedOn: "2026-06-22" }) }, officer);
    const c = recorded.data?.recordFeedback as CaseView;
    expect(c.allowedActionDetails).toContainEqual({ action: "START_STAGE", stage: "STAGE_2" });
    const noOne = await h.gql(START, { input: { caseId: c.id, version: c.version, on: "2026-06-23", stage: "STAGE_2" } }, officer);
    expect(noOne.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(noOne.errors?.[0]?.message).toMatch(/by agreement with the complainant, saying who agreed/);
    const agreed = await h.gql<{ startStage: CaseView & { currentStage: string } }>(
      START,
      { input: { caseId: c.id, version: c.version, on: "2026-06-23", stage: "STAGE_2", agreedBy: "Head of Safeguarding" } },
      officer,
    );
    expect(agreed.errors).toBeUndefined();
    expect(agreed.data?.startStage).toMatchObject({ currentStage: "STAGE_2", status: "IN_STAGE" });
    const event = await h.db.prisma.caseEvent.findFirst({ where: { councilId: "demo-north", caseId: c.id, type: "stage_started" } });
    expect(event?.payload).toMatchObject({ stage: "stage2", agreedBy: "Head of Safeguarding" });
  });

  it("accepts the request for Stage 2 only once Stage 1 is overdue", async () => {
    const ESCALATE = `mutation($input: RequestEscalationInput!) { requestEscalation(input: $input) { ${FIELDS} currentStage } }`;
    // Received 1 June 2026: Stage 1 due 15 June (10 working days, SI 2006/1738 reg 14); today is 30 June.
    const recorded = await h.gql<{ recordFeedback: CaseView }>(RECORD, { input: complaint({ receivedOn: "2026-06-01" }) }, officer);
    const c = recorded.data?.recordFeedback as CaseView;
    expect(c.allowedActionDetails).toContainEqual({ action: "REQUEST_ESCALATION", stage: "STAGE_2" });
    const early = await h.gql(ESCALATE, { input: { caseId: c.id, version: c.version, on: "2026-06-12", to: "STAGE_2" } }, officer);
    expect(early.errors?.[0]?.message).toMatch(/open and in time: its response is due on 2026-06-15/);
    const overdue = await h.gql<{ requestEscalation: CaseView & { currentStage: string } }>(
      ESCALATE,
      { input: { caseId: c.id, version: c.version, on: "2026-06-16", to: "STAGE_2" } },
      officer,
    );
    expect(overdue.errors).toBeUndefined();
    expect(overdue.data?.requestEscalation.currentStage).toBe("STAGE_2");
  });

  it("refuses to decline a complaint on a ground no law provides", async () => {
    const MARK = `mutation($input: MarkNotConsideredInput!) { markNotConsidered(input: $input) { ${FIELDS} } }`;
    const recorded = await h.gql<{ recordFeedback: CaseView }>(RECORD, { input: complaint({ receivedOn: "2026-06-22" }) }, officer);
    const c = recorded.data?.recordFeedback as CaseView;
    const refused = await h.gql(MARK, { input: { caseId: c.id, version: c.version, on: "2026-06-23", reason: "INSUFFICIENT_EVIDENCE" } }, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/reason.*not a ground for declining a complaint/);
    const court = await h.gql<{ markNotConsidered: CaseView }>(
      MARK,
      { input: { caseId: c.id, version: c.version, on: "2026-06-23", reason: "COURT_PROCEEDINGS" } },
      officer,
    );
    expect(court.errors).toBeUndefined();
    expect(court.data?.markNotConsidered.status).toBe("NOT_CONSIDERED");
  });
});
