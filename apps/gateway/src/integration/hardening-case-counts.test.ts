import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

interface Count {
  key: string;
  count: number | null;
  suppressed: boolean;
  missing: string | null;
}

const COUNTS = `{ caseCounts(groupBy: KIND) { key count suppressed missing } }`;

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const manager = await h.signIn("manager", "demo-north");
  // Six complaints, nine comments and two compliments: the compliments are a small number (1–4).
  for (let i = 0; i < 6; i += 1) {
    const answer = await h.gql(RECORD_FEEDBACK, { input: complaint() }, manager);
    expect(answer.errors).toBeUndefined();
  }
  for (const [kind, n] of [
    ["COMMENT", 9],
    ["COMPLIMENT", 2],
  ] as const) {
    for (let i = 0; i < n; i += 1) {
      const answer = await h.gql(RECORD_FEEDBACK, { input: complaint({ kind, procedure: null, points: [] }) }, manager);
      expect(answer.errors).toBeUndefined();
    }
  }
});
afterAll(async () => h?.stop());

async function countsAs(role: "analyst" | "manager"): Promise<Count[]> {
  const answer = await h.gql<{ caseCounts: Count[] }>(COUNTS, {}, await h.signIn(role, "demo-north"));
  expect(answer.errors).toBeUndefined();
  return answer.data?.caseCounts ?? [];
}

describe("caseCounts: the disclosure policy for analysts (src/reports/disclosure.ts)", () => {
  it("an analyst gets counts of 1–4 as null with suppressed: true, the next smallest withheld too, larger counts as they are", async () => {
    // The three add up to the number of cases, which another grouping shows: with only the 2 withheld, it could
    // be worked out by subtraction, so the 6 is withheld too (secondary suppression).
    expect(await countsAs("analyst")).toEqual([
      { key: "comment", count: 9, suppressed: false, missing: null },
      { key: "complaint", count: null, suppressed: true, missing: "SECONDARY" },
      { key: "compliment", count: null, suppressed: true, missing: "SMALL_NUMBER" },
    ]);
  });

  it("a manager, who reads the cases themselves, sees every count", async () => {
    expect(await countsAs("manager")).toEqual([
      { key: "comment", count: 9, suppressed: false, missing: null },
      { key: "complaint", count: 6, suppressed: false, missing: null },
      { key: "compliment", count: 2, suppressed: false, missing: null },
    ]);
  });
});
