import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

// Issue 9, findings 5, 9 and 10: one user slowing every council; errors naming no field.

let h: Harness;
let analyst: string;

beforeAll(async () => {
  h = await startHarness();
  analyst = await h.signIn("analyst", "demo-north");
});
afterAll(async () => h?.stop());

describe("query cost weighs what a field costs (finding 5)", () => {
  it("refuses 200 aliased reports before running any, with QUERY_TOO_COMPLEX", async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `r${i}: report(financialYear: 2025) { council }`).join(" ");
    const started = Date.now();
    const answer = await h.gql(`{ ${aliases} }`, {}, analyst);
    expect(answer.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(answer.data ?? null).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
    const statistics = Array.from({ length: 40 }, (_, i) => `s${i}: statistics(metric: ACKNOWLEDGED_IN_TARGET) { value }`).join(" ");
    expect((await h.gql(`{ ${statistics} }`, {}, analyst)).errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("still answers the dashboard's six statistics in one request", async () => {
    const six = Array.from(
      { length: 6 },
      (_, i) => `s${i}: statistics(metric: PERCENT_ACKNOWLEDGED_IN_TARGET, financialYear: 2025) { value base }`,
    ).join(" ");
    const answer = await h.gql(`{ ${six} }`, {}, analyst);
    expect(answer.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("QUERY_TOO_COMPLEX");
  });
});

describe("upper bounds on settings (finding 5)", () => {
  it("refuses an acknowledgement target of 2147483647 working days, naming the field, from the rules' maxima", async () => {
    const admin = await h.signIn("admin", "demo-north");
    const SET = `mutation($input: SetLocalTargetsInput!) { setLocalTargets(input: $input) { acknowledgementWorkingDays } }`;
    const huge = await h.gql(SET, { input: { acknowledgementWorkingDays: 2147483647, targets: [] } }, admin);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "acknowledgementWorkingDays"] });
    const months = await h.gql(SET, { input: { targets: [{ clock: "STAGE_1", months: 100000 }] } }, admin);
    expect(months.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const fine = await h.gql<{ setLocalTargets: { acknowledgementWorkingDays: number } }>(
      SET,
      { input: { acknowledgementWorkingDays: 3, targets: [] } },
      admin,
    );
    expect(fine.data?.setLocalTargets.acknowledgementWorkingDays).toBe(3);
  });
});

describe("errors that name the field (finding 9)", () => {
  it("refuses a NUL character in any text as BAD_USER_INPUT naming the field, in variables and in literals", async () => {
    const admin = await h.signIn("admin", "demo-north");
    const ADD = `mutation($input: LocalClosureDayInput!) { addLocalClosureDay(input: $input) { day label } }`;
    const viaVariable = await h.gql(ADD, { input: { day: "2026-12-29", label: "Closed\u0000day" } }, admin);
    expect(viaVariable.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "label"] });
    const literal = await h.gql(`mutation { addLocalClosureDay(input: { day: "2026-12-29", label: "a\\u0000b" }) { day } }`, {}, admin);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "label"] });
    const signIn = await h.gql(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: "a\u0000@b.example", password: "x" },
    });
    expect(signIn.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "email"] });
    expect(viaVariable.status).toBeLessThan(500);
  });

  it("answers a malformed URL (GET /%) with 400, not 500", async () => {
    const response = await fetch(`${h.url}/%`);
    expect(response.status).toBe(400);
    expect((await fetch(`${h.url}/%E0%A4%A`)).status).toBe(400);
  });
});

describe("security headers (finding 6)", () => {
  it("sends CSP without inline script, frame-ancestors 'none', nosniff, Referrer-Policy; HSTS only behind TLS", async () => {
    const plain = await fetch(`${h.url}/healthz`);
    const csp = plain.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    expect(plain.headers.get("referrer-policy")).toBe("no-referrer");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const tls = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(tls.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(tls.headers.get("content-security-policy")).toBe(csp);
  });
});

describe("inputs that break data for good (finding 10)", () => {
  it("refuses a council with id `platform`, naming the field", async () => {
    const platform = await h.signInPlatformAdmin();
    const answer = await h.gql(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      { input: { id: "platform", name: "Platform" } },
      platform,
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "id"] });
    expect(await h.db.prisma.council.count({ where: { id: "platform" } })).toBe(0);
  });

  it("lets an administrator add a team under a service area named by canonical value (Somerset's `canonical:…` codes)", async () => {
    const admin = await h.signIn("admin", "demo-north");
    const area = await h.db.prisma.councilServiceArea.findFirstOrThrow({ where: { councilId: "demo-north" } });
    await h.db.prisma.councilServiceArea.create({
      data: {
        councilId: "demo-north",
        code: `canonical:${area.canonical}`,
        label: "By canonical value",
        canonical: area.canonical,
        validFrom: area.validFrom,
      },
    });
    const added = await h.gql<{ addTeam: { code: string; serviceAreaCode: string } }>(
      `mutation($input: AddTeamInput!) { addTeam(input: $input) { code serviceAreaCode } }`,
      { input: { code: "SOM1", name: "Area team", serviceAreaCode: `canonical:${area.canonical}`, validFrom: "2026-07-01" } },
      admin,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addTeam).toEqual({ code: "SOM1", serviceAreaCode: `canonical:${area.canonical}` });
  });
});

describe("dates within a sane range (findings 9 and 10)", () => {
  it("refuses year 0000 and 9999-12-31 as BAD_USER_INPUT, never 500", async () => {
    const admin = await h.signIn("admin", "demo-north");
    const ADD = `mutation($input: LocalClosureDayInput!) { addLocalClosureDay(input: $input) { day } }`;
    for (const day of ["0000-01-01", "9999-12-31"]) {
      const answer = await h.gql(ADD, { input: { day, label: "Far away" } }, admin);
      expect(answer.status).toBeLessThan(500);
      expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const literal = await h.gql(`mutation { addLocalClosureDay(input: { day: "${day}", label: "x" }) { day } }`, {}, admin);
      expect(literal.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
    expect(await h.db.prisma.localClosureDay.count({ where: { label: "Far away" } })).toBe(0);
  });
});

describe("the right field named (finding 9)", () => {
  it("reports grounds arising after receipt against groundsAroseOn, not receivedOn", async () => {
    const { RECORD_FEEDBACK, complaint } = await import("../testing/operations");
    const officer = await h.signIn("officer", "demo-north");
    const answer = await h.gql(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2026-06-01", groundsAroseOn: "2026-06-20" }) }, officer);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "groundsAroseOn"] });
  });
});
