import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../build-schema";
import { fuzzArguments, operationFor, rootFields, seededRandom } from "../testing/fuzz-inputs";
import { startHarness, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

/**
 * The cross-council probe of the security suite (issue 9): every query and mutation that takes arguments is
 * called by each kind of demo-north user with demo-south's identifiers in every id field (cases, people, teams,
 * users, vocabularies, notes, everything the other council has). Nothing of demo-south may come back in `data`,
 * no request may answer 5xx, and demo-south's rows must be exactly as they were afterwards. Then forged tokens:
 * one correctly signed naming demo-south for a demo-north user, an unsigned one, one signed with another secret.
 */
const SECRET = "SOUTHSECRET";
const PER_FIELD = Number(process.env.CSC_PROBE_PER_FIELD ?? 16);

let h: Harness;
let tokens: string[];
let foreignIds: string[];
let southCaseId: string;

/** Every table with a council_id, and a digest of demo-south's rows in each (sessions and the audit trail aside). */
async function southDigest(): Promise<Record<string, string>> {
  const tables = await h.db.prisma.$queryRaw<{ table: string }[]>`
    SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'council_id'
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('audit_log', 'user_session') ORDER BY 1`;
  const digest: Record<string, string> = {};
  for (const { table } of tables) {
    const rows = await h.db.prisma.$queryRawUnsafe<{ d: string }[]>(
      `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS d FROM "${table}" t WHERE council_id = 'demo-south'`,
    );
    digest[table] = rows[0]?.d ?? "";
  }
  return digest;
}

beforeAll(async () => {
  h = await startHarness();
  const south = await h.signIn("manager", "demo-south");
  const recorded = await h.gql<{ recordFeedback: { id: string } }>(
    RECORD_FEEDBACK,
    { input: complaint({ summary: `${SECRET} summary about a child`, complainant: { name: `${SECRET} Parent`, email: "south@example.test" } }) },
    south,
  );
  if (!recorded.data) throw new Error(`could not record demo-south's case: ${JSON.stringify(recorded.errors)}`);
  southCaseId = recorded.data.recordFeedback.id;
  const idColumns = await h.db.prisma.$queryRaw<{ table: string; column: string }[]>`
    SELECT c.relname AS table, a.attname AS column FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid = 'uuid'::regtype
     WHERE n.nspname = 'public' AND c.relkind = 'r'
       AND EXISTS (SELECT 1 FROM pg_attribute b WHERE b.attrelid = c.oid AND b.attname = 'council_id')`;
  const ids = new Set<string>();
  for (const { table, column } of idColumns) {
    const rows = await h.db.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT DISTINCT "${column}"::text AS id FROM "${table}" WHERE council_id = 'demo-south' AND "${column}" IS NOT NULL`,
    );
    for (const row of rows) ids.add(row.id);
  }
  foreignIds = [...ids];
  tokens = await Promise.all((["admin", "manager", "officer", "analyst", "auditor"] as const).map((role) => h.signIn(role, "demo-north")));
}, 120_000);
afterAll(async () => h?.stop());

describe("the wall between councils, probed over every operation", () => {
  /** Sends every operation with arguments PER_FIELD times, with demo-south's ids; returns what came back of demo-south. */
  async function probe(
    kinds: readonly ("query" | "mutation")[],
    as: readonly string[],
    ids = foreignIds,
  ): Promise<{ sent: number; leaks: string[] }> {
    const leaks: string[] = [];
    let sent = 0;
    for (const kind of kinds) {
      for (const field of rootFields(buildSchema(), kind)) {
        if (field.args.length === 0 || field.name === "signOut" || field.name === "signOutEverywhere") continue;
        const document = operationFor(kind, field, 2);
        for (let i = 0; i < PER_FIELD; i += 1) {
          const variables = fuzzArguments(field.args, { random: seededRandom(i + 7919 * sent), ids, hostile: false });
          const answer = await h.gql(document, variables, as[i % as.length]);
          sent += 1;
          const data = JSON.stringify(answer.data ?? null);
          if (answer.status >= 500) leaks.push(`${kind} ${field.name}: HTTP ${answer.status}`);
          if (data.includes(SECRET)) leaks.push(`${kind} ${field.name}: demo-south's text in data ${data.slice(0, 200)}`);
          const id = foreignIds.find((foreign) => data.includes(foreign));
          if (id) leaks.push(`${kind} ${field.name}: demo-south's id ${id} in data ${data.slice(0, 200)}`);
        }
      }
    }
    return { sent, leaks };
  }

  it("the probe sees demo-south's data when demo-south itself asks (so it can see a leak)", async () => {
    const south = await h.signIn("manager", "demo-south");
    // Only demo-south's case id in every id field: `case(id:)` and the like then find it (16 tries each).
    const { leaks } = await probe(["query"], [south], [southCaseId]);
    expect(leaks.length).toBeGreaterThan(0);
  }, 600_000);

  it("no query or mutation given another council's ids returns or changes anything of that council", async () => {
    expect(foreignIds.length).toBeGreaterThan(20);
    const before = await southDigest();
    const { sent, leaks } = await probe(["query", "mutation"], tokens);
    console.log(`cross-council probe: ${sent} requests with ${foreignIds.length} of demo-south's ids, ${leaks.length} leaks`);
    expect(sent).toBeGreaterThan(800);
    expect(leaks).toEqual([]);
    expect(await southDigest()).toEqual(before);
  }, 600_000);

  it("refuses forged tokens: another council named in a signed token, unsigned, or signed with another secret", async () => {
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo-north.example" } });
    const session = await h.db.prisma.userSession.create({
      data: { userId: user.id, signedInCouncil: "demo-north", expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const claims = (council: string) =>
      new SignJWT({ council })
        .setProtectedHeader({ alg: "HS256" })
        .setIssuer("csc-gateway")
        .setAudience("csc-gateway")
        .setSubject(user.id)
        .setJti(session.id)
        .setIssuedAt()
        .setExpirationTime("1h");
    const signedForSouth = await claims("demo-south").sign(new TextEncoder().encode("test-secret-test-secret-test-secret"));
    const otherSecret = await claims("demo-north").sign(new TextEncoder().encode("another-secret-another-secret-12345"));
    const [header, payload] = otherSecret.split(".");
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${payload}.`;
    const query = `{ cases(first: 5) { edges { node { id reference } } } }`;
    for (const token of [signedForSouth, otherSecret, unsigned, `${header}.${payload}.`]) {
      const answer = await h.gql(query, {}, token);
      expect(answer.status, token.slice(0, 20)).toBeLessThan(500);
      expect(JSON.stringify(answer.data ?? null)).not.toContain(SECRET);
      expect(answer.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
  });
});
