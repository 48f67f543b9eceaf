import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planNotifications } from "../notifications/plan-notifications";
import { startHarness, TEST_TODAY, type Harness } from "../testing/harness";
import { caseMutation, complaint, RECORD_FEEDBACK } from "../testing/operations";

/** The GraphQL side of reminders and retention: settings, policies, the dry run and legal holds, with their refusals. */
let h: Harness;
let admin: string;
let officer: string;
let manager: string;
let officerId: string;

const SETTING = "userId displayName email roles dueSoon overdue digest";

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn("admin", "demo-north");
  officer = await h.signIn("officer", "demo-north");
  manager = await h.signIn("manager", "demo-north");
  officerId = (await h.db.prisma.user.findUniqueOrThrow({ where: { email: "officer@demo-north.example" } })).id;
});
afterAll(async () => h?.stop());

describe("notification settings and policy", () => {
  it("an administrator sees every user's settings, all on by default", async () => {
    const answer = await h.gql<{
      notificationSettings: { nodes: Array<{ email: string; dueSoon: boolean; overdue: boolean; digest: boolean }> };
    }>(`{ notificationSettings { nodes { ${SETTING} } } }`, {}, admin);
    expect(answer.errors).toBeUndefined();
    const emails = answer.data?.notificationSettings.nodes.map((s) => s.email) ?? [];
    expect(emails).toContain("officer@demo-north.example");
    expect(emails.some((e) => e.endsWith("@demo-south.example"))).toBe(false);
    expect(answer.data?.notificationSettings.nodes.every((s) => s.dueSoon && s.overdue && s.digest)).toBe(true);
    const refused = await h.gql(`{ notificationSettings { nodes { userId } } }`, {}, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a user turns off their own due-soon e-mail, but cannot change someone else's; the planner honours it", async () => {
    const mine = await h.gql<{ setNotificationSettings: { dueSoon: boolean; overdue: boolean } }>(
      `mutation($input: SetNotificationSettingsInput!) { setNotificationSettings(input: $input) { ${SETTING} } }`,
      { input: { dueSoon: false, overdue: true, digest: true } },
      officer,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.setNotificationSettings).toMatchObject({ dueSoon: false, overdue: true });
    const read = await h.gql<{ myNotificationSettings: { dueSoon: boolean } }>(`{ myNotificationSettings { dueSoon } }`, {}, officer);
    expect(read.data?.myNotificationSettings.dueSoon).toBe(false);
    const managerId = (await h.db.prisma.user.findUniqueOrThrow({ where: { email: "manager@demo-north.example" } })).id;
    const other = await h.gql(
      `mutation($input: SetNotificationSettingsInput!) { setNotificationSettings(input: $input) { userId } }`,
      { input: { userId: managerId, dueSoon: false, overdue: false, digest: false } },
      officer,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // A case whose Stage 1 response is due within the warning period (3 working days) and whose acknowledgement is overdue.
    const created = await h.gql<{ recordFeedback: { id: string; version: number } }>(
      RECORD_FEEDBACK,
      { input: complaint({ receivedOn: "2026-06-19" }) },
      manager,
    );
    const c = created.data?.recordFeedback as { id: string; version: number };
    await h.gql(caseMutation("allocateCase", "AllocateCaseInput"), { input: { caseId: c.id, version: c.version, officerId } }, manager);
    const clocks = await h.db.prisma.caseClock.findMany({ where: { councilId: "demo-north", caseId: c.id, stoppedOn: null } });
    // a clock due within 3 working days of 2026-06-30 (so a due-soon e-mail would be planned if it were on)
    expect(clocks.some((k) => k.dueOn.toISOString().slice(0, 10) >= TEST_TODAY && k.dueOn.toISOString().slice(0, 10) <= "2026-07-03")).toBe(true);
    await planNotifications(h.db.prisma, "demo-north", TEST_TODAY);
    const kinds = (await h.db.prisma.notification.findMany({ where: { councilId: "demo-north", caseId: c.id, userId: officerId } })).map(
      (n) => n.kind,
    );
    expect(kinds).toContain("clock_overdue");
    expect(kinds).not.toContain("clock_due_soon");
  });

  it("the council's warning period is checked: 21 working days is refused naming the field", async () => {
    const bad = await h.gql(
      `mutation { setNotificationPolicy(input: { warningWorkingDays: 21, digestEnabled: true }) { warningWorkingDays } }`,
      {},
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/warningWorkingDays/);
    const before = await h.gql<{ notificationPolicy: { warningWorkingDays: number; source: string } }>(
      `{ notificationPolicy { warningWorkingDays source } }`,
      {},
      officer,
    );
    expect(before.data?.notificationPolicy).toEqual({ warningWorkingDays: 3, source: "local policy (platform default)" });
    const set = await h.gql<{ setNotificationPolicy: { warningWorkingDays: number } }>(
      `mutation { setNotificationPolicy(input: { warningWorkingDays: 5, digestEnabled: false }) { warningWorkingDays source } }`,
      {},
      admin,
    );
    expect(set.data?.setNotificationPolicy.warningWorkingDays).toBe(5);
  });
});

describe("retention: policy, dry run and legal hold", () => {
  it("reads the default policy and refuses an age below 18", async () => {
    const read = await h.gql<{ retentionPolicy: { yearsAfterClosure: number; lookedAfterUntilAge: number | null } }>(
      `{ retentionPolicy { yearsAfterClosure lookedAfterUntilAge source } }`,
      {},
      admin,
    );
    expect(read.data?.retentionPolicy).toMatchObject({ yearsAfterClosure: 6, lookedAfterUntilAge: null });
    const bad = await h.gql(
      `mutation { setRetentionPolicy(input: { yearsAfterClosure: 6, lookedAfterUntilAge: 10 }) { yearsAfterClosure } }`,
      {},
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/lookedAfterUntilAge/);
    const set = await h.gql<{ setRetentionPolicy: { lookedAfterUntilAge: number } }>(
      `mutation { setRetentionPolicy(input: { yearsAfterClosure: 6, lookedAfterUntilAge: 25 }) { lookedAfterUntilAge } }`,
      {},
      admin,
    );
    expect(set.data?.setRetentionPolicy.lookedAfterUntilAge).toBe(25);
  });

  it("the dry run is for council administrators only", async () => {
    const refused = await h.gql(`{ retentionDryRun { nodes { caseId } } }`, {}, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const run = await h.gql<{ retentionDryRun: { nodes: unknown[]; totalCount: number } }>(
      `{ retentionDryRun { totalCount nodes { caseId reference closedOn retainUntil rule onLegalHold counts { people narratives contacts documents } } } }`,
      {},
      admin,
    );
    expect(run.errors).toBeUndefined();
    expect(run.data?.retentionDryRun).toEqual({ nodes: [], totalCount: 0 });
  });

  it("pages the dry run as a connection without gaps or repeats, and refuses a cursor it did not give", async () => {
    const old: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await h.gql<{ recordFeedback: { id: string; version: number } }>(
        RECORD_FEEDBACK,
        { input: complaint({ receivedOn: "2018-01-08" }) },
        officer,
      );
      const c = created.data?.recordFeedback as { id: string; version: number };
      const closed = await h.gql(
        caseMutation("closeCase", "CloseCaseInput"),
        { input: { caseId: c.id, version: c.version, closedOn: "2018-02-01", reason: "Resolved" } },
        officer,
      );
      expect(closed.errors).toBeUndefined();
      old.push(c.id);
    }
    type Page = { retentionDryRun: { totalCount: number; nodes: Array<{ caseId: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const PAGE = `query($after: String) { retentionDryRun(first: 2, after: $after) { totalCount nodes { caseId } pageInfo { hasNextPage endCursor } } }`;
    const first = await h.gql<Page>(PAGE, {}, admin);
    expect(first.errors).toBeUndefined();
    expect(first.data?.retentionDryRun).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await h.gql<Page>(PAGE, { after: first.data?.retentionDryRun.pageInfo.endCursor }, admin);
    expect(second.data?.retentionDryRun.pageInfo.hasNextPage).toBe(false);
    const seen = [...(first.data?.retentionDryRun.nodes ?? []), ...(second.data?.retentionDryRun.nodes ?? [])].map((n) => n.caseId);
    expect(seen.sort()).toEqual([...old].sort());
    const foreign = await h.gql(PAGE, { after: Buffer.from('GPC:["demo-north","x"]').toString("base64") }, admin);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(foreign.errors?.[0]?.message).toMatch(/after/);
  });

  it("places and releases a legal hold, audited; another council's case is NOT_FOUND", async () => {
    const created = await h.gql<{ recordFeedback: { id: string } }>(RECORD_FEEDBACK, { input: complaint() }, manager);
    const caseId = created.data?.recordFeedback.id as string;
    const placed = await h.gql<{ setLegalHold: { held: boolean } }>(
      `mutation($input: SetLegalHoldInput!) { setLegalHold(input: $input) { caseId held placedAt releasedAt } }`,
      { input: { caseId, held: true } },
      admin,
    );
    expect(placed.data?.setLegalHold.held).toBe(true);
    const released = await h.gql<{ setLegalHold: { held: boolean; releasedAt: string | null } }>(
      `mutation($input: SetLegalHoldInput!) { setLegalHold(input: $input) { held releasedAt } }`,
      { input: { caseId, held: false } },
      admin,
    );
    expect(released.data?.setLegalHold.held).toBe(false);
    expect(released.data?.setLegalHold.releasedAt).not.toBeNull();
    const audit = await h.db.prisma.auditLog.findMany({
      where: { councilId: "demo-north", caseId, action: { in: ["placeLegalHold", "releaseLegalHold"] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["placeLegalHold", "releaseLegalHold"]);
    const south = await h.signIn("admin", "demo-south");
    const other = await h.gql(
      `mutation($input: SetLegalHoldInput!) { setLegalHold(input: $input) { held } }`,
      { input: { caseId, held: true } },
      south,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
