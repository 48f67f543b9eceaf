import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { councilClient } from "../db/client";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { CASE_MUTATIONS } from "../testing/mutation-table";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let northCaseId: string;
let northLearningId: string;
let northTeamId: string;
let south: string;
let southAuditor: string;

const codes = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.map((e) => e.extensions?.code);

beforeAll(async () => {
  h = await startHarness();
  const north = await h.signIn("officer", "demo-north");
  const created = await h.gql<{ recordFeedback: { id: string } }>(RECORD_FEEDBACK, { input: complaint() }, north);
  northCaseId = created.data?.recordFeedback.id as string;
  const learning = await h.gql<{ logLearningAction: { id: string } }>(
    `mutation($input: LogLearningActionInput!) { logLearningAction(input: $input) { id } }`,
    { input: { caseId: northCaseId, description: "Return calls within a day" } },
    north,
  );
  northLearningId = learning.data?.logLearningAction.id as string;
  const teams = await h.gql<{ council: { teams: Array<{ id: string }> } }>(`{ council { teams { id } } }`, {}, north);
  northTeamId = teams.data?.council.teams[0]?.id as string;
  south = await h.signIn("manager", "demo-south");
  southAuditor = await h.signIn("auditor", "demo-south");
});
afterAll(async () => h?.stop());

async function northVersion(): Promise<number> {
  const row = await h.db.prisma.case.findUniqueOrThrow({ where: { councilId_id: { councilId: "demo-north", id: northCaseId } } });
  return row.version;
}

describe("councils are walled off", () => {
  it("answers NOT_FOUND for another council's case, exactly as for an id that does not exist", async () => {
    const theirs = await h.gql(`query($id: ID!) { case(id: $id) { reference } }`, { id: northCaseId }, south);
    const nobody = await h.gql(`query($id: ID!) { case(id: $id) { reference } }`, { id: "7d2f4c1e-0000-4000-8000-000000000000" }, south);
    expect(codes(theirs)).toEqual(["NOT_FOUND"]);
    expect(theirs.errors?.[0]?.message).toBe(nobody.errors?.[0]?.message);
    expect(theirs.data).toBeNull();
  });

  it("lists, counts and worklists only the viewer's council", async () => {
    const answer = await h.gql<{
      cases: { totalCount: number; edges: unknown[] };
      worklist: { totalCount: number; nodes: unknown[] };
      caseCounts: Array<{ count: number }>;
    }>(
      `{ cases { totalCount edges { node { id } } } worklist(withinDays: 365) { totalCount nodes { id } } caseCounts(groupBy: STATUS) { key count } }`,
      {},
      south,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.cases).toEqual({ totalCount: 0, edges: [] });
    expect(answer.data?.worklist).toEqual({ totalCount: 0, nodes: [] });
    expect(answer.data?.caseCounts).toEqual([]);
  });

  it("refuses every case mutation on another council's case with NOT_FOUND and changes nothing", async () => {
    const before = await northVersion();
    const eventsBefore = await h.db.prisma.caseEvent.count({ where: { caseId: northCaseId } });
    for (const m of CASE_MUTATIONS) {
      const answer = await h.gql(
        `mutation($input: ${m.inputType}!) { ${m.name}(input: $input) { id } }`,
        { input: m.input(northCaseId, before) },
        south,
      );
      expect(codes(answer), m.name).toEqual(["NOT_FOUND"]);
    }
    const learning = await h.gql(
      `mutation($input: LogLearningActionInput!) { logLearningAction(input: $input) { id } }`,
      { input: { caseId: northCaseId, description: "x" } },
      south,
    );
    const complete = await h.gql(
      `mutation($input: CompleteLearningActionInput!) { completeLearningAction(input: $input) { id } }`,
      { input: { learningActionId: northLearningId, on: "2026-02-01" } },
      south,
    );
    expect([codes(learning), codes(complete)]).toEqual([["NOT_FOUND"], ["NOT_FOUND"]]);
    expect(await northVersion()).toBe(before);
    expect(await h.db.prisma.caseEvent.count({ where: { caseId: northCaseId } })).toBe(eventsBefore);
    const action = await h.db.prisma.learningAction.findFirstOrThrow({ where: { id: northLearningId } });
    expect(action.status).toBe("open");
  });

  it("will not file a case under another council's team", async () => {
    const answer = await h.gql(RECORD_FEEDBACK.replace("{ id reference", "{ id reference"), { input: complaint({ teamId: northTeamId }) }, south);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.message).toBe("input.teamId: no such team in your council");
    expect(await h.db.prisma.case.count({ where: { councilId: "demo-south" } })).toBe(0);
  });

  it("shows another council's audit records to nobody", async () => {
    const answer = await h.gql<{ auditLog: { totalCount: number; nodes: Array<{ caseId: string | null }> } }>(
      `query($id: ID) { auditLog(caseId: $id) { totalCount nodes { caseId action } } }`,
      { id: northCaseId },
      southAuditor,
    );
    expect(answer.data?.auditLog).toEqual({ totalCount: 0, nodes: [] });
  });

  it("has PostgreSQL row-level security as the second wall", async () => {
    const southClient = councilClient(h.db.prisma, "demo-south");
    expect(await southClient.case.findMany({ where: { id: northCaseId } })).toEqual([]);
    expect(await southClient.case.count()).toBe(0);
    const northClient = councilClient(h.db.prisma, "demo-north");
    expect(await northClient.case.count()).toBe(1);
  });
});
