import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

let h: Harness;
let officer: string;
let caseId: string;
let version: number;

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", "demo-north");
  const created = await h.gql<{ recordFeedback: { id: string; version: number } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
  caseId = created.data?.recordFeedback.id as string;
  version = created.data?.recordFeedback.version as number;
});
afterAll(async () => h?.stop());

/**
 * A complaint just received at Stage 1: every step that belongs later in the procedure is refused by the rules
 * engine with a message a complaints officer understands, and the case is left as it was.
 */
const OUT_OF_ORDER: Array<[string, string, Record<string, unknown>, RegExp]> = [
  ["agreeStatement", "DatedCaseChangeInput", {}, /Stage 2/],
  ["appointInvestigator", "AppointInvestigatorInput", { role: "INDEPENDENT_PERSON", name: "IP" }, /Stage 2/],
  ["recordAdjudication", "StageDecisionInput", {}, /Stage 2/],
  ["holdReviewPanel", "DatedCaseChangeInput", {}, /Stage 3|panel/i],
  ["reportReviewPanel", "ReportReviewPanelInput", {}, /Stage 3|panel/i],
  ["recordCouncilResponse", "StageDecisionInput", {}, /Stage 3|panel/i],
  ["recordLgscoDecision", "RecordLgscoDecisionInput", { decision: "UPHELD" }, /Ombudsman|LGSCO|refer/i],
  ["requestEscalation", "RequestEscalationInput", { to: "STAGE_3" }, /Stage/],
  ["resumeCase", "DatedCaseChangeInput", {}, /suspend/i],
];

describe("steps out of order are refused with the rules engine's message", () => {
  for (const [name, inputType, extra, message] of OUT_OF_ORDER) {
    it(`${name} before its stage`, async () => {
      const answer = await h.gql(caseMutation(name, inputType), { input: { caseId, version, on: "2026-01-08", ...extra } }, officer);
      expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(answer.errors?.[0]?.message).toMatch(message);
      expect(answer.data).toBeNull();
    });
  }

  it("refuses an event dated after today and a second acknowledgement", async () => {
    const future = await h.gql(caseMutation("acknowledgeCase", "DatedCaseChangeInput"), { input: { caseId, version, on: "2026-07-01" } }, officer);
    expect(future.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Refused for its date alone: the error names the date field, so a form shows it there.
    expect(future.errors?.[0]?.extensions?.field).toEqual(["input", "on"]);
    expect(future.errors?.[0]?.message).toMatch(/after today/);
    const first = await h.gql<{ acknowledgeCase: { version: number } }>(
      caseMutation("acknowledgeCase", "DatedCaseChangeInput"),
      { input: { caseId, version, on: "2026-01-06" } },
      officer,
    );
    const next = first.data?.acknowledgeCase.version as number;
    const second = await h.gql(
      caseMutation("acknowledgeCase", "DatedCaseChangeInput"),
      { input: { caseId, version: next, on: "2026-01-07" } },
      officer,
    );
    expect(second.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    version = next;
  });

  it("left the case as it was after every refusal", async () => {
    const events = await h.db.prisma.caseEvent.findMany({ where: { caseId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["received", "procedure_decided", "acknowledged"]);
    const row = await h.db.prisma.case.findFirstOrThrow({ where: { id: caseId } });
    expect(row.version).toBe(version);
  });
});
