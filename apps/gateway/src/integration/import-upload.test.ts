import { loadCouncil } from "@csc/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { IMPORT_JOB_SILENT_MS } from "../import/import-job";
import { startHarness, type Harness } from "../testing/harness";

/**
 * POST /imports/cases and the importJob query over HTTP on real PostgreSQL: Hartlepool's administrator uploads an
 * export of 20,000 records (copies of its fixture export, each with a reference of its own) as a stream, and follows
 * the job (records read, cases stored) to its summary; a file the importer refuses fails the job by row and column.
 */
let h: Harness;
let admin: string;
let officer: string;
let header: string;
let records: string[];

const JOB = `query($id: ID!) { importJob(id: $id) { id status recordsTotal recordsRead casesStored error summary { parsed imported duplicates refused { row } } } }`;
type Job = {
  id: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  recordsTotal: number | null;
  recordsRead: number;
  casesStored: number;
  error: string | null;
  summary: { parsed: number; imported: number; duplicates: number; refused: { row: number }[] } | null;
};
const caseCount = () => h.db.prisma.case.count({ where: { councilId: "hartlepool" } });

/** `n` records made from the fixture's, each with its own reference (the first column). */
function exportOf(n: number, tag: string): string {
  const body = Array.from({ length: n }, (_, i) => {
    const record = records[i % records.length] as string;
    const comma = record.indexOf(",");
    return `${record.slice(0, comma)}-${tag}${Math.floor(i / records.length)}${record.slice(comma)}`;
  });
  return `${header}\n${body.join("\n")}\n`;
}

const upload = (csv: string, token: string, query = "") =>
  fetch(`${h.url}/imports/cases${query}`, { method: "POST", headers: { "content-type": "text/csv", authorization: `Bearer ${token}` }, body: csv });

async function follow(jobId: string): Promise<{ job: Job; seen: Job[] }> {
  const seen: Job[] = [];
  for (;;) {
    const answer = await h.gql<{ importJob: Job }>(JOB, { id: jobId }, admin);
    expect(answer.errors).toBeUndefined();
    const job = answer.data?.importJob as Job;
    seen.push(job);
    if (job.status !== "RUNNING") return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  h = await startHarness();
  const adapter = await loadCouncil("hartlepool");
  [header = "", ...records] = (await adapter.fixtures()).split(/\r?\n/).filter((line) => line.length > 0);
  await importCouncilFixture(h.db.prisma, "hartlepool", { adapter: { ...adapter, fixtures: async () => `${header}\n${records[0]}\n` } });
  await h.addUser("hartlepool", "council_admin", "admin@hartlepool.example", "Test admin");
  await h.addUser("hartlepool", "complaints_officer", "officer@hartlepool.example", "Test officer");
  admin = await h.signIn("admin", "hartlepool");
  officer = await h.signIn("officer", "hartlepool");
}, 120_000);
afterAll(async () => h?.stop());

describe("POST /imports/cases", () => {
  it("imports 20,000 records as a job whose progress any request can read", async () => {
    const before = await caseCount();
    const response = await upload(exportOf(20_000, "U"), admin);
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const { job, seen } = await follow(jobId);
    expect(job).toMatchObject({ status: "SUCCEEDED", recordsTotal: 20_000, recordsRead: 20_000, error: null });
    expect(job.summary).toMatchObject({ parsed: 20_000, duplicates: 0 });
    expect((job.summary?.imported ?? 0) + (job.summary?.refused.length ?? 0)).toBe(20_000);
    expect(job.casesStored).toBe(job.summary?.imported);
    expect(await caseCount()).toBe(before + (job.summary?.imported ?? 0));
    // Progress moved in steps of a batch while the import ran (never past the file, never backwards).
    const reads = seen.map((s) => s.recordsRead);
    expect(reads).toEqual([...reads].sort((a, b) => a - b));
    expect(reads.every((r) => r % 1000 === 0 || r === 20_000)).toBe(true);
    // Every stored case has its counted units, nothing is left pending, and the rollup equals the units' own.
    const [units] = await h.db.prisma.$queryRaw<{ without: number; pending: number; off: number }[]>`WITH
      units AS (SELECT council_id, unit, stage, metric, basis, month, dim, dim_value, days, base, hits, value_sum, value_count
        FROM counted_unit_rollup_of((SELECT array_agg(u) FROM counted_unit u WHERE u.council_id = 'hartlepool'))),
      rollup AS (SELECT council_id, unit, stage, metric, basis, month, dim, dim_value, days, base, hits, value_sum, value_count
        FROM counted_unit_rollup WHERE council_id = 'hartlepool' AND base <> 0)
      SELECT (SELECT count(*)::int FROM case_record c WHERE c.council_id = 'hartlepool' AND NOT EXISTS
        (SELECT 1 FROM counted_unit u WHERE u.council_id = c.council_id AND u.case_id = c.id AND u.unit = 'case')) AS without,
      (SELECT count(*)::int FROM counted_unit_pending) AS pending,
      (SELECT count(*)::int FROM ((SELECT * FROM units EXCEPT SELECT * FROM rollup) UNION ALL (SELECT * FROM rollup EXCEPT SELECT * FROM units)) d) AS off`;
    expect(units).toEqual({ without: 0, pending: 0, off: 0 });
  }, 600_000);

  it("rolls the whole import back when the database refuses a record in its third batch: no case, unit, note or rollup change", async () => {
    // The fingerprint of everything an import writes for the council (cases, units, notes, the rollup's sums).
    const state = async () =>
      h.db.prisma.$queryRaw<{ cases: number; events: number; units: number; pending: number; rollup: string | null }[]>`SELECT
        (SELECT count(*)::int FROM case_record WHERE council_id = 'hartlepool') AS cases,
        (SELECT count(*)::int FROM case_event WHERE council_id = 'hartlepool') AS events,
        (SELECT count(*)::int FROM counted_unit WHERE council_id = 'hartlepool') AS units,
        (SELECT count(*)::int FROM counted_unit_pending) AS pending,
        (SELECT md5(string_agg(r::text, ',' ORDER BY r::text)) FROM counted_unit_rollup r WHERE council_id = 'hartlepool') AS rollup`;
    const before = await state();
    // A real refusal inside PostgreSQL (not a stand-in): the 2,201st record of 2,500, in the third batch of 1,000,
    // after two batches were stored, is refused on INSERT.
    const csv = exportOf(2_500, "X");
    const refused = (csv.split("\n")[2_201] as string).split(",")[0] as string;
    await h.db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_probe() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.reference = '${refused.replaceAll("'", "''")}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await h.db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_probe BEFORE INSERT ON case_record FOR EACH ROW EXECUTE FUNCTION refuse_probe()`);
    try {
      const response = await upload(csv, admin);
      expect(response.status).toBe(202);
      const { job } = await follow(((await response.json()) as { jobId: string }).jobId);
      expect(job.status).toBe("FAILED");
      expect(job.error).toMatch(/nothing was stored/);
      // It got as far as the third batch: two batches' progress had been written.
      expect(job.recordsRead).toBe(2_000);
      expect(await state()).toEqual(before);
    } finally {
      await h.db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_probe ON case_record`);
      await h.db.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_probe()`);
    }
  }, 300_000);

  it("fails the job for a file the importer refuses, naming the row and column, storing nothing", async () => {
    const before = await caseCount();
    const lines = exportOf(30, "R").split("\n");
    lines[3] = (lines[3] as string).replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, "$1not-a-date");
    const response = await upload(lines.join("\n"), admin);
    expect(response.status).toBe(202);
    const { job } = await follow(((await response.json()) as { jobId: string }).jobId);
    expect(job.status).toBe("FAILED");
    expect(job.error).toMatch(/row 4, column "Date Received"/);
    expect(await caseCount()).toBe(before);
  }, 120_000);

  it("checks a file on a dry run, storing nothing", async () => {
    const before = await caseCount();
    const response = await upload(exportOf(50, "D"), admin, "?dryRun=true");
    const { job } = await follow(((await response.json()) as { jobId: string }).jobId);
    expect(job).toMatchObject({ status: "SUCCEEDED", summary: { parsed: 50 } });
    expect(await caseCount()).toBe(before);
  }, 120_000);

  it("reports a job its gateway stopped running as failed, once nothing has been heard from it for 15 minutes", async () => {
    const silentSince = new Date(Date.now() - IMPORT_JOB_SILENT_MS - 60_000);
    const recent = new Date(Date.now() - 60_000);
    const [stopped, running] = await Promise.all(
      [silentSince, recent].map((updatedAt) =>
        h.db.prisma.importJob.create({ data: { councilId: "hartlepool", sizeBytes: 10, updatedAt, recordsRead: 1000 } }),
      ),
    );
    const answer = await h.gql<{ importJob: Job }>(JOB, { id: stopped?.id }, admin);
    expect(answer.data?.importJob).toMatchObject({ status: "FAILED", recordsRead: 1000 });
    expect(answer.data?.importJob.error).toMatch(/stopped before it finished.*nothing was stored/);
    expect((await h.db.prisma.importJob.findFirstOrThrow({ where: { id: stopped?.id } })).status).toBe("failed");
    const still = await h.gql<{ importJob: Job }>(JOB, { id: running?.id }, admin);
    expect(still.data?.importJob.status).toBe("RUNNING");
  });

  it("is for council administrators signed in, takes POST only, refuses an empty file, and hides other councils' jobs", async () => {
    expect((await upload(exportOf(5, "X"), officer)).status).toBe(403);
    expect((await fetch(`${h.url}/imports/cases`, { method: "POST", body: exportOf(5, "X") })).status).toBe(401);
    expect((await fetch(`${h.url}/imports/cases`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(405);
    const empty = await upload("  ", admin);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: string }).error).toBe("file: must not be empty");
    const response = await upload(exportOf(5, "N"), admin, "?dryRun=true");
    const { jobId } = (await response.json()) as { jobId: string };
    const north = await h.gql(JOB, { id: jobId }, await h.signIn("admin", "demo-north"));
    expect(north.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await follow(jobId);
  }, 120_000);
});
