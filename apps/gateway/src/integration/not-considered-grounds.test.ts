import { NOT_CONSIDERED_GROUNDS } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_TODAY, startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { CASE_FIELDS, RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

/** Grounds for not considering a complaint by their law (issue 8 item 4): reg 8 in part, reg 9, s.26(3)(e), local grounds. */
interface View {
  id: string;
  version: number;
  status: string;
  notConsideredReason: string | null;
  flags: Array<{ code: string; message: string }>;
  clocks: Array<{ clockId: string; stage: string | null; dueOn: string; stoppedOn: string | null }>;
  points: Array<{ pointRef: string; outcomes: Array<{ stage: string; outcome: string }> }>;
  notConsideredDecisions: Array<{
    reason: string;
    source: string;
    points: string[] | null;
    discretionExercised: boolean | null;
    decidedBy: string | null;
    localGround: string | null;
    localGroundLabel: string | null;
    endsCase: boolean;
  }>;
}

const DECISIONS = "notConsideredDecisions { reason source points discretionExercised decidedBy localGround localGroundLabel endsCase }";
const MARK = caseMutation("markNotConsidered", "MarkNotConsideredInput").replace(CASE_FIELDS, `${CASE_FIELDS} ${DECISIONS}`);
const RESPOND = caseMutation("recordStageResponse", "RecordStageResponseInput");
const COUNCIL = "demo-north";

let h: Harness;
let officer: string;

async function newCase(overrides: Record<string, unknown> = {}): Promise<View> {
  const answer = await h.gql<{ recordFeedback: View }>(RECORD_FEEDBACK, { input: complaint(overrides) }, officer);
  expect(answer.errors).toBeUndefined();
  return answer.data?.recordFeedback as View;
}

async function mark(c: View, input: Record<string, unknown>) {
  const answer = await h.gql<{ markNotConsidered: View }>(MARK, { input: { caseId: c.id, version: c.version, on: "2026-01-07", ...input } }, officer);
  return { view: answer.data?.markNotConsidered ?? null, error: answer.errors?.[0] ?? null };
}

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", COUNCIL);
});
afterAll(async () => h?.stop());

describe("not considered, by the ground's law", () => {
  it("reg 8 in whole ends the case; the decision and the audit carry the source", async () => {
    const { view, error } = await mark(await newCase(), { reason: "COURT_PROCEEDINGS" });
    expect(error).toBeNull();
    expect(view).toMatchObject({ status: "NOT_CONSIDERED", notConsideredReason: "COURT_PROCEEDINGS" });
    expect(view?.notConsideredDecisions).toEqual([
      expect.objectContaining({ reason: "COURT_PROCEEDINGS", points: null, endsCase: true, source: NOT_CONSIDERED_GROUNDS.court_proceedings.source }),
    ]);
    const audit = await h.db.prisma.auditLog.findFirst({ where: { councilId: COUNCIL, caseId: view?.id, action: "markNotConsidered" } });
    expect(audit?.detail).toMatchObject({
      event: "not_considered",
      ground: "court_proceedings",
      source: NOT_CONSIDERED_GROUNDS.court_proceedings.source,
      points: null,
    });
  });

  it("reg 8 in part leaves out one point; the other point keeps its clock and is answered", async () => {
    const c = await newCase();
    const before = c.clocks.find((k) => k.stage === "STAGE_1");
    const { view, error } = await mark(c, { reason: "POLICE_INVESTIGATION", points: ["2"] });
    expect(error).toBeNull();
    expect(view).toMatchObject({ status: "IN_STAGE", notConsideredReason: null });
    expect(view?.clocks.find((k) => k.stage === "STAGE_1")).toMatchObject({ dueOn: before?.dueOn, stoppedOn: null });
    expect(view?.notConsideredDecisions[0]).toMatchObject({
      points: ["2"],
      endsCase: false,
      source: NOT_CONSIDERED_GROUNDS.police_investigation.source,
    });
    const forLeftOut = await h.gql(
      RESPOND,
      { input: { caseId: c.id, version: view?.version, on: "2026-01-14", stage: "STAGE_1", outcomes: [{ pointId: "2", outcome: "UPHELD" }] } },
      officer,
    );
    expect(forLeftOut.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(forLeftOut.errors?.[0]?.message).toContain("Point of complaint 2 was not considered");
    const answered = await h.gql<{ recordStageResponse: View }>(
      RESPOND,
      { input: { caseId: c.id, version: view?.version, on: "2026-01-14", stage: "STAGE_1", outcomes: [{ pointId: "1", outcome: "UPHELD" }] } },
      officer,
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.recordStageResponse.points.find((p) => p.pointRef === "1")?.outcomes).toEqual([{ stage: "STAGE_1", outcome: "UPHELD" }]);
  });

  it("refuses points on a ground for the whole complaint, and a point the case does not have, naming points", async () => {
    const c = await newCase();
    const whole = await mark(c, { reason: "ANOTHER_ORGANISATION", points: ["1"] });
    expect(whole.error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "points"] });
    const unknown = await mark(c, { reason: "COURT_PROCEEDINGS", points: ["9"] });
    expect(unknown.error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "points"] });
    expect(unknown.error?.message).toContain('"9" is not a point of complaint of this case');
  });

  it("reg 9 needs the discretion flag and its reason; exercised, the late complaint runs on", async () => {
    const late = { groundsAroseOn: "2024-01-02" };
    const missing = await mark(await newCase(late), { reason: "OUT_OF_TIME", detail: "too long ago" });
    expect(missing.error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "discretionExercised"] });
    expect(missing.error?.message).toContain("SI 2006/1738 reg 9");
    const anyway = await mark(await newCase(late), { reason: "OUT_OF_TIME", discretionExercised: true, detail: "the child's safety is at issue" });
    expect(anyway.error).toBeNull();
    expect(anyway.view?.status).toBe("IN_STAGE");
    expect(anyway.view?.flags.find((f) => f.code === "late_complaint")?.message).toContain("the council decided to consider it anyway");
    const declined = await mark(await newCase(late), { reason: "OUT_OF_TIME", discretionExercised: false, detail: "records no longer held" });
    expect(declined.view).toMatchObject({ status: "NOT_CONSIDERED" });
    expect(declined.view?.notConsideredDecisions[0]?.discretionExercised).toBe(false);
  });

  it("s.26(3)(e) without the child's views is refused naming childViews; with them, the views are kept apart and who decided is recorded", async () => {
    const c = await newCase();
    const missing = await mark(c, { reason: "NO_SUFFICIENT_INTEREST", decidedBy: "Head of Service" });
    expect(missing.error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "childViews"] });
    expect(missing.error?.message).toContain("Children Act 1989 s.26(3)(e)");
    const { view, error } = await mark(c, {
      reason: "NO_SUFFICIENT_INTEREST",
      decidedBy: "Head of Service",
      childViews: "Sam does not want their uncle involved",
    });
    expect(error).toBeNull();
    expect(view?.notConsideredDecisions[0]).toMatchObject({ decidedBy: "Head of Service", endsCase: true });
    const event = await h.db.prisma.caseEvent.findFirstOrThrow({ where: { councilId: COUNCIL, caseId: c.id, type: "not_considered" } });
    expect(JSON.stringify(event.payload)).not.toContain("uncle");
    expect(
      await h.db.prisma.caseNarrative.count({ where: { councilId: COUNCIL, caseId: c.id, kind: "event_childViews", text: { contains: "uncle" } } }),
    ).toBe(1);
  });

  it("a local ground from the council's vocabulary is accepted with its words; an unknown one, or none, is refused naming localGround", async () => {
    const admin = await h.signIn("admin", COUNCIL);
    const PUBLISH = `mutation($input: PublishVocabularyVersionInput!) { publishVocabularyVersion(input: $input) { version } }`;
    const unnamed = await h.gql(
      PUBLISH,
      {
        input: {
          kind: "NOT_CONSIDERED_REASON",
          effectiveFrom: TEST_TODAY,
          entries: [{ code: "UNREASONABLE", label: "Unreasonable conduct", canonical: "other" }],
        },
      },
      admin,
    );
    expect(unnamed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "entries", 0, "policy"] });
    const published = await h.gql(
      `mutation($input: PublishVocabularyVersionInput!) { publishVocabularyVersion(input: $input) { version } }`,
      {
        input: {
          kind: "NOT_CONSIDERED_REASON",
          effectiveFrom: TEST_TODAY,
          entries: [
            { code: "COURT", label: "Court proceedings", canonical: "court_proceedings" },
            {
              code: "UNREASONABLE",
              label: "Unreasonable complainant conduct",
              canonical: "other",
              policy: "Unreasonable Behaviour Policy 2025, para 4",
            },
          ],
        },
      },
      admin,
    );
    expect(published.errors).toBeUndefined();
    const c = await newCase({ receivedOn: TEST_TODAY });
    const none = await mark(c, { on: TEST_TODAY, reason: "OTHER" });
    expect(none.error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "localGround"] });
    const unknown = await mark(c, { on: TEST_TODAY, reason: "OTHER", localGround: "BORED" });
    expect(unknown.error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "localGround"] });
    const { view, error } = await mark(c, { on: TEST_TODAY, reason: "OTHER", localGround: "UNREASONABLE" });
    expect(error).toBeNull();
    expect(view?.notConsideredDecisions[0]).toMatchObject({
      localGround: "UNREASONABLE",
      localGroundLabel: "Unreasonable complainant conduct",
      source: "Unreasonable Behaviour Policy 2025, para 4 (local policy)",
    });
    const audit = await h.db.prisma.auditLog.findFirst({ where: { councilId: COUNCIL, caseId: c.id, action: "markNotConsidered" } });
    expect(audit?.detail).toMatchObject({
      ground: "other",
      localGround: "UNREASONABLE",
      source: "Unreasonable Behaviour Policy 2025, para 4 (local policy)",
    });
    const row = await h.db.prisma.case.findUniqueOrThrow({
      where: { councilId_id: { councilId: COUNCIL, id: c.id } },
      select: { localNotConsideredReason: true },
    });
    expect(row.localNotConsideredReason).toBe("UNREASONABLE");
  });

  it("never offers a ground no law or policy gives", async () => {
    const refused = await mark(await newCase(), { reason: "INSUFFICIENT_EVIDENCE" });
    expect(refused.error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "reason"] });
    const offered = await h.gql<{
      notConsideredGrounds: Array<{ reason: string; code: string; source: string; inPart: boolean; requires: string[] }>;
    }>("{ notConsideredGrounds { reason code source inPart requires } }", {}, officer);
    const grounds = offered.data?.notConsideredGrounds ?? [];
    expect(grounds.map((g) => g.reason)).not.toContain("INSUFFICIENT_EVIDENCE");
    expect(grounds.find((g) => g.reason === "COURT_PROCEEDINGS")).toMatchObject({
      code: "court_proceedings",
      inPart: true,
      source: NOT_CONSIDERED_GROUNDS.court_proceedings.source,
    });
    expect(grounds.find((g) => g.reason === "NO_SUFFICIENT_INTEREST")?.requires).toEqual(["childViews", "decidedBy"]);
    // The council's own grounds map onto the stored code (its vocabulary's canonical), not the enum value.
    expect(grounds.find((g) => g.requires.includes("localGround"))).toMatchObject({ reason: "OTHER", code: "other" });
  });
});
