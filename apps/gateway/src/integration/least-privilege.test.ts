import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";

// Issue 9 finding 7: the gateway runs on its login role, which owns nothing and bypasses nothing. Its client can do
// nothing by itself; everything it does goes through a council transaction (csc_app) or withPlatform (csc_platform).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => h?.stop());

describe("the gateway's database role", () => {
  it("is the login role csc_gateway, not a superuser", async () => {
    const [who] = await h.runtime.$queryRawUnsafe<Array<{ user: string; superuser: string }>>(
      "SELECT current_user AS user, current_setting('is_superuser') AS superuser",
    );
    expect(who).toEqual({ user: "csc_gateway", superuser: "off" });
  });

  it("reads and writes nothing outside a council or platform transaction", async () => {
    await expect(h.runtime.council.findMany()).rejects.toThrow(/permission denied/);
    await expect(h.runtime.case.count()).rejects.toThrow(/permission denied/);
    await expect(h.runtime.$executeRawUnsafe("ALTER TABLE audit_log DISABLE TRIGGER USER")).rejects.toThrow(/must be owner/);
    await expect(h.runtime.$executeRawUnsafe("UPDATE audit_log SET action = 'tampered'")).rejects.toThrow(/permission denied/);
  });

  it("still serves sign-in, council creation and a council's own work through its roles", async () => {
    const platform = await h.signInPlatformAdmin();
    const made = await h.gql<{ createCouncil: { id: string; serviceAreas: string[] } }>(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id serviceAreas } }`,
      { input: { id: "least-privilege", name: "Least Privilege Council" } },
      platform,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data?.createCouncil.serviceAreas.length).toBeGreaterThan(0);
    const officer = await h.signIn("officer", "demo-north");
    const me = await h.gql<{ me: { councilId: string } }>(`{ me { councilId } }`, {}, officer);
    expect(me.data?.me.councilId).toBe("demo-north");
    const audited = await h.db.prisma.auditLog.count({ where: { action: { in: ["signIn", "createCouncil"] } } });
    expect(audited).toBeGreaterThanOrEqual(3);
  });
});
