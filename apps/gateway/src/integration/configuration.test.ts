import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

let h: Harness;
let admin: string;
let south: string;

type Answer = { errors?: Array<{ message: string; extensions?: { code?: string; field?: Array<string | number> } }> };
const codes = (answer: Answer) => answer.errors?.map((e) => e.extensions?.code);

interface TeamRow {
  id: string;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  predecessorId: string | null;
  serviceAreaCode: string;
}
const TEAMS = `{ teamHistory(first: 100) { nodes { id code name validFrom validTo predecessorId serviceAreaCode } } }`;
const RENAME = `mutation($input: RenameTeamInput!) { renameTeam(input: $input) { id code name validFrom validTo predecessorId } }`;
const ADD_TEAM = `mutation($input: AddTeamInput!) { addTeam(input: $input) { id code name validFrom serviceAreaCode } }`;
const CLOSE_TEAM = `mutation($input: CloseTeamInput!) { closeTeam(input: $input) { id validTo } }`;
const USERS = `{ councilUsers(first: 100) { nodes { id email displayName roles localAccount } } }`;
const CREATE_USER = `mutation($input: CreateCouncilUserInput!) { createCouncilUser(input: $input) { id email roles localAccount } }`;
const SET_ROLES = `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { id roles } }`;
const DISABLE = `mutation($input: DisableCouncilUserInput!) { disableCouncilUser(input: $input) }`;
const CLOSURES = `{ localClosureDays { day label } }`;
const ADD_CLOSURE = `mutation($input: LocalClosureDayInput!) { addLocalClosureDay(input: $input) { day label } }`;
const REMOVE_CLOSURE = `mutation($input: RemoveLocalClosureDayInput!) { removeLocalClosureDay(input: $input) }`;
const SETTINGS = `{ procedureSettings { acknowledgementWorkingDays clocks { clock workingDays maxWorkingDays source statutory } } }`;
const SET_TARGETS = `mutation($input: SetLocalTargetsInput!) { setLocalTargets(input: $input) { acknowledgementWorkingDays clocks { clock workingDays source } } }`;

async function teams(token = admin): Promise<TeamRow[]> {
  const answer = await h.gql<{ teamHistory: { nodes: TeamRow[] } }>(TEAMS, {}, token);
  expect(answer.errors).toBeUndefined();
  return answer.data?.teamHistory.nodes ?? [];
}
const openTeam = async (code: string) => (await teams()).find((t) => t.code === code && t.validTo === null) as TeamRow;
async function userId(email: string): Promise<string> {
  const answer = await h.gql<{ councilUsers: { nodes: Array<{ id: string; email: string }> } }>(USERS, {}, admin);
  return answer.data?.councilUsers.nodes.find((u) => u.email === email)?.id as string;
}

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn("admin", "demo-north");
  south = await h.signIn("admin", "demo-south");
});
afterAll(async () => h?.stop());

describe("teams and their history", () => {
  it("shows the history of a renamed team", async () => {
    const rows = await teams();
    const ra = rows.find((t) => t.code === "RA");
    const ca = rows.find((t) => t.code === "CA");
    expect(ra).toMatchObject({ code: "RA", validTo: "2023-03-31", predecessorId: null });
    expect(ca).toMatchObject({ code: "CA", validFrom: "2023-04-01", predecessorId: ra?.id });
  });

  it("renames a team from a date: the old row ends the day before, the new one names it", async () => {
    const cpt = await openTeam("CPT");
    const answer = await h.gql<{ renameTeam: TeamRow }>(RENAME, { input: { teamId: cpt.id, name: "Safeguarding Team", from: "2026-09-01" } }, admin);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.renameTeam).toMatchObject({
      code: "CPT",
      name: "Safeguarding Team",
      validFrom: "2026-09-01",
      validTo: null,
      predecessorId: cpt.id,
    });
    const history = (await teams()).filter((t) => t.code === "CPT").map((t) => [t.name, t.validFrom, t.validTo]);
    expect(history).toEqual([
      ["Child Protection Team", "2018-04-01", "2026-08-31"],
      ["Safeguarding Team", "2026-09-01", null],
    ]);
    const audit = await h.db.prisma.auditLog.findFirst({ where: { councilId: "demo-north", action: "renameTeam" } });
    expect(audit?.actorRole).toBe("council_admin");
  });

  it("refuses to rename a team that has ended, or from before its current name took effect", async () => {
    const ended = (await teams()).find((t) => t.code === "RA") as TeamRow;
    const closed = await h.gql(RENAME, { input: { teamId: ended.id, name: "Again", from: "2026-09-01" } }, admin);
    expect(codes(closed)).toEqual(["CONFLICT"]);
    const early = await h.gql(RENAME, { input: { teamId: (await openTeam("LCT")).id, name: "Care Leavers", from: "2018-04-01" } }, admin);
    expect(early.errors?.[0]?.message).toBe("input.from: must be after 2018-04-01, when the current name took effect");
    const blank = await h.gql(RENAME, { input: { teamId: (await openTeam("LCT")).id, name: "  ", from: "2026-09-01" } }, admin);
    expect(blank.errors?.[0]?.message).toBe("input.name: must not be empty");
  });

  it("adds a team under a service area and refuses a code in use or an unknown area", async () => {
    const added = await h.gql<{ addTeam: TeamRow }>(
      ADD_TEAM,
      { input: { code: "EDGE", name: "Edge of Care", serviceAreaCode: "CIC", validFrom: "2026-07-01" } },
      admin,
    );
    expect(added.data?.addTeam).toMatchObject({ code: "EDGE", name: "Edge of Care", validFrom: "2026-07-01", serviceAreaCode: "CIC" });
    const again = await h.gql(ADD_TEAM, { input: { code: "EDGE", name: "Other", serviceAreaCode: "CIC", validFrom: "2026-07-01" } }, admin);
    expect(again.errors?.[0]?.extensions?.field).toEqual(["input", "code"]);
    const area = await h.gql(ADD_TEAM, { input: { code: "NEW", name: "New", serviceAreaCode: "NOPE", validFrom: "2026-07-01" } }, admin);
    expect(area.errors?.[0]?.message).toBe('input.serviceAreaCode: no service area with code "NOPE" is in force on 2026-07-01');
  });

  it("closes a team on its last day and refuses a last day before it began", async () => {
    const edge = await openTeam("EDGE");
    const early = await h.gql(CLOSE_TEAM, { input: { teamId: edge.id, lastDay: "2026-06-01" } }, admin);
    expect(early.errors?.[0]?.message).toBe("input.lastDay: must be on or after 2026-07-01, when the team took effect");
    const closed = await h.gql<{ closeTeam: { validTo: string } }>(CLOSE_TEAM, { input: { teamId: edge.id, lastDay: "2026-12-31" } }, admin);
    expect(closed.data?.closeTeam.validTo).toBe("2026-12-31");
  });
});

describe("users and roles", () => {
  it("creates a local user who can then sign in with the role given", async () => {
    const created = await h.gql<{ createCouncilUser: { email: string; roles: string[]; localAccount: boolean } }>(
      CREATE_USER,
      {
        input: {
          email: "New.Officer@demo-north.example",
          displayName: "New Officer",
          roles: ["COMPLAINTS_OFFICER"],
          initialPassword: "a-long-first-password",
        },
      },
      admin,
    );
    expect(created.data?.createCouncilUser).toMatchObject({
      email: "new.officer@demo-north.example",
      roles: ["COMPLAINTS_OFFICER"],
      localAccount: true,
    });
    const signIn = await h.gql<{ signIn: { token: string } }>(
      `mutation { signIn(input: { councilId: "demo-north", email: "new.officer@demo-north.example", password: "a-long-first-password" }) { token } }`,
    );
    expect(signIn.data?.signIn.token).toBeTruthy();
    const twice = await h.gql(CREATE_USER, { input: { email: "new.officer@demo-north.example", displayName: "X", roles: ["MANAGER"] } }, admin);
    expect(codes(twice)).toEqual(["CONFLICT"]);
    const short = await h.gql(
      CREATE_USER,
      { input: { email: "x@demo-north.example", displayName: "X", roles: ["MANAGER"], initialPassword: "short" } },
      admin,
    );
    expect(short.errors?.[0]?.message).toBe("input.initialPassword: must be at least 12 characters");
    const none = await h.gql(CREATE_USER, { input: { email: "y@demo-north.example", displayName: "Y", roles: [] } }, admin);
    expect(none.errors?.[0]?.message).toBe("input.roles: give the user at least one role");
  });

  it("sets a user's roles and refuses an administrator removing their own administrator role", async () => {
    const id = await userId("new.officer@demo-north.example");
    const set = await h.gql<{ setUserRoles: { roles: string[] } }>(SET_ROLES, { input: { userId: id, roles: ["MANAGER", "ANALYST"] } }, admin);
    expect([...(set.data?.setUserRoles.roles ?? [])].sort()).toEqual(["ANALYST", "MANAGER"]);
    const self = await h.gql(SET_ROLES, { input: { userId: await userId("admin@demo-north.example"), roles: ["ANALYST"] } }, admin);
    expect(self.errors?.[0]?.extensions?.field).toEqual(["input", "roles"]);
    expect(await h.db.prisma.userCouncilRole.count({ where: { councilId: "demo-north", role: "council_admin" } })).toBe(1);
  });

  it("disables a user: their session and sign-in stop working", async () => {
    const id = await userId("new.officer@demo-north.example");
    const signIn = `mutation { signIn(input: { councilId: "demo-north", email: "new.officer@demo-north.example", password: "a-long-first-password" }) { token } }`;
    const session = (await h.gql<{ signIn: { token: string } }>(signIn)).data?.signIn.token;
    expect(await h.gql(DISABLE, { input: { userId: id } }, admin)).toMatchObject({ data: { disableCouncilUser: id } });
    expect(codes(await h.gql(`{ me { userId } }`, {}, session))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await h.gql(signIn))).toEqual(["UNAUTHENTICATED"]);
    expect(await userId("new.officer@demo-north.example")).toBeUndefined();
    const self = await h.gql(DISABLE, { input: { userId: await userId("admin@demo-north.example") } }, admin);
    expect(self.errors?.[0]?.message).toBe("input.userId: you cannot disable your own account; ask another administrator");
  });
});

describe("local closure days", () => {
  it("adds, lists and removes a closure day", async () => {
    const added = await h.gql(ADD_CLOSURE, { input: { day: "2026-12-29", label: "Christmas closure" } }, admin);
    expect(added.data).toEqual({ addLocalClosureDay: { day: "2026-12-29", label: "Christmas closure" } });
    expect((await h.gql(CLOSURES, {}, admin)).data).toEqual({ localClosureDays: [{ day: "2026-12-29", label: "Christmas closure" }] });
    const twice = await h.gql(ADD_CLOSURE, { input: { day: "2026-12-29", label: "Again" } }, admin);
    expect(twice.errors?.[0]?.message).toBe("input.day: 2026-12-29 is already a local closure day");
    const weekend = await h.gql(ADD_CLOSURE, { input: { day: "2026-12-26", label: "Saturday" } }, admin);
    expect(weekend.errors?.[0]?.message).toBe("input.day: 2026-12-26 is a weekend day, never a working day (SI 2006/1738 reg 2)");
    expect((await h.gql(REMOVE_CLOSURE, { input: { day: "2026-12-29" } }, admin)).data).toEqual({ removeLocalClosureDay: "2026-12-29" });
    expect(codes(await h.gql(REMOVE_CLOSURE, { input: { day: "2026-12-29" } }, admin))).toEqual(["NOT_FOUND"]);
  });
});

describe("local targets", () => {
  it("reads the procedure's clocks with their regulations", async () => {
    const answer = await h.gql<{
      procedureSettings: { acknowledgementWorkingDays: number; clocks: Array<{ clock: string; workingDays: number; source: string }> };
    }>(SETTINGS, {}, admin);
    expect(answer.data?.procedureSettings.acknowledgementWorkingDays).toBe(3);
    expect(answer.data?.procedureSettings.clocks.find((c) => c.clock === "STAGE_1")).toMatchObject({
      workingDays: 10,
      source: "SI 2006/1738 reg 14",
    });
  });

  it("sets a shorter local target and refuses one above the statutory maximum with the rules' message", async () => {
    const ok = await h.gql<{
      setLocalTargets: { acknowledgementWorkingDays: number; clocks: Array<{ clock: string; workingDays: number; source: string }> };
    }>(SET_TARGETS, { input: { acknowledgementWorkingDays: 2, targets: [{ clock: "STAGE_1", workingDays: 8 }] } }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.setLocalTargets.acknowledgementWorkingDays).toBe(2);
    expect(ok.data?.setLocalTargets.clocks.find((c) => c.clock === "STAGE_1")).toEqual({
      clock: "STAGE_1",
      workingDays: 8,
      source: "local policy (within SI 2006/1738 reg 14)",
    });
    const tooLong = await h.gql(
      SET_TARGETS,
      {
        input: {
          targets: [
            { clock: "STAGE_2", workingDays: 30 },
            { clock: "STAGE_1", workingDays: 25 },
          ],
        },
      },
      admin,
    );
    expect(codes(tooLong)).toEqual(["BAD_USER_INPUT"]);
    expect(tooLong.errors?.[0]?.extensions?.field).toEqual(["input", "targets", 1, "workingDays"]);
    expect(tooLong.errors?.[0]?.message).toContain("stage1.workingDays: 25 is above the statutory maximum of 20 working days (SI 2006/1738 reg 14)");
    const council = await h.db.prisma.council.findUniqueOrThrow({ where: { id: "demo-north" } });
    expect(council.settings).toEqual({ acknowledgementWorkingDays: 2, stage1: { workingDays: 8 } });
  });
});

describe("who may configure the council", () => {
  it("refuses every other role on each query and a mutation", async () => {
    const cpt = await openTeam("CPT");
    for (const role of ["officer", "manager", "analyst", "auditor"] as const) {
      const token = await h.signIn(role, "demo-north");
      for (const query of [TEAMS, USERS, CLOSURES, SETTINGS]) expect(codes(await h.gql(query, {}, token))).toEqual(["FORBIDDEN"]);
      expect(codes(await h.gql(RENAME, { input: { teamId: cpt.id, name: "Nope", from: "2027-01-04" } }, token))).toEqual(["FORBIDDEN"]);
      expect(codes(await h.gql(SET_TARGETS, { input: { targets: [] } }, token))).toEqual(["FORBIDDEN"]);
    }
  });

  it("walls councils off: another council's administrator cannot see or change this council's teams or users", async () => {
    const cpt = await openTeam("CPT");
    expect((await teams(south)).some((t) => t.id === cpt.id)).toBe(false);
    expect(codes(await h.gql(RENAME, { input: { teamId: cpt.id, name: "Taken", from: "2027-01-04" } }, south))).toEqual(["NOT_FOUND"]);
    expect(codes(await h.gql(CLOSE_TEAM, { input: { teamId: cpt.id, lastDay: "2027-01-04" } }, south))).toEqual(["NOT_FOUND"]);
    const northOfficer = await userId("officer@demo-north.example");
    expect(codes(await h.gql(SET_ROLES, { input: { userId: northOfficer, roles: ["ANALYST"] } }, south))).toEqual(["NOT_FOUND"]);
    expect(codes(await h.gql(DISABLE, { input: { userId: northOfficer } }, south))).toEqual(["NOT_FOUND"]);
    const theirUsers = await h.gql<{ councilUsers: { nodes: Array<{ email: string }> } }>(USERS, {}, south);
    expect(theirUsers.data?.councilUsers.nodes.every((u) => u.email.endsWith("@demo-south.example"))).toBe(true);
    expect((await openTeam("CPT")).name).toBe("Safeguarding Team");
    const roles = await h.db.prisma.userCouncilRole.findMany({ where: { userId: northOfficer } });
    expect(roles.map((r) => [r.councilId, r.role])).toEqual([["demo-north", "complaints_officer"]]);
  });
});
