import { compareWithPublished, readReportLayoutFile, type CouncilAdapter } from "@csc/council-kit";
import { withCouncil } from "@csc/db";
import { createPluginHarness } from "@csc/council-kit/testing";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { listCouncils, loadCouncil } from "@csc/registry";
import { financialYear } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture, type ImportSummary } from "../import/import-fixture";
import { loadCaseFacts } from "./load-case-facts";
import { reportSpan } from "./report-span";
import { reportAdapterFor } from "./layout-in-force";
import { councilReport } from "./report-service";
import { runReportCommand } from "../cli/run-report";
import { renderJson } from "./render/json";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Golden tests through the database: every registered council's fixture is imported into a real PostgreSQL,
 * its report generated from the stored columns by the same code as the GraphQL `report` query, and compared
 * cell by cell with the figures it published (the adapter's listed exceptions skipped).
 */
let db: TestDatabase;
const adapters = new Map<string, CouncilAdapter>();
const summaries = new Map<string, ImportSummary>();

beforeAll(async () => {
  db = await startTestDatabase();
  for (const id of listCouncils()) {
    const adapter = await loadCouncil(id);
    adapters.set(id, adapter);
    summaries.set(id, await importCouncilFixture(db.prisma, id));
  }
}, 300_000);

afterAll(async () => {
  await db?.stop();
});

describe.each(listCouncils())("council %s through PostgreSQL", (id) => {
  it("imports every fixture record as a case", async () => {
    const summary = summaries.get(id);
    const harness = createPluginHarness(adapters.get(id) as CouncilAdapter);
    const { facts, errors } = await harness.factsWithErrors();
    expect(summary?.skipped.map((s) => s.externalId)).toEqual(errors.map((e) => e.externalId));
    expect(summary?.imported).toBe(facts.length);
    expect(await db.prisma.case.count({ where: { councilId: id } })).toBe(facts.length);
  });

  it("rebuilds from the stored columns exactly the facts the importer derived", async () => {
    const adapter = adapters.get(id) as CouncilAdapter;
    const { facts } = await createPluginHarness(adapter).factsWithErrors();
    const stored = await loadCaseFacts(db.prisma, id, { start: "1900-01-01", end: "2999-12-31" });
    const byReference = new Map(
      (await db.prisma.case.findMany({ where: { councilId: id }, select: { id: true, reference: true } })).map((r) => [r.id, r.reference]),
    );
    const normalise = (list: typeof facts) => list.map((f) => ({ ...f, id: byReference.get(f.id) ?? f.id })).sort((a, b) => a.id.localeCompare(b.id));
    expect(normalise(stored)).toEqual(normalise(facts).map((f) => ({ ...f })));
  });

  it("reproduces every published figure (but the adapter's listed exceptions) from the database", async () => {
    const adapter = adapters.get(id) as CouncilAdapter;
    const years = await adapter.published();
    expect(years.length).toBeGreaterThan(0);
    for (const { year, figures } of years) {
      const report = await councilReport(db.prisma, id, financialYear(year));
      expect(report.council).toBe(id);
      expect(report.period).toEqual(financialYear(year));
      const mismatches = compareWithPublished(report, figures, { exceptions: adapter.publishedExceptions, year });
      expect(mismatches.map((m) => m.message)).toEqual([]);
    }
  });

  it("reproduces every published figure from its layout stored as JSON in the database (layouts are data)", async () => {
    const adapter = adapters.get(id) as CouncilAdapter;
    const { layout, problems } = readReportLayoutFile(JSON.stringify(adapter.report), adapter.vocabularies);
    expect(problems).toEqual([]);
    expect(layout).toEqual(adapter.report);
    const inForce = await withCouncil(db.prisma, id, async (tx) => {
      await tx.reportLayoutVersion.create({
        data: { councilId: id, version: 1, layout: JSON.parse(JSON.stringify(layout)) as object, savedByName: "golden test" },
      });
      return (await reportAdapterFor(tx, id)).inForce;
    });
    expect(inForce).toMatchObject({ source: "stored", version: 1 });
    expect(inForce.layout).toEqual(adapter.report);
    for (const { year, figures } of await adapter.published()) {
      const report = await councilReport(db.prisma, id, financialYear(year));
      const mismatches = compareWithPublished(report, figures, { exceptions: adapter.publishedExceptions, year });
      expect(mismatches.map((m) => m.message)).toEqual([]);
    }
  }, 120_000);

  it("loads only the span of years the layout compares", async () => {
    const adapter = adapters.get(id) as CouncilAdapter;
    const year = Math.max(...(await adapter.published()).map((p) => p.year));
    const span = reportSpan(adapter, financialYear(year));
    expect(span.end).toBe(financialYear(year).end);
    expect(span.start <= financialYear(year).start).toBe(true);
  });
});

describe("pnpm report through the same database", () => {
  const run = async (argv: string[], callerDir: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runReportCommand(argv, { callerDir, databaseUrl: db.url, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    return { code, stdout: out.join(""), stderr: err.join("") };
  };

  it("prints the JSON report of the GraphQL path to stdout", async () => {
    const id = listCouncils()[0] as string;
    const year = Math.max(...(await (adapters.get(id) as CouncilAdapter).published()).map((p) => p.year));
    const result = await run(["--council", id, "--year", String(year), "--format", "json"], tmpdir());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(renderJson(await councilReport(db.prisma, id, financialYear(year))));
  });

  it("writes a file relative to the caller's directory; errors write nothing and exit non-zero", async () => {
    const dir = await mkdtemp(join(tmpdir(), "csc-cli-"));
    try {
      const id = listCouncils()[0] as string;
      const year = Math.max(...(await (adapters.get(id) as CouncilAdapter).published()).map((p) => p.year));
      const ok = await run(["--council", id, "--year", String(year), "--format", "xlsx", "--out", "r.xlsx"], dir);
      expect(ok.code).toBe(0);
      expect(existsSync(join(dir, "r.xlsx"))).toBe(true);

      const unknownCouncil = await run(["--council", "atlantis", "--year", "2021", "--format", "json", "--out", "a.json"], dir);
      expect(unknownCouncil).toMatchObject({ code: 1, stdout: "" });
      expect(unknownCouncil.stderr).toMatch(/unknown council "atlantis"; known councils: /);
      const unknownYear = await run(["--council", id, "--year", "1999", "--format", "json", "--out", "b.json"], dir);
      expect(unknownYear.code).toBe(1);
      expect(unknownYear.stderr).toMatch(/has no case records received in 1999\/00 \(--year 1999\); its records cover /);
      const badFormat = await run(["--council", id, "--year", String(year), "--format", "odt", "--out", "c.odt"], dir);
      expect(badFormat.code).toBe(1);
      expect(badFormat.stderr).toMatch(/--format must be one of/);
      expect(await readdir(dir)).toEqual(["r.xlsx"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
