import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";
import { GET_CASE, RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

/**
 * A council's local closure days are part of its calendar (SI 2006/1738 reg 2 working days less its own closures):
 * adding one moves the due dates of its open cases, removing it moves them back; a case that has ended keeps its figures.
 */
let h: Harness;
let admin: string;
let officer: string;

const ADD = `mutation($input: LocalClosureDayInput!) { addLocalClosureDay(input: $input) { day } }`;
const REMOVE = `mutation($input: RemoveLocalClosureDayInput!) { removeLocalClosureDay(input: $input) }`;
type CaseView = {
  id: string;
  version: number;
  nextDueOn: string | null;
  acknowledgementDueOn: string | null;
  clocks: { clockId: string; dueOn: string }[];
};

async function record(receivedOn: string): Promise<CaseView> {
  const answer = await h.gql<{ recordFeedback: CaseView }>(RECORD_FEEDBACK, { input: complaint({ receivedOn }) }, officer);
  expect(answer.errors).toBeUndefined();
  return answer.data?.recordFeedback as CaseView;
}
async function read(id: string): Promise<CaseView> {
  const answer = await h.gql<{ case: CaseView }>(GET_CASE, { id }, officer);
  return answer.data?.case as CaseView;
}
const stage1Due = (c: CaseView) => c.clocks.find((clock) => clock.clockId === "stage1")?.dueOn;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn("admin", "demo-north");
  officer = await h.signIn("officer", "demo-north");
}, 120_000);
afterAll(async () => h?.stop());

describe("a local closure day and the clocks of open cases", () => {
  it("moves the due dates of an open case when added, and back when removed", async () => {
    const open = await record("2026-06-22");
    expect(open.acknowledgementDueOn).toBe("2026-06-25");
    expect(stage1Due(open)).toBe("2026-07-06");
    expect(open.nextDueOn).toBe("2026-06-25");

    const ended = await record("2026-06-22");
    const withdraw = caseMutation("withdrawCase", "DatedCaseChangeInput");
    const withdrawn = await h.gql(withdraw, { input: { caseId: ended.id, version: ended.version, on: "2026-06-23" } }, officer);
    expect(withdrawn.errors).toBeUndefined();
    const endedBefore = await read(ended.id);

    expect((await h.gql(ADD, { input: { day: "2026-06-24", label: "Staff training day" } }, admin)).errors).toBeUndefined();
    const moved = await read(open.id);
    expect(moved.acknowledgementDueOn).toBe("2026-06-26");
    expect(stage1Due(moved)).toBe("2026-07-07");
    expect(moved.nextDueOn).toBe("2026-06-26");
    expect(moved.version).toBeGreaterThan(open.version);
    expect(await read(ended.id)).toEqual(endedBefore);

    expect((await h.gql(REMOVE, { input: { day: "2026-06-24" } }, admin)).errors).toBeUndefined();
    const back = await read(open.id);
    expect(back.acknowledgementDueOn).toBe("2026-06-25");
    expect(stage1Due(back)).toBe("2026-07-06");
    expect(back.nextDueOn).toBe("2026-06-25");
  });

  it("runs a new case's clocks in the council's calendar from the start", async () => {
    expect((await h.gql(ADD, { input: { day: "2026-06-10", label: "Council closure" } }, admin)).errors).toBeUndefined();
    const fresh = await record("2026-06-08");
    expect(fresh.acknowledgementDueOn).toBe("2026-06-12");
  });
});
