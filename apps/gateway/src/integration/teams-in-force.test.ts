import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

const ALLOCATE = caseMutation("allocateCase", "AllocateCaseInput");
const COUNCIL = "demo-north";

let h: Harness;
let officer: string;
const teamIds: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", COUNCIL);
  const teams = await h.gql<{ council: { teams: Array<{ id: string; code: string }> } }>(`{ council { teams { id code } } }`, {}, officer);
  for (const t of teams.data?.council.teams ?? []) teamIds[t.code] = t.id;
});
afterAll(async () => h?.stop());

describe("teams in forms: the council's teams in force on the date", () => {
  it("records feedback with a team in force on the date received, and refuses one closed or not yet open then, naming teamId", async () => {
    // Referral and Assessment ran to 2023-03-31; Children's Assessment replaced it from 2023-04-01 (the demo's teams).
    const before = await h.gql(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2022-06-01", teamId: teamIds.RA }) }, officer);
    expect(before.errors).toBeUndefined();
    const closed = await h.gql(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2026-01-05", teamId: teamIds.RA }) }, officer);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "teamId"] });
    expect(closed.errors?.[0]?.message).toContain("is not in force on 2026-01-05 (it runs from 2018-04-01 to 2023-03-31)");
    const early = await h.gql(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2022-06-01", teamId: teamIds.CA }) }, officer);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "teamId"] });
  });

  it("allocates to a team in force today, and refuses a closed team naming teamId", async () => {
    const created = await h.gql<{ recordFeedback: { id: string; version: number } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
    const c = created.data?.recordFeedback as { id: string; version: number };
    const closed = await h.gql(ALLOCATE, { input: { caseId: c.id, version: c.version, teamId: teamIds.RA } }, officer);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "teamId"] });
    const open = await h.gql(ALLOCATE, { input: { caseId: c.id, version: c.version, teamId: teamIds.CA } }, officer);
    expect(open.errors).toBeUndefined();
    const row = await h.db.prisma.case.findUniqueOrThrow({ where: { councilId_id: { councilId: COUNCIL, id: c.id } }, select: { teamId: true } });
    expect(row.teamId).toBe(teamIds.CA);
  });
});
