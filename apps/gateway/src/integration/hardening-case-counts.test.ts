import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

interface Count {
  key: string;
  count: number | null;
  suppressed: boolean;
}

const COUNTS = `{ caseCounts(groupBy: kind) { key count suppressed } }`;

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const manager = await h.signIn("manager", "demo-north");
  // Six complaints and two compliments: the compliments are a small number (1–4).
  for (let i = 0; i < 6; i += 1) {
    const answer = await h.gql(RECORD_FEEDBACK, { input: complaint() }, manager);
    expect(answer.errors).toBeUndefined();
  }
  for (let i = 0; i < 2; i += 1) {
    const answer = await h.gql(RECORD_FEEDBACK, { input: complaint({ kind: "compliment", procedure: null, points: [] }) }, manager);
    expect(answer.errors).toBeUndefined();
  }
});
afterAll(async () => h?.stop());

async function countsAs(role: "analyst" | "manager"): Promise<Count[]> {
  const answer = await h.gql<{ caseCounts: Count[] }>(COUNTS, {}, await h.signIn(role, "demo-north"));
  expect(answer.errors).toBeUndefined();
  return answer.data?.caseCounts ?? [];
}

describe("caseCounts: small-number suppression for analysts (src/reports/suppression.ts)", () => {
  it("an analyst gets counts of 1–4 as null with suppressed: true, larger counts as they are", async () => {
    expect(await countsAs("analyst")).toEqual([
      { key: "complaint", count: 6, suppressed: false },
      { key: "compliment", count: null, suppressed: true },
    ]);
  });

  it("a manager, who reads the cases themselves, sees every count", async () => {
    expect(await countsAs("manager")).toEqual([
      { key: "complaint", count: 6, suppressed: false },
      { key: "compliment", count: 2, suppressed: false },
    ]);
  });
});
