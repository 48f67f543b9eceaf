import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY_MAX_DAYS } from "../auth/api-key";
import { utcToday } from "../services/analyst-api-keys";
import { startHarness, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";
import { addCalendarDays } from "@csc/rules";

/**
 * Read-only API keys for analysts (issue 11): created and revoked by council administrators (and the platform
 * administrator for cross-council keys), shown once, stored hashed, expiring, audited on every use, and good for
 * aggregates only.
 */
let h: Harness;
let admin: string;

const codes = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.map((e) => e.extensions?.code);
const CREATE = `mutation($input: CreateAnalystApiKeyInput!) { createAnalystApiKey(input: $input) { key apiKey { id name prefix councilId status lastUsedAt } } }`;
const RECEIVED = `{ statistics(metric: CASES_RECEIVED, financialYear: 2025) { value base } }`;

interface Created {
  createAnalystApiKey: {
    key: string;
    apiKey: { id: string; name: string; prefix: string; councilId: string | null; status: string; lastUsedAt: string | null };
  };
}

async function withKey<T>(
  query: string,
  key: string,
  header: "authorization" | "x-api-key" = "authorization",
): Promise<{ status: number; data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", [header]: header === "authorization" ? `Bearer ${key}` : key },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

async function createKey(token: string, name = "Power BI refresh", expiresOn = addCalendarDays(utcToday(), 90)) {
  const answer = await h.gql<Created>(CREATE, { input: { name, expiresOn } }, token);
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.createAnalystApiKey;
}

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn("admin", "demo-north");
  // Five complaints in demo-north, six in demo-south: a key of demo-north must count five.
  const [north, south] = [await h.signIn("officer", "demo-north"), await h.signIn("officer", "demo-south")];
  for (let i = 0; i < 5; i += 1) await h.gql(RECORD_FEEDBACK, { input: complaint() }, north);
  for (let i = 0; i < 6; i += 1) await h.gql(RECORD_FEEDBACK, { input: complaint() }, south);
}, 120_000);
afterAll(async () => h?.stop());

describe("analyst API keys", () => {
  it("are shown once and stored hashed; a key reads its own council's statistics, by either header", async () => {
    const created = await createKey(admin);
    expect(created.key).toMatch(/^csc_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({ name: "Power BI refresh", councilId: "demo-north", status: "ACTIVE", lastUsedAt: null });
    expect(created.key.startsWith(created.apiKey.prefix)).toBe(true);
    const stored = await h.db.prisma.analystApiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } });
    expect(stored.keyHash).not.toContain(created.key.slice(4));
    expect(JSON.stringify(stored)).not.toContain(created.key);

    const stats = await withKey<{ statistics: { value: number } }>(RECEIVED, created.key);
    expect(stats.errors).toBeUndefined();
    expect(stats.data?.statistics.value).toBe(5);
    const byHeader = await withKey<{ statistics: { value: number } }>(RECEIVED, created.key, "x-api-key");
    expect(byHeader.data?.statistics.value).toBe(5);

    const listed = await h.gql<{ analystApiKeys: { nodes: Array<{ id: string; lastUsedAt: string | null; prefix: string }> } }>(
      `{ analystApiKeys { nodes { id prefix lastUsedAt } } }`,
      {},
      admin,
    );
    expect(listed.data?.analystApiKeys.nodes.find((k) => k.id === created.apiKey.id)?.lastUsedAt).not.toBeNull();
    const uses = await h.db.prisma.auditLog.findMany({ where: { action: "apiKeyUsed", councilId: "demo-north" } });
    expect(uses.length).toBe(2);
    expect(uses.every((u) => u.actorRole === "api_key" && (u.detail as { apiKeyId?: string }).apiKeyId === created.apiKey.id)).toBe(true);
    expect(await h.db.prisma.auditLog.count({ where: { action: "createAnalystApiKey", councilId: "demo-north" } })).toBe(1);
  });

  it("reads aggregates only: refused cases, personal data, mutations, its own account and key management", async () => {
    const { key } = await createKey(admin, "Excel");
    expect(codes(await withKey(`{ cases { totalCount } }`, key))).toEqual(["FORBIDDEN"]);
    expect(codes(await withKey(`{ me { councilId roles } }`, key))).toEqual(["FORBIDDEN"]);
    expect(codes(await withKey(`{ analystApiKeys { nodes { id } } }`, key))).toEqual(["FORBIDDEN"]);
    const write = await withKey(`mutation { revokeAnalystApiKey(id: "00000000-0000-0000-0000-000000000000") { id } }`, key);
    expect(codes(write)).toEqual(["FORBIDDEN"]);
    const counts = await withKey<{ caseCounts: Array<{ key: string; count: number | null }> }>(
      `{ caseCounts(groupBy: CURRENT_STAGE) { key count } }`,
      key,
    );
    expect(counts.errors).toBeUndefined();
    expect(counts.data?.caseCounts).toEqual([{ key: "stage1", count: 5 }]);
    const catalogue = await withKey<{ metrics: unknown[] }>(`{ metrics { aggregation } }`, key);
    expect(catalogue.errors).toBeUndefined();
    // The report download accepts the key (the demo council's report in the standard layout).
    const download = await fetch(`${h.url}/reports/download?financialYear=2025&format=json`, { headers: { "x-api-key": key } });
    expect(download.status).toBe(200);
  });

  it("refuses a revoked or expired key, and an unknown one", async () => {
    const revoked = await createKey(admin, "To revoke");
    expect((await withKey(RECEIVED, revoked.key)).status).toBe(200);
    const answer = await h.gql<{ revokeAnalystApiKey: { status: string } }>(
      `mutation($id: ID!) { revokeAnalystApiKey(id: $id) { status revokedAt } }`,
      { id: revoked.apiKey.id },
      admin,
    );
    expect(answer.data?.revokeAnalystApiKey.status).toBe("REVOKED");
    const afterRevoke = await withKey(RECEIVED, revoked.key);
    expect(afterRevoke.status).toBe(401);
    expect(codes(afterRevoke)).toEqual(["UNAUTHENTICATED"]);

    const expiring = await createKey(admin, "Expiring");
    await h.db.prisma.analystApiKey.update({
      where: { id: expiring.apiKey.id },
      data: { createdAt: new Date(Date.now() - 2000), expiresAt: new Date(Date.now() - 1000) },
    });
    expect(codes(await withKey(RECEIVED, expiring.key))).toEqual(["UNAUTHENTICATED"]);
    const listed = await h.gql<{ analystApiKeys: { nodes: Array<{ id: string; status: string }> } }>(
      `{ analystApiKeys { nodes { id status } } }`,
      {},
      admin,
    );
    expect(listed.data?.analystApiKeys.nodes.find((k) => k.id === expiring.apiKey.id)?.status).toBe("EXPIRED");
    expect(codes(await withKey(RECEIVED, `${revoked.key.slice(0, -2)}xx`))).toEqual(["UNAUTHENTICATED"]);
  });

  it("keeps councils apart: another council's administrator cannot see or revoke the key, nor its analysts make one", async () => {
    const created = await createKey(admin, "North only");
    const southAdmin = await h.signIn("admin", "demo-south");
    const southKeys = await h.gql<{ analystApiKeys: { nodes: Array<{ id: string }>; totalCount: number } }>(
      `{ analystApiKeys { nodes { id } totalCount } }`,
      {},
      southAdmin,
    );
    expect(southKeys.data?.analystApiKeys).toEqual({ nodes: [], totalCount: 0 });
    const revoke = await h.gql(`mutation($id: ID!) { revokeAnalystApiKey(id: $id) { id } }`, { id: created.apiKey.id }, southAdmin);
    expect(codes(revoke)).toEqual(["NOT_FOUND"]);
    const analyst = await h.signIn("analyst", "demo-north");
    expect(codes(await h.gql(CREATE, { input: { name: "Mine", expiresOn: addCalendarDays(utcToday(), 30) } }, analyst))).toEqual(["FORBIDDEN"]);
  });

  it("refuses a key that would outlive the platform's limit, or a bad name, naming the field", async () => {
    const tooLong = await h.gql(CREATE, { input: { name: "Long", expiresOn: addCalendarDays(utcToday(), API_KEY_MAX_DAYS + 1) } }, admin);
    expect(codes(tooLong)).toEqual(["BAD_USER_INPUT"]);
    expect(tooLong.errors?.[0]?.extensions?.field).toEqual(["input", "expiresOn"]);
    const past = await h.gql(CREATE, { input: { name: "Past", expiresOn: utcToday() } }, admin);
    expect(past.errors?.[0]?.extensions?.field).toEqual(["input", "expiresOn"]);
    const name = await h.gql(CREATE, { input: { name: "x", expiresOn: addCalendarDays(utcToday(), 30) } }, admin);
    expect(name.errors?.[0]?.extensions?.field).toEqual(["input", "name"]);
    expect(await createKey(admin, "At the limit", addCalendarDays(utcToday(), API_KEY_MAX_DAYS))).toBeTruthy();
  });

  it("gives the platform administrator cross-council keys: compareCouncils only", async () => {
    const platform = await h.signInPlatformAdmin();
    const created = await createKey(platform, "National comparison");
    expect(created.apiKey.councilId).toBeNull();
    const compared = await withKey<{ compareCouncils: { councils: Array<{ councilId: string }> } }>(
      `{ compareCouncils(metrics: [STAGE_1_WITHIN_10], financialYear: 2025) { councils { councilId } } }`,
      created.key,
    );
    expect(compared.errors).toBeUndefined();
    expect(compared.data?.compareCouncils.councils.map((c) => c.councilId).sort()).toEqual(["demo-north", "demo-south"]);
    expect(codes(await withKey(RECEIVED, created.key))).toEqual(["FORBIDDEN"]);
    expect(await h.db.prisma.auditLog.count({ where: { action: "apiKeyUsed", councilId: "platform" } })).toBe(2);
  });

  it("downloads statistics and a comparison as XLSX and CSV with a key, the same figures as the fields", async () => {
    const { key } = await createKey(admin, "Spreadsheet");
    const answer = await withKey<{ statistics: { value: number; csv: string; xlsx: string }; compareCouncils: { xlsx: string } }>(
      `{ statistics(metric: CASES_RECEIVED, financialYear: 2025, groupBy: ["channel"]) { value csv xlsx } compareCouncils(metrics: [STAGE_1_WITHIN_10], financialYear: 2025) { xlsx } }`,
      key,
    );
    expect(answer.errors).toBeUndefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(answer.data?.statistics.xlsx ?? "", "base64") as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, "metric", "basis", "period_start", "period_end", "channel", "value", "base", "missing"]);
    expect(sheet?.getRow(2).getCell(5).value).toBe("Total");
    expect(sheet?.getRow(2).getCell(6).value).toBe(answer.data?.statistics.value);
    expect(answer.data?.statistics.csv.split("\r\n")[1]).toContain(",Total,5,5,");
    const compared = new ExcelJS.Workbook();
    await compared.xlsx.load(Buffer.from(answer.data?.compareCouncils.xlsx ?? "", "base64") as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    compared.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.[0]).toBe("council_id");
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["demo-north", "demo-south"]);
  });
});
