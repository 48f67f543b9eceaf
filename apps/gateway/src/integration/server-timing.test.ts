import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

let h: Harness;
let analyst: string;

/** Complaints received by team × quarter: answered by the council × month rollup (its rows by team). */
const STATISTICS = `query { statistics(metric: CASES_RECEIVED, groupBy: ["team", "quarter"], financialYear: 2025) { value } }`;
/** By channel × quarter: the rollup holds no rows by channel, so counted from the units. */
const FROM_UNITS = `query { statistics(metric: CASES_RECEIVED, groupBy: ["channel", "quarter"], financialYear: 2025) { value } }`;

/** The answer's Server-Timing header (null when absent), for a statistics query sent as the analyst. */
async function timingOf(query = STATISTICS): Promise<string | null> {
  const response = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${analyst}` },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return response.headers.get("server-timing");
}

/** Span name → how many times it ran, from a Server-Timing value. */
const counts = (header: string) =>
  Object.fromEntries(header.split(", ").map((part) => [part.split(";")[0], Number(/desc="n=(\d+)"/.exec(part)?.[1])]));

beforeAll(async () => {
  process.env.CSC_SERVER_TIMING = "1";
  h = await startHarness();
  analyst = await h.signIn("analyst", "demo-north");
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
    expect(n).toMatchObject({ session: 1, transaction: 1, measure: 1, disclosure: 1, execute: 1, total: 1 });
    // The session's platform transaction and the council's read-only one: BEGIN, its SETs in one round trip, one
    // read each (the session with its user and roles; the rollup's rows), COMMIT.
    expect(n).toMatchObject({ "sql.begin": 2, "sql.set": 2, "sql.select": 2, "sql.commit": 2 });
    expect(n["sql.with"]).toBeUndefined();
  });

  it("counts a grouping the rollup does not hold from the units, in one statement", async () => {
    const n = counts((await timingOf(FROM_UNITS)) ?? "");
    expect(n).toMatchObject({ "sql.begin": 2, "sql.set": 2, "sql.select": 1, "sql.with": 1, "sql.commit": 2 });
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
