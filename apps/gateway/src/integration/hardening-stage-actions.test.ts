import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";
import { graphqlEnumName } from "../schema/enum-values";

interface CaseView {
  id: string;
  version: number;
  allowedActions: string[];
  allowedActionDetails: Array<{ action: string; stage: string | null }>;
}

const FIELDS = `id version allowedActions allowedActionDetails { action stage }`;
const ACKNOWLEDGE = `mutation($input: DatedCaseChangeInput!, $stage: Stage) { acknowledgeCase(input: $input, stage: $stage) { ${FIELDS} } }`;

let h: Harness;
let officer: string;

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("manager", "demo-north");
});
afterAll(async () => h?.stop());

async function step(name: string, inputType: string, input: Record<string, unknown>): Promise<CaseView> {
  const document = `mutation($input: ${inputType}!) { ${name}(input: $input) { ${FIELDS} } }`;
  const answer = await h.gql<Record<string, CaseView>>(document, { input }, officer);
  expect(answer.errors).toBeUndefined();
  return answer.data?.[name] as CaseView;
}

async function acknowledge(c: CaseView, on: string, stage?: string) {
  const answer = await h.gql<{ acknowledgeCase: CaseView }>(ACKNOWLEDGE, { input: { caseId: c.id, version: c.version, on }, stage }, officer);
  return { view: answer.data?.acknowledgeCase ?? null, error: answer.errors?.[0] ?? null };
}

/** A children's complaint acknowledged, answered at Stage 1 and escalated: the Stage 2 request awaits acknowledgement. */
async function escalated(): Promise<CaseView> {
  const created = await h.gql<{ recordFeedback: { id: string; version: number } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
  expect(created.errors).toBeUndefined();
  let c = created.data?.recordFeedback as CaseView;
  c = (await acknowledge(c, "2026-01-06")).view as CaseView;
  expect(c.allowedActionDetails).not.toContainEqual({ action: "ACKNOWLEDGE_CASE", stage: null });
  c = await step("recordStageResponse", "RecordStageResponseInput", {
    caseId: c.id,
    version: c.version,
    on: "2026-01-16",
    stage: "STAGE_1",
    outcomes: [{ pointId: "1", outcome: "UPHELD" }],
  });
  return step("requestEscalation", "RequestEscalationInput", { caseId: c.id, version: c.version, on: "2026-01-26", to: "STAGE_2" });
}

describe("acknowledging a later stage's request, and the allowed actions with their stages", () => {
  it("lists { action, stage } pairs from the rules (the enum names of the mutations allowedActions still names)", async () => {
    const c = await escalated();
    expect(c.allowedActionDetails).toContainEqual({ action: "ACKNOWLEDGE_CASE", stage: "STAGE_2" });
    expect(c.allowedActionDetails).toContainEqual({ action: "AGREE_STATEMENT", stage: null });
    expect(c.allowedActionDetails).not.toContainEqual({ action: "ACKNOWLEDGE_CASE", stage: "STAGE_3" });
    expect(c.allowedActions).toContain("acknowledgeCase");
    expect(c.allowedActions.every((a) => /^[a-z][A-Za-z]+$/.test(a))).toBe(true);
    expect(new Set(c.allowedActionDetails.map((d) => d.action))).toEqual(new Set(c.allowedActions.map(graphqlEnumName)));
  });

  it("acknowledgeCase with stage acknowledges the Stage 2 request, once; a stage not requested is refused", async () => {
    const c = await escalated();
    const notRequested = await acknowledge(c, "2026-01-27", "STAGE_3");
    expect(notRequested.error?.extensions?.code).toBe("BAD_USER_INPUT");
    const { view, error } = await acknowledge(c, "2026-01-27", "STAGE_2");
    expect(error).toBeNull();
    expect(view?.allowedActionDetails).not.toContainEqual({ action: "ACKNOWLEDGE_CASE", stage: "STAGE_2" });
    const stored = await h.db.prisma.caseEvent.findMany({ where: { caseId: c.id, type: "acknowledged" }, orderBy: { seq: "asc" } });
    expect(stored.map((e) => e.payload)).toEqual([{}, { stage: "stage2" }]);
    const again = await acknowledge(view as CaseView, "2026-01-28", "STAGE_2");
    expect(again.error?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a stage outside the list", async () => {
    const c = await escalated();
    const answer = await h.gql(ACKNOWLEDGE, { input: { caseId: c.id, version: c.version, on: "2026-01-27" }, stage: "stage9" }, officer);
    expect(answer.errors?.[0]?.message).toMatch(/stage9/);
  });
});
