import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, TEST_TODAY, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

/**
 * Recommendations and the follow-up tracker over HTTP on a real PostgreSQL: an officer records recommendations
 * from Stage 2, the panel and the Ombudsman with an owner and a due date; moves one to done with its evidence
 * (version-locked: a stale version answers CONFLICT); the tracker lists them beside learning actions, filtered
 * by status, source and overdue, a page at a time; every change is audited; another council sees none of them.
 */
let h: Harness;
let manager: string;
let auditor: string;
let southManager: string;
let caseId: string;
let managerId: string;

type Item = {
  id: string;
  kind: string;
  source: string;
  summary: string;
  ownerName: string | null;
  dueOn: string | null;
  status: string;
  overdue: boolean;
  version: number | null;
  evidence: string | null;
  caseReference: string | null;
};
type Answer<T> = { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string; field?: Array<string | number> } }> };
const ITEM = "id kind source summary ownerName dueOn status overdue version evidence caseReference";
const RECORD = `mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { ${ITEM} } }`;
const TRACKER = `query($status: RecommendationStatus, $source: FollowUpSource, $overdue: Boolean, $first: Int, $offset: Int) {
  followUp(status: $status, source: $source, overdue: $overdue, first: $first, offset: $offset) { total items { ${ITEM} } } }`;

async function record(input: Record<string, unknown>, token = manager): Promise<Answer<{ recordRecommendation: Item }>> {
  return h.gql(RECORD, { input: { caseId, madeOn: "2026-03-02", ...input } }, token);
}
async function tracker(vars: Record<string, unknown> = {}, token = manager) {
  const answer = await h.gql<{ followUp: { total: number; items: Item[] } }>(TRACKER, vars, token);
  expect(answer.errors).toBeUndefined();
  return answer.data!.followUp;
}

beforeAll(async () => {
  h = await startHarness();
  manager = await h.signIn("manager", "demo-north");
  auditor = await h.signIn("auditor", "demo-north");
  southManager = await h.signIn("manager", "demo-south");
  const created = await h.gql<{ recordFeedback: { id: string } }>(RECORD_FEEDBACK, { input: complaint() }, manager);
  expect(created.errors).toBeUndefined();
  caseId = created.data!.recordFeedback.id;
  managerId = (await h.db.prisma.user.findUniqueOrThrow({ where: { email: "manager@demo-north.example" } })).id;
}, 240_000);
afterAll(async () => h?.stop());

describe("recommendations", () => {
  let panelItem: Item;

  it("records recommendations from each source, open, with owner and due date; the tracker marks the overdue one", async () => {
    const panel = await record({
      source: "REVIEW_PANEL",
      summary: "Review the contact policy for placements out of area",
      ownerId: managerId,
      dueOn: "2026-05-29",
    });
    expect(panel.errors).toBeUndefined();
    panelItem = panel.data!.recordRecommendation;
    expect(panelItem).toMatchObject({
      kind: "RECOMMENDATION",
      source: "REVIEW_PANEL",
      status: "OPEN",
      ownerName: expect.any(String),
      version: 1,
      overdue: true,
    });
    expect((await record({ source: "STAGE_2", summary: "Train duty staff on returning calls", dueOn: "2026-12-31" })).errors).toBeUndefined();
    expect((await record({ source: "OMBUDSMAN", summary: "Apologise and review the record-keeping guidance" })).errors).toBeUndefined();
    const learning = await h.gql(
      `mutation($input: LogLearningActionInput!) { logLearningAction(input: $input) { id owner { displayName } dueOn } }`,
      {
        input: { caseId, description: "Share the panel's findings with team managers", dueOn: "2026-04-01", ownerId: managerId },
      },
      manager,
    );
    expect(learning.errors).toBeUndefined();

    const all = await tracker();
    expect(all.total).toBe(4);
    // soonest due first, no due date last
    expect(all.items.map((i) => i.dueOn)).toEqual(["2026-04-01", "2026-05-29", "2026-12-31", null]);
    expect(
      all.items
        .filter((i) => i.overdue)
        .map((i) => i.source)
        .sort(),
    ).toEqual(["LEARNING", "REVIEW_PANEL"]);
    expect(all.items[0]).toMatchObject({ kind: "LEARNING_ACTION", ownerName: expect.any(String), caseReference: expect.stringMatching(/^2026-/) });
    expect((await tracker({ overdue: true })).total).toBe(2);
    expect((await tracker({ source: "OMBUDSMAN" })).items.map((i) => i.summary)).toEqual(["Apologise and review the record-keeping guidance"]);
    expect((await tracker({ source: "LEARNING" })).total).toBe(1);
    // The filters' choices name each value as its enum does on the wire, so the app sends back what it is given.
    const choices = await h.gql<{ followUpChoices: { statuses: Array<{ value: string }>; sources: Array<{ value: string }> } }>(
      `{ followUpChoices { statuses { value } sources { value } } }`,
      {},
      manager,
    );
    expect(choices.data!.followUpChoices.statuses.map((c) => c.value)).toEqual(["OPEN", "IN_PROGRESS", "DONE", "NOT_ACCEPTED"]);
    expect(choices.data!.followUpChoices.sources.map((c) => c.value)).toEqual(["STAGE_2", "REVIEW_PANEL", "OMBUDSMAN", "LEARNING"]);
    const page2 = await tracker({ first: 3, offset: 3 });
    expect(page2).toMatchObject({ total: 4, items: [{ dueOn: null }] });
    expect(TEST_TODAY > "2026-05-29").toBe(true);
  });

  it("marks one done only with the day and evidence, version-locked; done is no longer overdue", async () => {
    const base = { recommendationId: panelItem.id, version: 1, status: "DONE" };
    const noEvidence = await h.gql(UPDATE, { input: { ...base, completedOn: "2026-06-01" } }, manager);
    expect(noEvidence.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "evidence"] });
    const noDay = await h.gql(UPDATE, { input: { ...base, evidence: "Policy reissued in June" } }, manager);
    expect(noDay.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "completedOn"] });
    const early = await h.gql(UPDATE, { input: { ...base, completedOn: "2026-01-01", evidence: "Policy reissued" } }, manager);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "completedOn"] });

    const done = await h.gql<{ updateRecommendation: Item }>(
      UPDATE,
      { input: { ...base, completedOn: "2026-06-01", evidence: "Contact policy reissued, June 2026" } },
      manager,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.updateRecommendation).toMatchObject({
      status: "DONE",
      overdue: false,
      version: 2,
      evidence: "Contact policy reissued, June 2026",
    });
    const stale = await h.gql(UPDATE, { input: { recommendationId: panelItem.id, version: 1, status: "IN_PROGRESS" } }, manager);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await tracker({ status: "DONE" })).items.map((i) => i.id)).toEqual([panelItem.id]);
    expect((await tracker({ overdue: true })).total).toBe(1);

    const audit = await h.db.prisma.auditLog.findMany({
      where: { councilId: "demo-north", action: { in: ["recordRecommendation", "updateRecommendation"] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "recordRecommendation",
      "recordRecommendation",
      "recordRecommendation",
      "updateRecommendation",
    ]);
    expect(JSON.stringify(audit.map((a) => a.detail))).not.toMatch(/policy/i);
  });

  it("refuses bad input naming the field, and keeps councils and roles apart", async () => {
    const badSource = await record({ source: "nobody", summary: "Something to do" });
    expect(badSource.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badDue = await record({ source: "STAGE_2", summary: "Something to do", dueOn: "2026-01-01" });
    expect(badDue.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "dueOn"] });
    const badOwner = await record({ source: "STAGE_2", summary: "Something to do", ownerId: "00000000-0000-4000-8000-000000000000" });
    expect(badOwner.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "ownerId"] });
    const badPage = await h.gql(TRACKER, { first: 500 }, manager);
    expect(badPage.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["first"] });

    expect((await tracker({}, southManager)).total).toBe(0);
    const fromSouth = await record({ source: "STAGE_2", summary: "Something to do" }, southManager);
    expect(fromSouth.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const byAuditor = await record({ source: "STAGE_2", summary: "Something to do" }, auditor);
    expect(byAuditor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const seenByAuditor = await tracker({}, auditor);
    expect(seenByAuditor.total).toBe(4);
    expect(seenByAuditor.items.every((i) => i.summary.startsWith("[withheld"))).toBe(true);
  });
});
