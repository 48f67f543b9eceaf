import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

interface CaseView {
  id: string;
  version: number;
  status: string;
  procedure: string | null;
  suspended: boolean;
  notConsideredReason: string | null;
  withdrawnOn: string | null;
  stages: Array<{ stage: string; dueOn: string; extended: boolean; timescaleWorkingDays: number }>;
  points: Array<{ pointRef: string; theme: string }>;
  clocks: Array<{ clockId: string; dueOn: string; daysPaused: number }>;
  allowedActions: string[];
}

let h: Harness;
let officer: string;
let c: CaseView;

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("manager", "demo-north");
});
afterAll(async () => h?.stop());

/** A fresh complaint (no procedure decided yet) for each test. */
beforeEach(async () => {
  const created = await h.gql<{ recordFeedback: CaseView }>(RECORD_FEEDBACK, { input: complaint({ procedure: null }) }, officer);
  expect(created.errors).toBeUndefined();
  c = created.data?.recordFeedback as CaseView;
});

async function run(name: string, inputType: string, input: Record<string, unknown>) {
  const answer = await h.gql<Record<string, CaseView>>(
    caseMutation(name, inputType),
    { input: { caseId: c.id, version: c.version, ...input } },
    officer,
  );
  return { view: answer.data?.[name] ?? null, error: answer.errors?.[0] ?? null };
}

describe("case mutations: happy paths and refusals", () => {
  it("decideProcedure puts the complaint under a procedure, once", async () => {
    const { view } = await run("decideProcedure", "DecideProcedureInput", { on: "2026-01-06", procedure: "CHILDRENS_STATUTORY" });
    expect(view?.procedure).toBe("CHILDRENS_STATUTORY");
    c = view as CaseView;
    const again = await run("decideProcedure", "DecideProcedureInput", { on: "2026-01-07", procedure: "CORPORATE" });
    expect(again.error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(again.error?.message).toMatch(/procedure/i);
  });

  it("markNotConsidered records the reason and stops the clocks; a reason outside the list is refused", async () => {
    const bad = await run("markNotConsidered", "MarkNotConsideredInput", { on: "2026-01-06", reason: "boredom" });
    expect(bad.error?.message).toMatch(/boredom/);
    const { view } = await run("markNotConsidered", "MarkNotConsideredInput", {
      on: "2026-01-06",
      reason: "COURT_PROCEEDINGS",
      detail: "care proceedings under way",
    });
    expect(view).toMatchObject({ status: "NOT_CONSIDERED", notConsideredReason: "COURT_PROCEEDINGS" });
  });

  it("agreeExtension takes Stage 1 to 20 working days, never beyond (SI 2006/1738 reg 14)", async () => {
    const tooLong = await run("agreeExtension", "AgreeExtensionInput", {
      on: "2026-01-12",
      stage: "STAGE_1",
      totalWorkingDays: 25,
      reason: "complex",
    });
    expect(tooLong.error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooLong.error?.message).toMatch(/20/);
    const { view } = await run("agreeExtension", "AgreeExtensionInput", {
      on: "2026-01-12",
      stage: "STAGE_1",
      totalWorkingDays: 20,
      reason: "complex",
    });
    expect(view?.stages[0]).toMatchObject({ extended: true, timescaleWorkingDays: 20, dueOn: "2026-02-02" });
  });

  it("suspendCase pauses and resumeCase restarts; resuming a case that is not suspended is refused", async () => {
    const notSuspended = await run("resumeCase", "DatedCaseChangeInput", { on: "2026-01-08" });
    expect(notSuspended.error?.message).toMatch(/suspend/i);
    const suspended = await run("suspendCase", "SuspendCaseInput", { on: "2026-01-08", reason: "advocate being appointed" });
    expect(suspended.view).toMatchObject({ status: "SUSPENDED", suspended: true });
    c = suspended.view as CaseView;
    const resumed = await run("resumeCase", "DatedCaseChangeInput", { on: "2026-01-15" });
    expect(resumed.error).toBeNull();
    expect(resumed.view?.suspended).toBe(false);
    // Five working days paused move the Stage 1 due date on from 19 Jan to 26 Jan.
    expect(resumed.view?.clocks.find((k) => k.clockId === "stage1")).toMatchObject({ dueOn: "2026-01-26", daysPaused: 5 });
  });

  it("withdrawCase ends the case; nothing but the LGSCO is allowed afterwards", async () => {
    const { view } = await run("withdrawCase", "DatedCaseChangeInput", { on: "2026-01-09" });
    expect(view).toMatchObject({ status: "WITHDRAWN", withdrawnOn: "2026-01-09" });
    expect(view?.allowedActions).not.toContain("acknowledgeCase");
    c = view as CaseView;
    const late = await run("acknowledgeCase", "DatedCaseChangeInput", { on: "2026-01-10" });
    expect(late.error?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("addPointOfComplaint adds a point with its reason; an unknown theme is refused", async () => {
    const bad = await run("addPointOfComplaint", "AddPointOfComplaintInput", { summary: "x", reasonTheme: "weather" });
    expect(bad.error).not.toBeNull();
    const { view } = await run("addPointOfComplaint", "AddPointOfComplaintInput", {
      summary: "Contact cancelled",
      reasonTheme: "CONTACT_ARRANGEMENTS",
    });
    expect(view?.points.map((p) => [p.pointRef, p.theme])).toEqual([
      ["1", "COMMUNICATION"],
      ["2", "DECISION_MAKING"],
      ["3", "CONTACT_ARRANGEMENTS"],
    ]);
  });

  it("allocateCase refuses an officer who is not in the council", async () => {
    const { error } = await run("allocateCase", "AllocateCaseInput", { officerId: "00000000-0000-4000-8000-000000000000" });
    expect(error?.message).toBe("input.officerId: no complaints officer or manager with this id in your council");
    const nothing = await run("allocateCase", "AllocateCaseInput", {});
    expect(nothing.error?.message).toBe("input.teamId: give a team, an officer or both");
  });

  it("logLearningAction and completeLearningAction take a learning action from issue to completion", async () => {
    const logged = await h.gql<{ logLearningAction: { id: string; status: string } }>(
      `mutation($input: LogLearningActionInput!) { logLearningAction(input: $input) { id status identifiedOn } }`,
      { input: { caseId: c.id, description: "Duty desk returns calls the same day", dueOn: "2026-09-30" } },
      officer,
    );
    const id = logged.data?.logLearningAction.id as string;
    expect(logged.data?.logLearningAction).toMatchObject({ status: "OPEN", identifiedOn: "2026-06-30" });
    const complete = `mutation($input: CompleteLearningActionInput!) { completeLearningAction(input: $input) { status completedOn } }`;
    const early = await h.gql(complete, { input: { learningActionId: id, on: "2026-01-01" } }, officer);
    expect(early.errors?.[0]?.message).toBe("input.on: a learning action cannot be completed before it was identified");
    const done = await h.gql(complete, { input: { learningActionId: id, on: "2026-07-01" } }, officer);
    expect(done.data).toEqual({ completeLearningAction: { status: "COMPLETED", completedOn: "2026-07-01" } });
    const twice = await h.gql(complete, { input: { learningActionId: id, on: "2026-07-02" } }, officer);
    expect(twice.errors?.[0]?.message).toBe("input.learningActionId: this learning action is already completed");
  });
});

describe("queries", () => {
  it("filters and sorts the cases connection and pages it", async () => {
    const child = await h.gql<{ recordFeedback: { id: string } }>(
      RECORD_FEEDBACK,
      {
        input: complaint({
          madeByChild: true,
          complainantRelationship: "CHILD_OR_YOUNG_PERSON",
          receivedOn: "2026-02-02",
          gender: "not_given",
          ageBand: "13-15",
        }),
      },
      officer,
    );
    expect(child.errors).toBeUndefined();
    const answer = await h.gql<{ cases: { totalCount: number; edges: Array<{ node: { id: string; receivedOn: string } }> } }>(
      `{ cases(filter: { madeByChild: true, receivedFrom: "2026-02-01" }, sort: RECEIVED_NEWEST) { totalCount edges { node { id receivedOn } } } }`,
      {},
      officer,
    );
    expect(answer.data?.cases.totalCount).toBe(1);
    expect(answer.data?.cases.edges[0]?.node.id).toBe(child.data?.recordFeedback.id);
    const facts = await h.db.prisma.case.findFirstOrThrow({ where: { id: child.data?.recordFeedback.id } });
    expect([facts.gender, facts.ageBand, facts.madeByChild]).toEqual(["not_given", "13-15", true]);
    type Page = { cases: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean } } };
    const pageQuery = `query($after: String) { cases(first: 1, after: $after, sort: RECEIVED_OLDEST) { edges { cursor node { id } } pageInfo { hasNextPage } } }`;
    const page = await h.gql<Page>(pageQuery, {}, officer);
    expect(page.data?.cases.edges).toHaveLength(1);
    expect(page.data?.cases.pageInfo.hasNextPage).toBe(true);
    const next = await h.gql<Page>(pageQuery, { after: page.data?.cases.edges[0]?.cursor }, officer);
    expect(next.errors).toBeUndefined();
    expect(next.data?.cases.edges[0]?.node.id).not.toBe(page.data?.cases.edges[0]?.node.id);
    const bad = await h.gql(`{ cases(filter: { receivedFrom: "2026-03-01", receivedTo: "2026-01-01" }) { totalCount } }`, {}, officer);
    expect(bad.errors?.[0]?.message).toBe("filter.receivedFrom: receivedFrom must not be after receivedTo");
  });

  it("puts overdue cases on the worklist", async () => {
    const answer = await h.gql<{ worklist: { nodes: Array<{ id: string; nextDueOn: string }> } }>(
      `{ worklist { nodes { id nextDueOn } } }`,
      {},
      officer,
    );
    expect(answer.data?.worklist.nodes.length).toBeGreaterThan(0);
    for (const row of answer.data?.worklist.nodes ?? []) expect(row.nextDueOn <= "2026-07-05").toBe(true);
    const overdue = await h.gql<{ cases: { totalCount: number } }>(`{ cases(filter: { overdue: true }) { totalCount } }`, {}, officer);
    expect(overdue.data?.cases.totalCount).toBeGreaterThan(0);
  });

  it("returns the council's configuration and who I am", async () => {
    const answer = await h.gql<{ council: { id: string; settings: unknown; teams: unknown[] }; me: { roles: string[] } }>(
      `{ council { id settings teams { code name serviceArea validFrom validTo } } me { councilId roles signedInWith } }`,
      {},
      officer,
    );
    expect(answer.data?.council.id).toBe("demo-north");
    expect(answer.data?.council.settings).toEqual({ acknowledgementWorkingDays: 3 });
    expect(answer.data?.council.teams.length).toBe(5);
    expect(answer.data?.me).toEqual({ councilId: "demo-north", roles: ["MANAGER"], signedInWith: "local" });
  });
});

describe("feedback that is not a complaint", () => {
  it("records a compliment without statutory clocks, so it is never due or overdue", async () => {
    const answer = await h.gql<{
      recordFeedback: { kind: string; nextDueOn: string | null; clocks: unknown[]; stages: unknown[]; currentStage: string | null };
    }>(
      RECORD_FEEDBACK,
      { input: complaint({ kind: "COMPLIMENT", procedure: null, points: [], summary: "Thank you to the leaving care team." }) },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordFeedback).toMatchObject({ kind: "COMPLIMENT", nextDueOn: null, clocks: [], stages: [], currentStage: null });
    const worklist = await h.gql<{ worklist: { nodes: Array<{ kind: string }> } }>(`{ worklist(withinDays: 365) { nodes { kind } } }`, {}, officer);
    expect(worklist.data?.worklist.nodes.map((w) => w.kind)).not.toContain("COMPLIMENT");
  });
});
