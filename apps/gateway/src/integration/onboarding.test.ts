import { DEMO_PASSWORD } from "@csc/db";
import { childrensStatutoryProcedure, OUTCOMES } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bringInRegisteredCouncils } from "../startup/registered-councils";
import { startHarness, type Harness } from "../testing/harness";

// Issue 12 item 3: onboarding a council that has no plugin, by the API alone.

let h: Harness;
let platform: string;
beforeAll(async () => {
  h = await startHarness();
  platform = await h.signInPlatformAdmin();
}, 120_000);
afterAll(async () => h?.stop());

const codes = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.map((e) => e.extensions?.code);

const CREATE = `mutation($input: CreateCouncilInput!) {
  createCouncil(input: $input) { id name onsCode settings serviceAreas vocabularies { kind version effectiveFrom codes } }
}`;
const INVITE = `mutation($input: InviteCouncilAdministratorInput!) { inviteCouncilAdministrator(input: $input) { councilId userId invitationId } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

interface Created {
  id: string;
  name: string;
  onsCode: string | null;
  settings: unknown;
  serviceAreas: string[];
  vocabularies: Array<{ kind: string; version: number; effectiveFrom: string; codes: string[] }>;
}

const statutoryDays = (clock: string) => childrensStatutoryProcedure.stages.flatMap((s) => s.clocks).find((c) => c.id === clock)?.workingDays;

describe("createCouncil", () => {
  it("returns what it created: statutory procedure defaults, canonical vocabularies, service areas", async () => {
    const made = await h.gql<{ createCouncil: Created }>(
      CREATE,
      { input: { id: "fenmarsh", name: "Fenmarsh Borough Council", onsCode: " e06000991 " } },
      platform,
    );
    expect(made.errors).toBeUndefined();
    const council = made.data?.createCouncil;
    expect(council).toMatchObject({ id: "fenmarsh", name: "Fenmarsh Borough Council", onsCode: "E06000991" });
    const settings = council?.settings as {
      stage1: { workingDays: number };
      stage2: { workingDays: number };
      stage3_panel: { workingDays: number };
    };
    expect(settings.stage1.workingDays).toBe(statutoryDays("stage1"));
    expect(settings.stage2.workingDays).toBe(statutoryDays("stage2"));
    expect(settings.stage3_panel.workingDays).toBe(statutoryDays("stage3_panel"));
    expect(council?.vocabularies.map((v) => v.kind).sort()).toEqual([
      "CHANNEL",
      "COMPLAINANT_TYPE",
      "FEEDBACK_KIND",
      "LGSCO_DECISION",
      "NOT_CONSIDERED_REASON",
      "OUTCOME",
      "REASON_TAXONOMY",
    ]);
    expect(council?.vocabularies.find((v) => v.kind === "OUTCOME")?.codes).toEqual([...OUTCOMES]);
    expect(council?.serviceAreas.length).toBeGreaterThan(0);
    // Stored, not only answered.
    expect(await h.db.prisma.vocabularyEntry.count({ where: { councilId: "fenmarsh" } })).toBe(
      council?.vocabularies.reduce((n, v) => n + v.codes.length, 0),
    );
    expect(await h.db.prisma.councilServiceArea.count({ where: { councilId: "fenmarsh" } })).toBe(council?.serviceAreas.length);
    const audit = await h.db.prisma.auditLog.findFirst({ where: { action: "createCouncil", councilId: "platform" }, orderBy: { id: "desc" } });
    expect(audit?.detail).toEqual({ councilId: "fenmarsh", onsCode: "E06000991" });
  });

  it("refuses a retry with CONFLICT naming the ONS code, and changes nothing", async () => {
    const entries = await h.db.prisma.vocabularyEntry.count({ where: { councilId: "fenmarsh" } });
    const again = await h.gql(CREATE, { input: { id: "fenmarsh", name: "Fenmarsh Borough Council", onsCode: "E06000991" } }, platform);
    expect(codes(again)).toEqual(["CONFLICT"]);
    expect(again.errors?.[0]?.message).toContain("ONS code E06000991");
    const otherId = await h.gql(CREATE, { input: { id: "fenmarsh-2", name: "Fenmarsh again", onsCode: "E06000991" } }, platform);
    expect(codes(otherId)).toEqual(["CONFLICT"]);
    expect(otherId.errors?.[0]?.message).toContain("ONS code E06000991");
    expect(await h.db.prisma.council.count({ where: { id: { startsWith: "fenmarsh" } } })).toBe(1);
    expect(await h.db.prisma.vocabularyEntry.count({ where: { councilId: "fenmarsh" } })).toBe(entries);
  });

  it("names the field and the rule for a bad ONS code, and refuses anyone but the platform administrator", async () => {
    const bad = await h.gql(CREATE, { input: { id: "nowhere", name: "Nowhere", onsCode: "W06000001" } }, platform);
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors?.[0]?.message).toMatch(/onsCode.*E06, E08, E09 or E10/);
    const admin = await h.signIn("admin", "demo-north");
    expect(codes(await h.gql(CREATE, { input: { id: "nowhere", name: "Nowhere", onsCode: "E06000992" } }, admin))).toEqual(["FORBIDDEN"]);
    expect(await h.db.prisma.council.count({ where: { id: "nowhere" } })).toBe(0);
  });
});

describe("the new council's first administrator", () => {
  it("a new e-mail gets an account holding council_admin, who signs in and sees the statutory targets", async () => {
    const input = { councilId: "fenmarsh", email: "Lead@Fenmarsh.example", displayName: "Fenmarsh Lead" };
    const noPassword = await h.gql(INVITE, { input }, platform);
    expect(codes(noPassword)).toEqual(["BAD_USER_INPUT"]);
    expect(noPassword.errors?.[0]?.message).toContain("initialPassword");
    const made = await h.gql<{ inviteCouncilAdministrator: { userId: string | null; invitationId: string | null } }>(
      INVITE,
      { input: { ...input, initialPassword: "fenmarsh-first-sign-in-2026" } },
      platform,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data?.inviteCouncilAdministrator.userId).toBeTruthy();
    expect(made.data?.inviteCouncilAdministrator.invitationId).toBeNull();
    const signedIn = await h.gql<{ signIn: { token: string } }>(SIGN_IN, {
      input: { councilId: "fenmarsh", email: "lead@fenmarsh.example", password: "fenmarsh-first-sign-in-2026" },
    });
    const token = signedIn.data?.signIn.token as string;
    expect(token).toBeTruthy();
    const settings = await h.gql<{ procedureSettings: { clocks: Array<{ clock: string; workingDays: number | null; source: string }> } }>(
      `{ procedureSettings { clocks { clock workingDays source } } }`,
      {},
      token,
    );
    expect(settings.errors).toBeUndefined();
    const stage1 = settings.data?.procedureSettings.clocks.find((c) => c.clock === "STAGE_1");
    expect(stage1?.workingDays).toBe(statutoryDays("stage1"));
    const vocab = await h.gql<{ vocabularyInForce: { entries: Array<{ code: string }> } }>(
      `query { vocabularyInForce(kind: OUTCOME, on: "2026-06-30") { entries { code } } }`,
      {},
      token,
    );
    expect(vocab.data?.vocabularyInForce.entries.map((e) => e.code)).toEqual([...OUTCOMES]);
    const again = await h.gql(INVITE, { input: { ...input, initialPassword: "fenmarsh-first-sign-in-2026" } }, platform);
    expect(codes(again)).toEqual(["CONFLICT"]);
  });

  it("an e-mail with an account gets an invitation, accepted signed in as themselves", async () => {
    await h.gql(CREATE, { input: { id: "saltmoor", name: "Saltmoor County Council", onsCode: "E10000991" } }, platform);
    const invited = await h.gql<{ inviteCouncilAdministrator: { userId: string | null; invitationId: string | null } }>(
      INVITE,
      { input: { councilId: "saltmoor", email: "admin@demo-north.example", displayName: "Borrowed Admin" } },
      platform,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteCouncilAdministrator.userId).toBeNull();
    const invitationId = invited.data?.inviteCouncilAdministrator.invitationId as string;
    const refused = await h.gql(SIGN_IN, { input: { councilId: "saltmoor", email: "admin@demo-north.example", password: DEMO_PASSWORD } });
    expect(codes(refused)).toEqual(["UNAUTHENTICATED"]);
    const own = await h.signIn("admin", "demo-north");
    const accepted = await h.gql(
      `mutation($input: AnswerCouncilInvitationInput!) { acceptCouncilInvitation(input: $input) }`,
      { input: { invitationId } },
      own,
    );
    expect(accepted.errors).toBeUndefined();
    const there = await h.gql<{ signIn: { token: string } }>(SIGN_IN, {
      input: { councilId: "saltmoor", email: "admin@demo-north.example", password: DEMO_PASSWORD },
    });
    expect(there.data?.signIn.token).toBeTruthy();
    const roles = await h.db.prisma.userCouncilRole.findMany({ where: { councilId: "saltmoor" }, select: { role: true } });
    expect(roles.map((r) => r.role)).toEqual(["council_admin"]);
  });

  it("refuses an unknown council and anyone but the platform administrator", async () => {
    const input = { councilId: "atlantis", email: "x@atlantis.example", displayName: "X", initialPassword: "atlantis-first-sign-in-2026" };
    expect(codes(await h.gql(INVITE, { input }, platform))).toEqual(["NOT_FOUND"]);
    const admin = await h.signIn("admin", "demo-north");
    expect(codes(await h.gql(INVITE, { input: { ...input, councilId: "fenmarsh" } }, admin))).toEqual(["FORBIDDEN"]);
  });
});

describe("registered councils at start-up", () => {
  it("brings a council registered later into a database already in use, leaving the others as they are", async () => {
    const first = await bringInRegisteredCouncils(h.db.prisma, "demo", undefined, ["hartlepool"]);
    expect(first.map((c) => c.councilId)).toEqual(["hartlepool"]);
    const hartlepoolCases = await h.db.prisma.case.count({ where: { councilId: "hartlepool" } });
    expect(hartlepoolCases).toBeGreaterThan(0);
    const later = await bringInRegisteredCouncils(h.db.prisma, "demo", undefined, ["hartlepool", "worcestershire"]);
    expect(later.map((c) => c.councilId)).toEqual(["worcestershire"]);
    expect(await h.db.prisma.case.count({ where: { councilId: "hartlepool" } })).toBe(hartlepoolCases);
    expect(await h.db.prisma.council.count({ where: { id: "worcestershire" } })).toBe(1);
    expect(await bringInRegisteredCouncils(h.db.prisma, "demo", undefined, ["hartlepool", "worcestershire"])).toEqual([]);
    expect(await bringInRegisteredCouncils(h.db.prisma, "production", undefined, ["gloucestershire"])).toEqual([]);
    expect(await h.db.prisma.council.count({ where: { id: "gloucestershire" } })).toBe(0);
  }, 300_000);
});
