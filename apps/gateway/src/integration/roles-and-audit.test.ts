import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { CASE_FIELDS, RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

let h: Harness;
let officer: string;
let caseId: string;

const codes = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.map((e) => e.extensions?.code);

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", "demo-north");
  const created = await h.gql<{ recordFeedback: { id: string } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
  caseId = created.data?.recordFeedback.id as string;
});
afterAll(async () => h?.stop());

describe("roles", () => {
  it("refuses an analyst any case or personal data, but gives aggregates", async () => {
    const analyst = await h.signIn("analyst", "demo-north");
    const one = await h.gql(`query($id: ID!) { case(id: $id) { reference summary complainant { name } } }`, { id: caseId }, analyst);
    expect(codes(one)).toEqual(["FORBIDDEN"]);
    expect(one.errors?.[0]?.message).toBe("Your role does not allow Query.case");
    expect(one.data).toBeNull();
    const list = await h.gql(`{ cases { edges { node { id } } } }`, {}, analyst);
    expect(codes(list)).toEqual(["FORBIDDEN"]);
    const counts = await h.gql<{ caseCounts: Array<{ key: string; count: number | null; suppressed: boolean }> }>(
      `{ caseCounts(groupBy: CURRENT_STAGE) { key count suppressed } }`,
      {},
      analyst,
    );
    // One case: an analyst gets the aggregate with the small number suppressed (src/reports/suppression.ts).
    expect(counts.data?.caseCounts).toEqual([{ key: "stage1", count: null, suppressed: true }]);
    const write = await h.gql(RECORD_FEEDBACK, { input: complaint() }, analyst);
    expect(codes(write)).toEqual(["FORBIDDEN"]);
  });

  it("lets an auditor read the facts and the audit log but not the person", async () => {
    const auditor = await h.signIn("auditor", "demo-north");
    const facts = await h.gql<{ case: { reference: string } }>(`query($id: ID!) { case(id: $id) { reference status } }`, { id: caseId }, auditor);
    expect(facts.errors).toBeUndefined();
    const person = await h.gql(`query($id: ID!) { case(id: $id) { reference summary } }`, { id: caseId }, auditor);
    expect(codes(person)).toEqual(["FORBIDDEN"]);
    expect(person.errors?.[0]?.message).toBe("Your role does not allow Case.summary");
  });

  it("answers UNAUTHENTICATED without a token or with a bad one", async () => {
    expect(codes(await h.gql(`{ cases { totalCount } }`))).toEqual(["UNAUTHENTICATED"]);
    const bad = await h.gql(`{ me { userId } }`, {}, "not-a-token");
    expect(codes(bad)).toEqual(["UNAUTHENTICATED"]);
    expect(bad.status).toBe(401);
    const wrong = await h.gql(
      `mutation { signIn(input: { councilId: "demo-north", email: "officer@demo-north.example", password: "wrong-password" }) { token } }`,
    );
    expect(wrong.errors?.[0]?.message).toBe("The email, password or council is not right");
    const otherCouncil = await h.gql(
      `mutation { signIn(input: { councilId: "demo-south", email: "officer@demo-north.example", password: "demo-password-2026" }) { token } }`,
    );
    expect(codes(otherCouncil)).toEqual(["UNAUTHENTICATED"]);
  });

  it("lets only the platform administrator create a council", async () => {
    const create = `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id name } }`;
    expect(codes(await h.gql(create, { input: { id: "demo-east", name: "Demo East" } }, officer))).toEqual(["FORBIDDEN"]);
    const admin = await h.signInPlatformAdmin();
    const made = await h.gql(create, { input: { id: "demo-east", name: "Demo East" } }, admin);
    expect(made.data).toEqual({ createCouncil: { id: "demo-east", name: "Demo East" } });
    const again = await h.gql(create, { input: { id: "demo-east", name: "Demo East" } }, admin);
    expect(codes(again)).toEqual(["CONFLICT"]);
  });
});

describe("audit", () => {
  it("records every mutation and each read of a case's personal data (who, role, council, what, case)", async () => {
    await h.gql(`query($id: ID!) { case(id: $id) { summary complainant { name } points { summary } } }`, { id: caseId }, officer);
    const rows = await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-north", caseId }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.actorRole])).toEqual([
      ["recordFeedback", "complaints_officer"],
      ["read_personal_data", "complaints_officer"],
    ]);
    expect(rows[1]?.actorId).toBeTruthy();
    expect(JSON.stringify(rows.map((r) => ({ ...r, id: String(r.id) })))).not.toContain("Alex Example");
  });

  it("cannot be changed or deleted, even by the database owner", async () => {
    await expect(h.db.prisma.$executeRaw`UPDATE audit_log SET action = 'nothing'`).rejects.toThrow(/append-only/);
    await expect(h.db.prisma.$executeRaw`DELETE FROM audit_log`).rejects.toThrow(/append-only/);
    expect(await h.db.prisma.auditLog.count({ where: { action: "nothing" } })).toBe(0);
  });
});

describe("optimistic locking", () => {
  it("refuses a stale version with CONFLICT and keeps the first write", async () => {
    const fresh = await h.db.prisma.case.findFirstOrThrow({ where: { id: caseId } });
    const ack = caseMutation("acknowledgeCase", "DatedCaseChangeInput");
    const input = { caseId, version: fresh.version, on: "2026-01-06" };
    const [a, b] = await Promise.all([h.gql(ack, { input }, officer), h.gql(ack, { input }, officer)]);
    const outcomes = [codes(a) ?? ["OK"], codes(b) ?? ["OK"]].map((c) => c[0]).sort();
    expect(outcomes).toEqual(["CONFLICT", "OK"]);
    const refused = [a, b].find((x) => x.errors)?.errors?.[0]?.message;
    expect(refused).toContain(`you had version ${fresh.version}, it is now version ${fresh.version + 1}`);
    expect(await h.db.prisma.caseEvent.count({ where: { caseId, type: "acknowledged" } })).toBe(1);
  });
});

describe("bad input is answered with an error and nothing is stored", () => {
  const count = () => h.db.prisma.case.count();

  it("names the field and the rule", async () => {
    const before = await count();
    const badDate = await h.gql(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2026-02-30" }) }, officer);
    expect(codes(badDate)).toEqual(["BAD_USER_INPUT"]);
    expect(badDate.errors?.[0]?.message).toContain("2026-02-30");
    const long = await h.gql(RECORD_FEEDBACK, { input: complaint({ summary: "x".repeat(10_001) }) }, officer);
    expect(long.errors?.[0]).toMatchObject({
      message: "input.summary: must be at most 10000 characters",
      extensions: { code: "BAD_USER_INPUT", field: ["input", "summary"] },
    });
    const email = await h.gql(RECORD_FEEDBACK, { input: complaint({ complainant: { email: "not-an-email" } }) }, officer);
    expect(email.errors?.[0]?.extensions?.field).toEqual(["input", "complainant", "email"]);
    expect(await count()).toBe(before);
  });

  it("passes on the rules engine's refusal in words an officer understands", async () => {
    const fresh = await h.db.prisma.case.findFirstOrThrow({ where: { id: caseId } });
    const early = await h.gql(
      caseMutation("recordStageResponse", "RecordStageResponseInput"),
      { input: { caseId, version: fresh.version, on: "2025-12-01", stage: "STAGE_1", outcomes: [{ pointId: "1", outcome: "UPHELD" }] } },
      officer,
    );
    expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
    expect(early.errors?.[0]?.message).toMatch(/before/i);
    const unknownPoint = await h.gql(
      caseMutation("recordStageResponse", "RecordStageResponseInput"),
      { input: { caseId, version: fresh.version, on: "2026-01-10", stage: "STAGE_1", outcomes: [{ pointId: "9", outcome: "UPHELD" }] } },
      officer,
    );
    expect(unknownPoint.errors?.[0]?.message).toBe('input.outcomes.0.pointId: the case has no point of complaint "9"');
    expect((await h.db.prisma.case.findFirstOrThrow({ where: { id: caseId } })).version).toBe(fresh.version);
  });

  it("refuses an oversized body, too deep a query and too large a page", async () => {
    const before = await count();
    const response = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${officer}` },
      body: JSON.stringify({ query: RECORD_FEEDBACK, variables: { input: complaint({ summary: "x".repeat(200_000) }) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await count()).toBe(before);

    const deep = `{ cases { edges { node { ${"a { ".repeat(12)} b ${"} ".repeat(12)} } } } }`;
    const tooDeep = await h.gql(deep, {}, officer);
    expect(codes(tooDeep)?.[0]).toBe("QUERY_TOO_COMPLEX");
    expect(tooDeep.errors?.map((e) => e.message)).toContain("The query is 16 levels deep; the limit is 12");
    const costly = await h.gql(`{ cases(first: 100) { edges { node { ${CASE_FIELDS} } } } }`, {}, officer);
    expect(costly.errors?.[0]?.message).toMatch(/^The query costs \d+; the limit is 5000/);
    const page = await h.gql(`{ cases(first: 500) { totalCount } }`, {}, officer);
    expect(page.errors?.[0]?.message).toBe("first: must be at most 100");
    const invalidJson = await fetch(`${h.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(invalidJson.status).toBe(400);
  });

  it("masks unexpected errors and keeps stack traces and personal data out of responses and logs", async () => {
    const logged = JSON.stringify(h.logs);
    expect(logged).not.toContain("Alex Example");
    expect(logged).not.toContain("alex@example.test");
    expect(h.logs.some((l) => l.event === "graphql.request")).toBe(true);
  });
});
