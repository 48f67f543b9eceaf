import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

/**
 * The disclosure policy (disclosure.ts) through `statistics` over HTTP, on cases recorded here: a withheld group
 * shows neither count nor base, a filter on an equalities answer cannot bring a cell of 1 out, free-text answers
 * are never group keys, and unknown dimensions or values are refused naming the value.
 */
let h: Harness;
let analyst: string;
let manager: string;

/** demo-north publishes no equalities lists, so it accepts any answer: this one is the complainant's own words. */
const FREE_TEXT = "Describes themself in their own words";

beforeAll(async () => {
  h = await startHarness();
  manager = await h.signIn("manager", "demo-north");
  analyst = await h.signIn("analyst", "demo-north");
  for (let i = 0; i < 6; i += 1) {
    const answer = await h.gql(RECORD_FEEDBACK, { input: complaint({ gender: "not_given" }) }, manager);
    expect(answer.errors).toBeUndefined();
  }
  const answer = await h.gql(RECORD_FEEDBACK, { input: complaint({ gender: FREE_TEXT }) }, manager);
  expect(answer.errors).toBeUndefined();
}, 240_000);

afterAll(async () => h?.stop());

const STATISTICS = `query($groupBy: [String!], $filter: [DimensionFilterInput!]) {
  statistics(metric: CASES_RECEIVED, groupBy: $groupBy, filter: $filter, financialYear: 2025) {
    value base suppressed missing groups { key value base suppressed missing }
  }
}`;

interface Figure {
  value: number | null;
  base: number | null;
  suppressed: boolean;
  missing: string | null;
}
interface Stats extends Figure {
  groups: Array<Figure & { key: string[] }>;
}

async function statistics(variables: Record<string, unknown>, token: string) {
  return h.gql<{ statistics: Stats | null }>(STATISTICS, variables, token);
}

describe("statistics under the disclosure policy", () => {
  it("never makes a free-text equalities answer a group key, for an analyst or a manager", async () => {
    const asAnalyst = await statistics({ groupBy: ["gender"] }, analyst);
    const asManager = await statistics({ groupBy: ["gender"] }, manager);
    for (const answer of [asAnalyst, asManager]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.statistics!.groups.map((g) => g.key)).toEqual([["not_given"], ["other"]]);
      expect(JSON.stringify(answer)).not.toContain(FREE_TEXT);
    }
    expect(asManager.data!.statistics!.groups.map((g) => [g.key[0], g.value, g.base])).toEqual([
      ["not_given", 6, 6],
      ["other", 1, 1],
    ]);
  });

  it("shows an analyst neither count nor base of a withheld group, and withholds the next smallest so the total cannot give it away", async () => {
    const answer = await statistics({ groupBy: ["gender"] }, analyst);
    const stats = answer.data!.statistics!;
    expect(stats).toMatchObject({ value: 7, base: 7, suppressed: false, missing: null });
    expect(stats.groups).toEqual([
      { key: ["not_given"], value: null, base: null, suppressed: true, missing: "SECONDARY" },
      { key: ["other"], value: null, base: null, suppressed: true, missing: "SMALL_NUMBER" },
    ]);
  });

  it("withholds the overall value and base when a filter on an equalities answer leaves a cell of 1", async () => {
    const answer = await statistics({ filter: [{ dimension: "gender", values: ["other"] }] }, analyst);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.statistics).toMatchObject({ value: null, base: null, suppressed: true, missing: "SMALL_NUMBER" });
    const grouped = await statistics({ groupBy: ["kind"], filter: [{ dimension: "gender", values: ["other"] }] }, analyst);
    expect(grouped.data!.statistics!.groups).toEqual([{ key: ["complaint"], value: null, base: null, suppressed: true, missing: "SMALL_NUMBER" }]);
    const exact = await statistics({ filter: [{ dimension: "gender", values: ["other"] }] }, manager);
    expect(exact.data!.statistics).toMatchObject({ value: 1, base: 1, suppressed: false });
  });

  it("exports the same disclosed figures as CSV (UTF-8 with a BOM): withheld as [x], no free text", async () => {
    const answer = await h.gql<{ statistics: { csv: string } }>(
      `{ statistics(metric: CASES_RECEIVED, groupBy: ["gender"], financialYear: 2025) { csv } }`,
      {},
      analyst,
    );
    expect(answer.errors).toBeUndefined();
    const csv = answer.data!.statistics.csv;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).not.toContain(FREE_TEXT);
    expect(csv.slice(1).split("\r\n")).toEqual([
      // Gender answers are the council's codes: the platform's list's label beside each (none for no answer given).
      "metric,basis,period_start,period_end,gender,gender_label,value,base,missing",
      "cases_received,received,2025-04-01,2026-03-31,Total,Total,7,7,",
      "cases_received,received,2025-04-01,2026-03-31,not_given,,[x],[x],secondary",
      "cases_received,received,2025-04-01,2026-03-31,other,Another gender,[x],[x],small_number",
      "",
    ]);
  });

  it("refuses a free-text answer as a filter value, naming it, rather than matching it", async () => {
    const answer = await statistics({ filter: [{ dimension: "gender", values: [FREE_TEXT] }] }, manager);
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toEqual(["filter", 0, "values", 0]);
    expect(answer.errors?.[0]?.message).toContain(`"${FREE_TEXT}" is not a value of gender`);
  });

  it("refuses an unknown dimension or filter value with BAD_USER_INPUT naming it", async () => {
    const cases: Array<[Record<string, unknown>, Array<string | number>, string]> = [
      [{ groupBy: ["kind", "childName"] }, ["groupBy", 1], '"childName" is not a dimension'],
      [{ filter: [{ dimension: "postcode", values: ["TS24"] }] }, ["filter", 0, "dimension"], '"postcode" is not a dimension'],
      [{ filter: [{ dimension: "kind", values: ["complaint", "complaints"] }] }, ["filter", 0, "values", 1], '"complaints" is not a value of kind'],
    ];
    for (const [variables, field, message] of cases) {
      const answer = await statistics(variables, analyst);
      expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(answer.errors?.[0]?.extensions?.field).toEqual(field);
      expect(answer.errors?.[0]?.message).toContain(message);
      expect(answer.data?.statistics ?? null).toBeNull();
    }
  });
});
