import { loadCouncil } from "@csc/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { startHarness, type Harness } from "../testing/harness";

/**
 * importCaseExport over HTTP: Hartlepool is created from the first 10 records of its fixture export, then its
 * administrator imports the first 20 (10 duplicates, 10 new) — first as a dry run, then for real.
 */
let h: Harness;
let admin: string;
let officer: string;
let fixture: string[];

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importCaseExport(csv: $csv, dryRun: $dryRun) { dryRun parsed imported duplicates refused { externalId row reason } }
}`;
type Summary = {
  dryRun: boolean;
  parsed: number;
  imported: number;
  duplicates: number;
  refused: { externalId: string | null; row: number; reason: string }[];
};
const firstRows = (n: number) => fixture.slice(0, n + 1).join("\n") + "\n";
const caseCount = () => h.db.prisma.case.count({ where: { councilId: "hartlepool" } });

beforeAll(async () => {
  h = await startHarness();
  const adapter = await loadCouncil("hartlepool");
  fixture = (await adapter.fixtures()).split(/\r?\n/).filter((line) => line.length > 0);
  const subset = fixture.slice(0, 11).join("\n") + "\n";
  await importCouncilFixture(h.db.prisma, "hartlepool", { adapter: { ...adapter, fixtures: async () => subset } });
  await h.addUser("hartlepool", "council_admin", "admin@hartlepool.example", "Test admin");
  await h.addUser("hartlepool", "complaints_officer", "officer@hartlepool.example", "Test officer");
  admin = await h.signIn("admin", "hartlepool");
  officer = await h.signIn("officer", "hartlepool");
}, 120_000);
afterAll(async () => h?.stop());

describe("importCaseExport", () => {
  it("checks a file on a dry run, counting duplicates and storing nothing", async () => {
    const before = await caseCount();
    expect(before).toBeGreaterThan(0);
    const answer = await h.gql<{ importCaseExport: Summary }>(IMPORT, { csv: firstRows(20), dryRun: true }, admin);
    expect(answer.errors).toBeUndefined();
    const summary = answer.data?.importCaseExport as Summary;
    expect(summary).toMatchObject({ dryRun: true, parsed: 20, duplicates: before });
    expect(summary.imported + summary.refused.length).toBe(20 - before);
    expect(await caseCount()).toBe(before);
  });

  it("imports the new records, skips the duplicates and audits the import", async () => {
    const before = await caseCount();
    const answer = await h.gql<{ importCaseExport: Summary }>(IMPORT, { csv: firstRows(20) }, admin);
    expect(answer.errors).toBeUndefined();
    const summary = answer.data?.importCaseExport as Summary;
    expect(summary.dryRun).toBe(false);
    expect(summary.imported).toBeGreaterThan(0);
    expect(await caseCount()).toBe(before + summary.imported);
    const ref = fixture[15]?.split(",")[0] as string;
    expect(await h.db.prisma.case.count({ where: { councilId: "hartlepool", reference: ref } })).toBe(1);
    const again = await h.gql<{ importCaseExport: Summary }>(IMPORT, { csv: firstRows(20) }, admin);
    expect(again.data?.importCaseExport).toMatchObject({ imported: 0, duplicates: before + summary.imported });
    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "hartlepool", action: "importCaseExport" } });
    expect(audit.length).toBe(3);
    expect(audit[0]?.actorRole).toBe("council_admin");
  });

  it("refuses a file the importer cannot read, naming the row and column, storing nothing", async () => {
    const before = await caseCount();
    const lines = firstRows(25).split("\n");
    lines[3] = (lines[3] as string).replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, "$1not-a-date");
    const answer = await h.gql(IMPORT, { csv: lines.join("\n") }, admin);
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.message).toMatch(/row 4, column "Date Received"/);
    const empty = await h.gql(IMPORT, { csv: "  " }, admin);
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await caseCount()).toBe(before);
  });

  it("takes a body over the 100 KB limit for importCaseExport only", async () => {
    const padding = `\n# ${"x".repeat(150_000)}\n`;
    const post = (query: string, variables: Record<string, unknown>) =>
      fetch(`${h.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query: query + padding, variables }),
      });
    const large = await post(IMPORT, { csv: firstRows(20), dryRun: true });
    expect(large.status).toBe(200);
    expect(((await large.json()) as { data: { importCaseExport: Summary } }).data.importCaseExport.parsed).toBe(20);
    const other = await post(
      `mutation($csv: String!) { importCaseExport(csv: $csv, dryRun: true) { parsed } signIn(input: { email: "a@b.example", password: "x" }) { token } }`,
      { csv: firstRows(20) },
    );
    expect(other.status).toBe(413);
  });

  it("is for council administrators only", async () => {
    const before = await caseCount();
    const answer = await h.gql(IMPORT, { csv: firstRows(30) }, officer);
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const north = await h.gql(IMPORT, { csv: firstRows(30) }, await h.signIn("admin", "demo-north"));
    expect(north.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await caseCount()).toBe(before);
  });

  it("refuses by row a record whose team has no team row on the date received, storing the rest, never an internal error", async () => {
    const teams = await h.db.prisma.team.findMany({ where: { councilId: "hartlepool" }, select: { id: true, code: true } });
    await Promise.all(
      teams.map((t) => h.db.prisma.team.updateMany({ where: { councilId: "hartlepool", id: t.id }, data: { code: `${t.code}-GONE` } })),
    );
    try {
      const answer = await h.gql<{ importCaseExport: Summary }>(IMPORT, { csv: firstRows(40), dryRun: true }, admin);
      expect(answer.errors).toBeUndefined();
      const summary = answer.data?.importCaseExport as Summary;
      const byTeam = summary.refused.filter((r) => r.reason.includes("is not one of the council's teams"));
      expect(byTeam.length).toBeGreaterThan(0);
      expect(byTeam[0]?.reason).toMatch(/^case ".+": team: ".+" is not one of the council's teams on \d{4}-\d{2}-\d{2} \(the date received\)/);
      expect(byTeam.every((r) => r.row > 1)).toBe(true);
    } finally {
      await Promise.all(teams.map((t) => h.db.prisma.team.updateMany({ where: { councilId: "hartlepool", id: t.id }, data: { code: t.code } })));
    }
  });
});
