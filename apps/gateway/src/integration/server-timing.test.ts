import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let analyst: string;
let officer: string;

/** Complaints received by team × quarter: answered by the council × month rollup (its rows by team). */
const STATISTICS = `query { statistics(metric: CASES_RECEIVED, groupBy: ["team", "quarter"], financialYear: 2025) { value } }`;
/** By channel × quarter: the rollup holds no rows by channel, so counted from the units. */
const FROM_UNITS = `query { statistics(metric: CASES_RECEIVED, groupBy: ["channel", "quarter"], financialYear: 2025) { value } }`;

/** The answer's Server-Timing header (null when absent), for a query sent as the analyst (or `token`'s holder). */
async function timingOf(query = STATISTICS, token = analyst): Promise<string | null> {
  return (await answerOf(query, token)).timing;
}

async function answerOf(query: string, token: string): Promise<{ timing: string | null; data: Record<string, unknown> }> {
  const response = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { timing: response.headers.get("server-timing"), data: body.data };
}

/** Span name → how many times it ran, from a Server-Timing value. */
const counts = (header: string) =>
  Object.fromEntries(header.split(", ").map((part) => [part.split(";")[0], Number(/desc="n=(\d+)"/.exec(part)?.[1])]));

beforeAll(async () => {
  process.env.CSC_SERVER_TIMING = "1";
  h = await startHarness();
  analyst = await h.signIn("analyst", "demo-north");
  officer = await h.signIn("officer", "demo-north");
  // Open complaints for the officer's lists (the harness seeds none).
  for (const receivedOn of ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"]) {
    const recorded = await h.gql(RECORD_FEEDBACK, { input: complaint({ receivedOn }) }, officer);
    expect(recorded.errors).toBeUndefined();
  }
});
afterAll(async () => {
  delete process.env.CSC_SERVER_TIMING;
  await h?.stop();
});

describe("Server-Timing spans (CSC_SERVER_TIMING=1)", () => {
  it("times a statistics request by phase and counts its round trips, with span names and numbers only", async () => {
    const header = await timingOf();
    expect(header).not.toBeNull();
    // Every entry is a fixed span name, a duration and a count: no statement text, value or id.
    for (const part of (header ?? "").split(", ")) expect(part).toMatch(/^[a-z]+(\.[a-z]+)?;dur=\d+\.\d{2};desc="n=\d+"$/);
    const n = counts(header ?? "");
    expect(n).toMatchObject({ session: 1, transaction: 1, measure: 1, disclosure: 1, coverage: 1, execute: 1, total: 1 });
    // The session with its user and roles in one statement outside any transaction (live_session_of), then the
    // council's read-only transaction: BEGIN, its SETs in one round trip, the rollup's rows, the council's record
    // coverage, COMMIT.
    expect(n).toMatchObject({ "sql.begin": 1, "sql.set": 1, "sql.select": 3, "sql.commit": 1 });
    expect(n["sql.with"]).toBeUndefined();
  });

  it("counts a grouping the rollup does not hold from the units, in one statement (and the coverage in another)", async () => {
    const n = counts((await timingOf(FROM_UNITS)) ?? "");
    expect(n).toMatchObject({ "sql.begin": 1, "sql.set": 1, "sql.select": 2, "sql.with": 1, "sql.commit": 1 });
  });

  it("reads an officer's page of cases and its count in one council transaction", async () => {
    type Cases = { cases: { totalCount?: number; edges?: { node: { id: string } }[] } };
    const all = await answerOf(`query { cases(first: 100) { totalCount edges { node { id } } } }`, officer);
    const { totalCount, edges = [] } = (all.data as Cases).cases;
    expect(totalCount).toBeGreaterThan(3);
    expect(edges).toHaveLength(Math.min(totalCount ?? 0, 100));
    // The session's one statement and one read-only council transaction holding the page and its count.
    expect(counts(all.timing ?? "")).toMatchObject({ "sql.begin": 1, "sql.set": 1, "sql.select": 3, "sql.commit": 1 });

    // A smaller page: the count is still every case that passes the filter, asked for through a fragment.
    const page = await answerOf(
      `query { cases(first: 2) { ...Counted edges { node { id } } } }
      fragment Counted on QueryCasesConnection { totalCount }`,
      officer,
    );
    expect((page.data as Cases).cases.totalCount).toBe(totalCount);
    expect((page.data as Cases).cases.edges).toHaveLength(2);
    expect(counts(page.timing ?? "")).toMatchObject({ "sql.begin": 1, "sql.select": 3 });

    // Without totalCount the page is read alone; with only totalCount it is counted alone.
    const uncounted = await answerOf(`query { cases(first: 2) { edges { node { id } } } }`, officer);
    expect(counts(uncounted.timing ?? "")).toMatchObject({ "sql.begin": 1, "sql.select": 2 });
    const onlyCount = await answerOf(`query { cases { totalCount } }`, officer);
    expect((onlyCount.data as Cases).cases.totalCount).toBe(totalCount);
  });

  it("reads the officer's worklist page and its count in one council transaction too", async () => {
    type Worklist = { worklist: { totalCount?: number; edges?: { node: { id: string } }[] } };
    const alone = await answerOf(`query { worklist(withinDays: 365) { totalCount } }`, officer);
    const total = (alone.data as Worklist).worklist.totalCount ?? 0;
    expect(total).toBeGreaterThan(1);
    const page = await answerOf(`query { worklist(first: 1, withinDays: 365) { totalCount edges { node { id } } } }`, officer);
    expect((page.data as Worklist).worklist.totalCount).toBe(total);
    expect((page.data as Worklist).worklist.edges).toHaveLength(1);
    expect(counts(page.timing ?? "")).toMatchObject({ "sql.begin": 1, "sql.set": 1, "sql.select": 3, "sql.commit": 1 });
  });

  it("sends no header when timing is off", async () => {
    process.env.CSC_SERVER_TIMING = "0";
    try {
      expect(await timingOf()).toBeNull();
    } finally {
      process.env.CSC_SERVER_TIMING = "1";
    }
  });
});
