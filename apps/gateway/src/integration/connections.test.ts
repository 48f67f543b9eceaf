import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

/**
 * Every list that can grow is a connection. Paging through one a few items at a time gives exactly the list one page
 * gives (no gaps, no repeats, ties broken by the unique key), totalCount says how many there are, and a council sees
 * only its own rows however it pages.
 */
let h: Harness;
let officer: string;
let auditor: string;
let admin: string;
let southAuditor: string;
let caseId: string;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { key: string } }>;
  nodes: Array<{ key: string }>;
}

const codes = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.map((e) => e.extensions?.code);

/** `select` is a query with $first and $after whose answer's `pick` is one page; `key` aliases the unique field. */
async function page(token: string, select: string, pick: (data: unknown) => Page, first: number, after: string | null): Promise<Page> {
  const answer = await h.gql(select, { first, after }, token);
  expect(answer.errors).toBeUndefined();
  return pick(answer.data);
}

async function pageThrough(
  token: string,
  select: string,
  pick: (data: unknown) => Page,
  size: number,
): Promise<{ keys: string[]; pages: number; totalCount: number }> {
  const keys: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = -1;
  for (;;) {
    const p = await page(token, select, pick, size, after);
    pages += 1;
    totalCount = p.totalCount;
    expect(p.nodes.map((n) => n.key)).toEqual(p.edges.map((e) => e.node.key));
    expect(p.nodes.length).toBeLessThanOrEqual(size);
    keys.push(...p.nodes.map((n) => n.key));
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
    expect(pages).toBeLessThan(200);
  }
  return { keys, pages, totalCount };
}

const PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key: KEY } } nodes { key: KEY }`;
const AUDIT = `query($first: Int, $after: String) { auditLog(first: $first, after: $after) { ${PAGE.replaceAll("KEY", "id")} } }`;
const AUDIT_ASC = `query($first: Int, $after: String) { auditLog(first: $first, after: $after, direction: ASC) { ${PAGE.replaceAll("KEY", "id")} } }`;
const WORKLIST = `query($first: Int, $after: String) { worklist(withinDays: 365, first: $first, after: $after) { ${PAGE.replaceAll("KEY", "id")} } }`;
const TEAMS = `query($first: Int, $after: String) { teamHistory(first: $first, after: $after) { ${PAGE.replaceAll("KEY", "id")} } }`;
const USERS = `query($first: Int, $after: String) { councilUsers(first: $first, after: $after) { ${PAGE.replaceAll("KEY", "id")} } }`;
const KEYS = `query($first: Int, $after: String) { analystApiKeys(first: $first, after: $after) { ${PAGE.replaceAll("KEY", "id")} } }`;
const SETTINGS = `query($first: Int, $after: String) { notificationSettings(first: $first, after: $after) { ${PAGE.replaceAll("KEY", "userId")} } }`;
const CREATE_KEY = `mutation($input: CreateAnalystApiKeyInput!) { createAnalystApiKey(input: $input) { apiKey { id } } }`;
const TIMELINE = `query($id: ID!, $first: Int, $after: String) { case(id: $id) { timeline(first: $first, after: $after) { ${PAGE.replaceAll("KEY", "seq")} } } }`;

const at = (name: string) => (data: unknown) => (data as Record<string, Page>)[name] as Page;

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", "demo-north");
  auditor = await h.signIn("auditor", "demo-north");
  admin = await h.signIn("admin", "demo-north");
  southAuditor = await h.signIn("auditor", "demo-south");
  // Seven cases received the same day: their clocks fall due the same day, so only the tie-breaker orders them.
  for (let i = 0; i < 7; i += 1) {
    const made = await h.gql<{ recordFeedback: { id: string; version: number } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
    expect(made.errors).toBeUndefined();
    caseId = made.data?.recordFeedback.id as string;
  }
  const version = (await h.db.prisma.case.findUniqueOrThrow({ where: { councilId_id: { councilId: "demo-north", id: caseId } } })).version;
  const acknowledged = await h.gql(
    `mutation($input: DatedCaseChangeInput!) { acknowledgeCase(input: $input) { id } }`,
    { input: { caseId, version, on: "2026-01-08" } },
    officer,
  );
  expect(acknowledged.errors).toBeUndefined();
  // Five north keys and one south; two north keys made the same millisecond, so only the id orders them.
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const southAdmin = await h.signIn("admin", "demo-south");
  for (const [token, name] of [
    [admin, "One"],
    [admin, "Two"],
    [admin, "Three"],
    [admin, "Four"],
    [admin, "Five"],
    [southAdmin, "South"],
  ]) {
    const made = await h.gql(CREATE_KEY, { input: { name: `Key ${name}`, expiresOn } }, token);
    expect(made.errors).toBeUndefined();
  }
  const [first, second] = await h.db.prisma.analystApiKey.findMany({ where: { councilId: "demo-north" }, take: 2 });
  await h.db.prisma.analystApiKey.updateMany({ where: { id: { in: [first?.id ?? "", second?.id ?? ""] } }, data: { createdAt: first?.createdAt } });
});
afterAll(async () => h?.stop());

describe("connections page without gaps or repeats", () => {
  it("the audit log, newest first, a few records a page, then oldest first", async () => {
    const all = await page(auditor, AUDIT, at("auditLog"), 100, null);
    const rows = await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-north" }, select: { id: true }, orderBy: { id: "desc" } });
    expect(all.totalCount).toBe(rows.length);
    expect(all.nodes.map((n) => n.key)).toEqual(rows.slice(0, 100).map((r) => String(r.id)));
    const paged = await pageThrough(auditor, AUDIT, at("auditLog"), 3);
    expect(paged.totalCount).toBe(rows.length);
    expect(paged.keys).toEqual(rows.map((r) => String(r.id)));
    expect(paged.pages).toBe(Math.ceil(rows.length / 3));
    const oldestFirst = await pageThrough(auditor, AUDIT_ASC, at("auditLog"), 4);
    expect(oldestFirst.keys).toEqual([...paged.keys].reverse());
  });

  it("the worklist, with ties on the due date broken by the case's id", async () => {
    const all = await page(officer, WORKLIST, at("worklist"), 100, null);
    expect(all.totalCount).toBeGreaterThanOrEqual(7);
    const paged = await pageThrough(officer, WORKLIST, at("worklist"), 2);
    expect(paged.keys).toEqual(all.nodes.map((n) => n.key));
    expect(new Set(paged.keys).size).toBe(all.totalCount);
  });

  it("a case's timeline, in order", async () => {
    const all = await h.gql<{ case: { timeline: Page } }>(TIMELINE, { id: caseId, first: 100, after: null }, officer);
    expect(all.errors).toBeUndefined();
    const seqs = all.data?.case.timeline.nodes.map((n) => n.key) ?? [];
    expect(seqs.length).toBeGreaterThanOrEqual(2);
    expect(all.data?.case.timeline.totalCount).toBe(seqs.length);
    const keys: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < seqs.length; i += 1) {
      const one: { data?: { case: { timeline: Page } } | null } = await h.gql<{ case: { timeline: Page } }>(
        TIMELINE,
        { id: caseId, first: 1, after },
        officer,
      );
      const p = one.data?.case.timeline as Page;
      keys.push(...p.nodes.map((n) => n.key));
      expect(p.pageInfo.hasNextPage).toBe(i < seqs.length - 1);
      after = p.pageInfo.endCursor;
    }
    expect(keys).toEqual(seqs);
    expect(seqs.map(Number)).toEqual([...seqs.map(Number)].sort((a, b) => a - b));
  });

  it("team history and the council's users, one at a time", async () => {
    const teams = await page(admin, TEAMS, at("teamHistory"), 100, null);
    expect(teams.totalCount).toBe(await h.db.prisma.team.count({ where: { councilId: "demo-north" } }));
    expect((await pageThrough(admin, TEAMS, at("teamHistory"), 1)).keys).toEqual(teams.nodes.map((n) => n.key));
    const users = await page(admin, USERS, at("councilUsers"), 100, null);
    expect(users.totalCount).toBeGreaterThanOrEqual(4);
    expect(users.totalCount).toBe(users.nodes.length);
    const paged = await pageThrough(admin, USERS, at("councilUsers"), 1);
    expect(paged.keys).toEqual(users.nodes.map((n) => n.key));
    expect(paged.pages).toBe(users.totalCount);
  });

  it("analyst API keys, newest first with ties broken by id, and the users' reminder e-mails, by name", async () => {
    const rows = await h.db.prisma.analystApiKey.findMany({
      where: { councilId: "demo-north" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(rows.length).toBe(5);
    const keys = await pageThrough(admin, KEYS, at("analystApiKeys"), 2);
    expect(keys).toEqual({ keys: rows.map((r) => r.id), pages: 3, totalCount: 5 });
    // Back from the third key (the admin app's Previous link): the two before it, in the same order.
    const third = (await page(admin, KEYS, at("analystApiKeys"), 3, null)).edges[2]?.cursor;
    const back = await h.gql<{ analystApiKeys: Page }>(
      `query($before: String) { analystApiKeys(last: 2, before: $before) { ${PAGE.replaceAll("KEY", "id")} } }`,
      { before: third },
      admin,
    );
    expect(back.data?.analystApiKeys.nodes.map((n) => n.key)).toEqual(rows.slice(0, 2).map((r) => r.id));
    const settings = await page(admin, SETTINGS, at("notificationSettings"), 100, null);
    expect(settings.totalCount).toBeGreaterThanOrEqual(4);
    expect(settings.totalCount).toBe(settings.nodes.length);
    const users = await page(admin, USERS, at("councilUsers"), 100, null);
    expect(settings.totalCount).toBe(users.nodes.length);
    const paged = await pageThrough(admin, SETTINGS, at("notificationSettings"), 1);
    expect(paged.keys).toEqual(settings.nodes.map((n) => n.key));
    expect(paged.pages).toBe(settings.totalCount);
  });
});

describe("connections keep councils apart and refuse bad paging by name", () => {
  it("another council's auditor pages only its own records", async () => {
    const north = new Set((await pageThrough(auditor, AUDIT, at("auditLog"), 50)).keys);
    const south = await pageThrough(southAuditor, AUDIT, at("auditLog"), 2);
    expect(south.totalCount).toBe(await h.db.prisma.auditLog.count({ where: { councilId: "demo-south" } }));
    expect(south.keys.length).toBe(south.totalCount);
    const southRows = await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-south" }, select: { id: true } });
    expect(new Set(south.keys)).toEqual(new Set(southRows.map((r) => String(r.id))));
    // Audit ids come from one sequence, so a north id on a south page would be a leak.
    expect(south.keys.filter((k) => north.has(k))).toEqual([]);
  });

  it("another council's administrator pages only its own keys and users' settings", async () => {
    const southAdmin = await h.signIn("admin", "demo-south");
    const southKeys = await pageThrough(southAdmin, KEYS, at("analystApiKeys"), 1);
    const southRows = await h.db.prisma.analystApiKey.findMany({ where: { councilId: "demo-south" }, select: { id: true } });
    expect(southKeys).toEqual({ keys: southRows.map((r) => r.id), pages: 1, totalCount: 1 });
    const northUsers = new Set((await pageThrough(admin, SETTINGS, at("notificationSettings"), 50)).keys);
    const southSettings = await pageThrough(southAdmin, SETTINGS, at("notificationSettings"), 2);
    expect(southSettings.keys.length).toBe(southSettings.totalCount);
    expect(southSettings.totalCount).toBe(
      new Set((await h.db.prisma.userCouncilRole.findMany({ where: { councilId: "demo-south" }, select: { userId: true } })).map((r) => r.userId))
        .size,
    );
    expect(southSettings.keys.filter((k) => northUsers.has(k))).toEqual([]);
  });

  it("refuses a page over the limit and a cursor that is not one, naming the argument", async () => {
    const tooMany = await h.gql(AUDIT, { first: 101, after: null }, auditor);
    expect(codes(tooMany)).toEqual(["BAD_USER_INPUT"]);
    expect(tooMany.errors?.[0]?.message).toContain("first");
    const badCursor = await h.gql(USERS, { first: 2, after: "not-a-cursor" }, admin);
    expect(codes(badCursor)).toEqual(["BAD_USER_INPUT"]);
    expect(badCursor.errors?.[0]?.extensions?.field).toEqual(["after"]);
    for (const [select, name] of [
      [KEYS, "analystApiKeys"],
      [SETTINGS, "notificationSettings"],
    ] as const) {
      const over = await h.gql(select, { first: 101, after: null }, admin);
      expect(codes(over)).toEqual(["BAD_USER_INPUT"]);
      expect(over.errors?.[0]?.message).toContain("first");
      const wrong = await h.gql(select, { first: 2, after: Buffer.from(JSON.stringify(["2026-01-01"])).toString("base64url") }, admin);
      expect(codes(wrong), name).toEqual(["BAD_USER_INPUT"]);
      expect(wrong.errors?.[0]?.extensions?.field).toEqual(["after"]);
    }
    const before = await h.gql(`{ analystApiKeys(last: 2, before: "GPC:xyz") { totalCount } }`, {}, admin);
    expect(codes(before)).toEqual(["BAD_USER_INPUT"]);
    expect(before.errors?.[0]?.extensions?.field).toEqual(["before"]);
  });

  it("finds one team or user by id for the pages that change them, and no other council's", async () => {
    const teams = await page(admin, TEAMS, at("teamHistory"), 1, null);
    const teamId = teams.nodes[0]?.key as string;
    const team = await h.gql<{ team: { id: string } }>(`query($id: ID!) { team(id: $id) { id } }`, { id: teamId }, admin);
    expect(team.data?.team.id).toBe(teamId);
    const users = await page(admin, USERS, at("councilUsers"), 1, null);
    const userId = users.nodes[0]?.key as string;
    const user = await h.gql<{ councilUser: { id: string } }>(`query($id: ID!) { councilUser(id: $id) { id } }`, { id: userId }, admin);
    expect(user.data?.councilUser.id).toBe(userId);
    const southAdmin = await h.signIn("admin", "demo-south");
    expect(codes(await h.gql(`query($id: ID!) { team(id: $id) { id } }`, { id: teamId }, southAdmin))).toEqual(["NOT_FOUND"]);
    expect(codes(await h.gql(`query($id: ID!) { councilUser(id: $id) { id } }`, { id: userId }, southAdmin))).toEqual(["NOT_FOUND"]);
  });
});
