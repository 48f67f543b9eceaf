import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NARRATIVE_WITHHELD } from "../services/read-narrative";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

// Issue 9 finding 2 (the part about auditors): auditors read learning-action text about the child, unaudited.

let h: Harness;
let caseId = "";

beforeAll(async () => {
  h = await startHarness();
  const officer = await h.signIn("officer", "demo-north");
  const recorded = await h.gql<{ recordFeedback: { id: string } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
  expect(recorded.errors).toBeUndefined();
  caseId = recorded.data?.recordFeedback.id as string;
  const logged = await h.gql(
    `mutation($input: LogLearningActionInput!) { logLearningAction(input: $input) { id } }`,
    { input: { caseId, description: "Narrative about the child's placement move" } },
    officer,
  );
  expect(logged.errors).toBeUndefined();
});
afterAll(async () => h?.stop());

const LEARNING = `query($id: ID!) { case(id: $id) { id learningActions { id summary status } } }`;

describe("auditors read metadata, not narrative; every read of narrative audited", () => {
  it("withholds learning-action text from an auditor, who still sees the metadata", async () => {
    const auditor = await h.signIn("auditor", "demo-north");
    const answer = await h.gql<{ case: { learningActions: Array<{ summary: string; status: string }> } }>(LEARNING, { id: caseId }, auditor);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.case.learningActions).toHaveLength(1);
    expect(answer.data?.case.learningActions[0]?.summary).toBe(NARRATIVE_WITHHELD);
    expect(JSON.stringify(answer.data)).not.toMatch(/placement move/);
  });

  it("audits a manager's read of the narrative", async () => {
    const manager = await h.signIn("manager", "demo-north");
    const before = await h.db.prisma.auditLog.count({ where: { councilId: "demo-north", action: "read_personal_data", caseId } });
    const answer = await h.gql<{ case: { learningActions: Array<{ summary: string }> } }>(LEARNING, { id: caseId }, manager);
    expect(answer.data?.case.learningActions[0]?.summary).toBe("Narrative about the child's placement move");
    expect(await h.db.prisma.auditLog.count({ where: { councilId: "demo-north", action: "read_personal_data", caseId } })).toBe(before + 1);
  });
});
