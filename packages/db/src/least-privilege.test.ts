import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import type { PrismaClient } from "../generated/prisma/client";
import { GATEWAY_LOGIN_ROLE } from "./roles";
import { startTestDatabase, type TestDatabase } from "./testing";
import { withCouncil } from "./with-council";
import { withPlatform } from "./with-platform";

// Issue 9 finding 7: the gateway connects as csc_gateway, which owns nothing and bypasses nothing; it can only
// SET ROLE into csc_app (council work under row-level security) or csc_platform (platform tables only).

let db: TestDatabase;
let gateway: pg.Client;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.council.create({ data: { id: "council-a", name: "A" } });
  const created = await db.prisma.case.create({
    data: { councilId: "council-a", reference: "A-1", kind: "complaint", receivedOn: new Date("2024-05-01"), status: "received" },
  });
  await db.prisma.casePerson.create({ data: { councilId: "council-a", caseId: created.id, role: "child", name: "A child" } });
  await db.prisma.caseNarrative.create({ data: { councilId: "council-a", caseId: created.id, kind: "summary", text: "What happened" } });
  await db.prisma.auditLog.create({ data: { councilId: "council-a", actorRole: "complaints_officer", action: "recordFeedback" } });
  gateway = new pg.Client({ connectionString: db.gatewayUrl });
  await gateway.connect();
  prisma = createPrismaClient(db.gatewayUrl, { maxConnections: 2 });
});

afterAll(async () => {
  await gateway?.end();
  await prisma?.$disconnect();
  await db?.stop();
});

/** Runs `sql` as the gateway's login role in a transaction that is rolled back, whatever happens. */
async function asGateway(sql: string, role?: "csc_app" | "csc_platform"): Promise<pg.QueryResult> {
  await gateway.query("BEGIN");
  try {
    if (role) await gateway.query(`SET LOCAL ROLE ${role}`);
    return await gateway.query(sql);
  } finally {
    await gateway.query("ROLLBACK");
  }
}

describe("the gateway's login role", () => {
  it("is a login role that owns nothing and bypasses nothing", async () => {
    const rows = await db.prisma.$queryRawUnsafe<Array<Record<string, boolean>>>(
      `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolinherit, rolcanlogin FROM pg_roles WHERE rolname = $1`,
      GATEWAY_LOGIN_ROLE,
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolinherit: false, rolcanlogin: true }]);
    const owned = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname IN ('csc_gateway', 'csc_app', 'csc_platform')`,
    );
    expect(owned).toEqual([{ n: 0 }]);
  });

  it("cannot switch off the audit log's append-only trigger", async () => {
    await expect(asGateway("ALTER TABLE audit_log DISABLE TRIGGER USER")).rejects.toThrow(/must be owner/);
    await expect(asGateway("ALTER TABLE audit_log DISABLE TRIGGER USER", "csc_app")).rejects.toThrow(/must be owner/);
    await expect(asGateway("ALTER TABLE audit_log DISABLE TRIGGER USER", "csc_platform")).rejects.toThrow(/must be owner/);
  });

  it("cannot change or delete audit records, as itself or either role", async () => {
    await expect(asGateway("UPDATE audit_log SET action = 'tampered'")).rejects.toThrow(/permission denied/);
    await expect(asGateway("UPDATE audit_log SET action = 'tampered'", "csc_platform")).rejects.toThrow(/permission denied/);
    await expect(asGateway("DELETE FROM audit_log", "csc_platform")).rejects.toThrow(/permission denied/);
    expect(await db.prisma.auditLog.count({ where: { action: "tampered" } })).toBe(0);
  });

  it("reads no case without a council: refused as itself, nothing under csc_app", async () => {
    await expect(asGateway("SELECT * FROM case_record")).rejects.toThrow(/permission denied/);
    expect((await asGateway("SELECT * FROM case_record", "csc_app")).rows).toEqual([]);
    expect((await asGateway("SELECT * FROM case_person", "csc_app")).rows).toEqual([]);
    const own = await withCouncil(prisma, "council-a", (tx) => tx.case.findMany({ select: { reference: true } }));
    expect(own).toEqual([{ reference: "A-1" }]);
  });

  it("analyses through analyze_if_outgrown only as csc_app, only the tables the import checks keys against, only once outgrown", async () => {
    await expect(asGateway("SELECT analyze_if_outgrown('case_record')")).rejects.toThrow(/permission denied/);
    const outgrown = async (table: string) =>
      (await asGateway(`SELECT analyze_if_outgrown('${table}') AS analysed`, "csc_app")).rows[0] as { analysed: boolean };
    // audit_log is no table it analyses; case_record holds one case (a page).
    expect(await outgrown("audit_log")).toEqual({ analysed: false });
    expect(await outgrown("case_record")).toEqual({ analysed: false });
  });

  it("cannot drop a table, create one, or become the owner", async () => {
    await expect(asGateway("DROP TABLE case_record")).rejects.toThrow(/must be owner/);
    await expect(asGateway("DROP TABLE audit_log", "csc_app")).rejects.toThrow(/must be owner/);
    await expect(asGateway("CREATE TABLE stray (id int)")).rejects.toThrow(/permission denied/);
    const owner = new URL(db.url).username;
    await expect(asGateway(`SET ROLE ${owner}`)).rejects.toThrow(/permission denied/);
    await expect(asGateway("SET ROLE postgres")).rejects.toThrow(/permission denied/);
    await expect(asGateway("SET session_replication_role = replica")).rejects.toThrow(/permission denied/);
  });
});

describe("the platform role (withPlatform)", () => {
  it("reads and writes the platform tables", async () => {
    const user = await withPlatform(prisma, (tx) => tx.user.create({ data: { email: "p@example.org", displayName: "P" } }));
    await withPlatform(prisma, (tx) => tx.user.update({ where: { id: user.id }, data: { failedSignIns: 1 } }));
    const councils = await withPlatform(prisma, (tx) => tx.council.findMany({ select: { id: true } }));
    expect(councils).toEqual([{ id: "council-a" }]);
    await withPlatform(prisma, (tx) => tx.auditLog.create({ data: { councilId: "platform", actorRole: "platform_admin", action: "createCouncil" } }));
    expect(await db.prisma.auditLog.count({ where: { councilId: "platform" } })).toBe(1);
  });

  it("looks a session up only through live_session_of: as itself in one statement, never the table itself", async () => {
    const user = await db.prisma.user.create({ data: { email: "s@example.org", displayName: "S" } });
    await db.prisma.userCouncilRole.create({ data: { councilId: "council-a", userId: user.id, role: "complaints_officer" } });
    const session = await db.prisma.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const lookup = `SELECT user_id, roles, revoked_at FROM live_session_of('${session.id}', 'council-a')`;
    expect((await gateway.query(lookup)).rows).toEqual([{ user_id: user.id, roles: ["complaints_officer"], revoked_at: null }]);
    // Roles in another council are not the session council's.
    expect((await gateway.query(`SELECT roles FROM live_session_of('${session.id}', 'council-b')`)).rows).toEqual([{ roles: [] }]);
    await expect(gateway.query("SELECT count(*) FROM user_session")).rejects.toThrow(/permission denied/);
    await expect(asGateway(lookup, "csc_app")).rejects.toThrow(/permission denied/);
  });

  it("cannot read a case, its narrative or its people", async () => {
    for (const table of ["case_record", "case_narrative", "case_person", "case_event", "case_contact", "case_document"]) {
      await expect(asGateway(`SELECT count(*) FROM ${table}`, "csc_platform")).rejects.toThrow(/permission denied/);
    }
    await expect(withPlatform(prisma, (tx) => tx.caseNarrative.findMany())).rejects.toThrow(/permission denied/);
  });

  it("cannot make a platform administrator", async () => {
    await expect(
      withPlatform(prisma, (tx) => tx.user.create({ data: { email: "q@example.org", displayName: "Q", isPlatformAdmin: true } })),
    ).rejects.toThrow(/row-level security/);
    await expect(asGateway("UPDATE app_user SET is_platform_admin = true", "csc_platform")).rejects.toThrow(/permission denied/);
  });

  it("cannot change what it only reads: a council's settings, or roles", async () => {
    await expect(asGateway("UPDATE council SET name = 'X'", "csc_platform")).rejects.toThrow(/permission denied/);
    await expect(asGateway("DELETE FROM user_council_role", "csc_platform")).rejects.toThrow(/permission denied/);
    await expect(asGateway("UPDATE app_user SET email = 'x@example.org'", "csc_platform")).rejects.toThrow(/permission denied/);
  });
});
