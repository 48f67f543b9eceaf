import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let officer: string;
const COUNCIL = "demo-north";

const ADD_POINT = `mutation($input: AddPointOfComplaintInput!) { addPointOfComplaint(input: $input) { id version } }`;

async function newCase(): Promise<{ id: string; version: number }> {
  const answer = await h.gql<{ recordFeedback: { id: string; version: number } }>(
    RECORD_FEEDBACK,
    { input: complaint({ receivedOn: "2026-03-02" }) },
    officer,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data?.recordFeedback as { id: string; version: number };
}

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", COUNCIL);
});
afterAll(async () => h?.stop());

describe("adding a point of complaint with the council's own reason", () => {
  it("classifies the reason by the taxonomy in force on the received date and stores its category and entry", async () => {
    const c = await newCase();
    const answer = await h.gql(
      ADD_POINT,
      { input: { caseId: c.id, version: c.version, summary: "Nobody rang back", reasonTheme: "COMMUNICATION", localReason: "COMMS-NORESP" } },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    const point = await h.db.prisma.pointOfComplaint.findFirstOrThrow({
      where: { councilId: COUNCIL, caseId: c.id },
      orderBy: { seq: "desc" },
      select: { theme: true, categoryCode: true, reasonCode: true, reasonEntryId: true },
    });
    expect(point).toMatchObject({ theme: "communication", categoryCode: "COMMS", reasonCode: "COMMS-NORESP" });
    expect(point.reasonEntryId).not.toBeNull();
    const read = await h.gql<{ case: { points: Array<{ reasonCode: string | null; reasonLabel: string | null }> } }>(
      `query($id: ID!) { case(id: $id) { points { reasonCode reasonLabel } } }`,
      { id: c.id },
      officer,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.case.points.map((p) => p.reasonLabel)).toEqual([null, null, "Communication: No response to calls or emails"]);
  });

  it("refuses a code not in force, naming localReason, and a contradicting theme, naming reasonTheme", async () => {
    const c = await newCase();
    const unknown = await h.gql(
      ADD_POINT,
      { input: { caseId: c.id, version: c.version, summary: "x", reasonTheme: "COMMUNICATION", localReason: "NOPE" } },
      officer,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "localReason"] });
    expect(unknown.errors?.[0]?.message).toContain('"NOPE" is not a reason code of your council in force on 2026-03-02');
    const contradicts = await h.gql(
      ADD_POINT,
      { input: { caseId: c.id, version: c.version, summary: "x", reasonTheme: "DELAY", localReason: "COMMS" } },
      officer,
    );
    expect(contradicts.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "reasonTheme"] });
    expect(await h.db.prisma.pointOfComplaint.count({ where: { councilId: COUNCIL, caseId: c.id } })).toBe(2);
  });
});
