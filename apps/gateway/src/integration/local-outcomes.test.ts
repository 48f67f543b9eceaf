import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

interface View {
  id: string;
  version: number;
  stages: Array<{ stage: string; outcome: string | null }>;
  points: Array<{ pointRef: string; outcomes: Array<{ stage: string; outcome: string; localOutcome: string | null; outcomeLabel: string | null }> }>;
}

const FIELDS = `id version stages { stage outcome } points { pointRef outcomes { stage outcome localOutcome outcomeLabel } }`;
const RESPOND = `mutation($input: RecordStageResponseInput!) { recordStageResponse(input: $input) { ${FIELDS} } }`;
const ACKNOWLEDGE = `mutation($input: DatedCaseChangeInput!) { acknowledgeCase(input: $input) { ${FIELDS} } }`;
const COUNCIL = "demo-north";

let h: Harness;
let officer: string;

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", COUNCIL);
});
afterAll(async () => h?.stop());

async function acknowledged(): Promise<View> {
  const created = await h.gql<{ recordFeedback: View }>(RECORD_FEEDBACK, { input: complaint() }, officer);
  expect(created.errors).toBeUndefined();
  const c = created.data?.recordFeedback as View;
  const ack = await h.gql<{ acknowledgeCase: View }>(ACKNOWLEDGE, { input: { caseId: c.id, version: c.version, on: "2026-01-06" } }, officer);
  expect(ack.errors).toBeUndefined();
  return ack.data?.acknowledgeCase as View;
}

describe("a stage response with the council's own outcome words", () => {
  it("stores the council's code with its canonical value, shows its words, and keeps them through later events", async () => {
    const c = await acknowledged();
    const answer = await h.gql<{ recordStageResponse: View }>(
      RESPOND,
      {
        input: {
          caseId: c.id,
          version: c.version,
          on: "2026-01-16",
          stage: "STAGE_1",
          outcomes: [
            { pointId: "1", localOutcome: "PARTLY" },
            { pointId: "2", outcome: "NOT_UPHELD" },
          ],
        },
      },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    const view = answer.data?.recordStageResponse as View;
    expect(view.points.map((p) => p.outcomes)).toEqual([
      [{ stage: "STAGE_1", outcome: "PARTIALLY_UPHELD", localOutcome: "PARTLY", outcomeLabel: "Partly upheld" }],
      [{ stage: "STAGE_1", outcome: "NOT_UPHELD", localOutcome: null, outcomeLabel: null }],
    ]);
    const stage = await h.db.prisma.caseStage.findUniqueOrThrow({
      where: { councilId_caseId_stage: { councilId: COUNCIL, caseId: c.id, stage: "stage1" } },
    });
    expect(stage).toMatchObject({ outcome: "partially_upheld", localOutcome: "PARTLY" });
    // The event log carries the canonical outcome the rules decide on.
    const event = await h.db.prisma.caseEvent.findFirstOrThrow({ where: { councilId: COUNCIL, caseId: c.id, type: "response_sent" } });
    expect(event.payload).toMatchObject({
      outcomes: [
        { pointId: "1", outcome: "partially_upheld" },
        { pointId: "2", outcome: "not_upheld" },
      ],
    });

    const escalate = await h.gql(
      `mutation($input: RequestEscalationInput!) { requestEscalation(input: $input) { id } }`,
      { input: { caseId: c.id, version: view.version, on: "2026-01-26", to: "STAGE_2" } },
      officer,
    );
    expect(escalate.errors).toBeUndefined();
    const kept = await h.db.prisma.pointOutcome.findMany({
      where: { councilId: COUNCIL, point: { caseId: c.id } },
      select: { localOutcome: true, point: { select: { pointRef: true } } },
      orderBy: { point: { seq: "asc" } },
    });
    expect(kept.map((o) => [o.point.pointRef, o.localOutcome])).toEqual([
      ["1", "PARTLY"],
      ["2", null],
    ]);
  });

  it("keeps each point's own word: a point given the canonical outcome does not take another point's code", async () => {
    const c = await acknowledged();
    const answer = await h.gql<{ recordStageResponse: View }>(
      RESPOND,
      {
        input: {
          caseId: c.id,
          version: c.version,
          on: "2026-01-16",
          stage: "STAGE_1",
          outcomes: [
            { pointId: "1", localOutcome: "NOT" },
            { pointId: "2", outcome: "NOT_UPHELD" },
          ],
        },
      },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    const view = answer.data?.recordStageResponse as View;
    const escalate = await h.gql(
      `mutation($input: RequestEscalationInput!) { requestEscalation(input: $input) { id } }`,
      { input: { caseId: c.id, version: view.version, on: "2026-01-26", to: "STAGE_2" } },
      officer,
    );
    expect(escalate.errors).toBeUndefined();
    const read = await h.gql<{ case: View }>(`query($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id: c.id }, officer);
    expect(read.data?.case.points.map((p) => p.outcomes[0]?.localOutcome)).toEqual(["NOT", null]);
    expect(read.data?.case.points.map((p) => p.outcomes[0]?.outcomeLabel)).toEqual(["Not upheld", null]);
  });

  it("refuses a code not in force naming its localOutcome field, and a contradicting canonical outcome naming outcome", async () => {
    const c = await acknowledged();
    const send = (outcomes: unknown[]) =>
      h.gql(RESPOND, { input: { caseId: c.id, version: c.version, on: "2026-01-16", stage: "STAGE_1", outcomes } }, officer);
    const unknown = await send([
      { pointId: "1", outcome: "UPHELD" },
      { pointId: "2", localOutcome: "SORT-OF" },
    ]);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "outcomes", 1, "localOutcome"] });
    expect(unknown.errors?.[0]?.message).toContain('"SORT-OF" is not an outcome code of your council in force on 2026-01-16');
    const contradicts = await send([{ pointId: "1", outcome: "UPHELD", localOutcome: "NOT" }]);
    expect(contradicts.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "outcomes", 0, "outcome"] });
    const neither = await send([{ pointId: "1" }]);
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(JSON.stringify(neither.errors?.[0]?.extensions?.field)).toContain("outcome");
    expect(await h.db.prisma.caseEvent.count({ where: { councilId: COUNCIL, caseId: c.id, type: "response_sent" } })).toBe(0);
  });
});
