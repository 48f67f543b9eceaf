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
    expect(open.allowedActionDetails).toContainEqual({ action: "closeCase", stage: null });
    expect(open.allowedActionDetails).not.toContainEqual({ action: "reopenCase", stage: null });

    const noReason = await h.gql(CLOSE, { input: { caseId: open.id, version: open.version, closedOn: "2026-06-24", reason: " " } }, officer);
    expect(noReason.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(noReason.errors?.[0]?.message).toMatch(/reason/);

    const closed = await h.gql<{ closeCase: CaseView }>(CLOSE, { input: { caseId: open.id, version: open.version, closedOn: "2026-06-24", reason: "Resolved on the phone" } }, officer);
    expect(closed.errors).toBeUndefined();
    const c = closed.data?.closeCase as CaseView;
    expect(c).toMatchObject({ status: "closed", closedOn: "2026-06-24", nextDueOn: null });
    expect(c.allowedActionDetails.map((a) => a.action).sort()).toEqual(["referToLgsco", "reopenCase"]);

    const acknowledge = caseMutation("acknowledgeCase", "DatedCaseChangeInput");
    const refused = await h.gql(acknowledge, { input: { caseId: c.id, version: c.version, on: "2026-06-25" } }, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/closed on 2026-06-24/);
    const twice = await h.gql(CLOSE, { input: { caseId: c.id, version: c.version, closedOn: "2026-06-25", reason: "again" } }, officer);
    expect(twice.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const reopened = await h.gql<{ reopenCase: CaseView }>(REOPEN, { input: { caseId: c.id, version: c.version, reopenedOn: "2026-06-26", reason: "The family came back" } }, officer);
    expect(reopened.errors).toBeUndefined();
    const r = reopened.data?.reopenCase as CaseView;
    expect(r).toMatchObject({ status: "in_stage", closedOn: null });
    expect(r.nextDueOn).not.toBeNull();
    expect(r.allowedActionDetails).toContainEqual({ action: "closeCase", stage: null });
    expect((await h.gql(REOPEN, { input: { caseId: r.id, version: r.version, reopenedOn: "2026-06-29", reason: "x" } }, officer)).errors?.[0]?.message).toMatch(/not closed/);

    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-north", caseId: c.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["closeCase", "reopenCase"]));
    const reasons = await h.db.prisma.caseNarrative.findMany({ where: { councilId: "demo-north", caseId: c.id, kind: "event_reason" } });
    expect(reasons.map((n) => n.text).sort()).toEqual(["Resolved on the phone", "The family came back"]);
  });
});
