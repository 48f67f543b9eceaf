import { loadCouncil } from "@csc/registry";
import { importCouncilFixture } from "../src/import/import-fixture";
import type { Harness } from "../src/testing/harness";
import { graphql } from "./bench-measure";

/**
 * Import speed: a council administrator of a registered council (Hartlepool, whose export's first column is the
 * case reference) uploads `rows` records made from its own fixture export (each copy with a reference of its own)
 * as a stream to POST /imports/cases (no GraphQL string, so no 2 MB body cap) and follows the job through the
 * importJob query until it ends: parsed by the council's importer, derived and stored in batches. The clock runs
 * from the upload to the job's end (polled every 100 ms).
 */
const COUNCIL = "hartlepool";
const JOB = `query($id: ID!) { importJob(id: $id) { status error summary { imported refused { row } } } }`;
type Job = { status: "RUNNING" | "SUCCEEDED" | "FAILED"; error: string | null; summary: { imported: number; refused: unknown[] } | null };

async function upload(url: string, token: string, csv: string): Promise<string> {
  const response = await fetch(`${url}/imports/cases`, {
    method: "POST",
    headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
    body: csv,
  });
  const body = (await response.json()) as { jobId?: string; error?: string };
  if (response.status !== 202 || !body.jobId) throw new Error(`POST /imports/cases ${response.status}: ${body.error ?? ""}`);
  return body.jobId;
}

async function finished(url: string, token: string, id: string): Promise<Job> {
  for (;;) {
    const { importJob } = (await graphql(url, token, JOB, { id })) as { importJob: Job };
    if (importJob.status !== "RUNNING") return importJob;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function measureImport(
  h: Harness,
  rows: number,
  addAdmin: (councilId: string) => Promise<void>,
): Promise<{ rows: number; imported: number; refused: number; seconds: number; casesPerSecond: number; failed: number }> {
  const adapter = await loadCouncil(COUNCIL);
  const lines = (await adapter.fixtures()).split(/\r?\n/).filter((line) => line.length > 0);
  const [header, ...records] = lines;
  // The council with one case of its fixture, once (a kept database already has it).
  if ((await h.db.prisma.case.count({ where: { councilId: COUNCIL } })) === 0) {
    await importCouncilFixture(h.db.prisma, COUNCIL, { adapter: { ...adapter, fixtures: async () => `${header}\n${records[0]}\n` } });
  }
  await addAdmin(COUNCIL);
  const admin = await h.signIn("admin", COUNCIL);
  // References of this run's own (a kept database holds earlier runs' imports, which would be duplicates).
  const run = Date.now().toString(36);
  const body = Array.from({ length: rows }, (_, i) => {
    const record = records[i % records.length]!;
    const comma = record.indexOf(",");
    return `${record.slice(0, comma)}-B${run}-${Math.floor(i / records.length)}${record.slice(comma)}`;
  });
  const csv = `${header}\n${body.join("\n")}\n`;
  const start = performance.now();
  try {
    const job = await finished(h.url, admin, await upload(h.url, admin, csv));
    const seconds = (performance.now() - start) / 1000;
    if (job.status !== "SUCCEEDED" || !job.summary) throw new Error(`import job ${job.status}: ${job.error ?? ""}`);
    const { imported, refused } = job.summary;
    return {
      rows,
      imported,
      refused: refused.length,
      seconds: Math.round(seconds * 10) / 10,
      casesPerSecond: Math.round(imported / seconds),
      failed: 0,
    };
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return { rows, imported: 0, refused: 0, seconds: 0, casesPerSecond: 0, failed: 1 };
  }
}
