import { describe, expect, it } from "vitest";
import { discloseFigure, secondarySuppress, secondarySuppressSets, suppressCount, suppressRatio, tableSets } from "./disclosure";

/** The platform's one disclosure policy, on its own (the GraphQL tests show it applied to each query). */
describe("small-number suppression", () => {
  it("withholds a count of 1–4 with its base and says why; shows 0 and 5", () => {
    expect(suppressCount(0)).toEqual({ value: 0, base: 0, suppressed: false, missing: null });
    for (const n of [1, 2, 3, 4]) expect(suppressCount(n)).toEqual({ value: null, base: n, suppressed: true, missing: "small_number" });
    expect(suppressCount(5)).toEqual({ value: 5, base: 5, suppressed: false, missing: null });
  });

  it("withholds a ratio resting on 1–4 cases, or built from 1–4 hits", () => {
    expect(suppressRatio(50, 4)).toMatchObject({ value: null, suppressed: true, missing: "small_number" });
    expect(suppressRatio(4, 100, 4)).toMatchObject({ value: null, suppressed: true });
    expect(suppressRatio(5, 100, 5)).toMatchObject({ value: 5, suppressed: false });
    expect(suppressRatio(null, 0)).toEqual({ value: null, base: 0, suppressed: false, missing: "no_base" });
  });

  it("works the hits out of a percentage, and shows everything exactly to those who may read the cases", () => {
    expect(discloseFigure(2, 100, "percent", "suppressed")).toMatchObject({ value: null, suppressed: true });
    expect(discloseFigure(98, 100, "percent", "suppressed")).toMatchObject({ value: 98, suppressed: false });
    expect(discloseFigure(12.5, 4, "average", "suppressed")).toMatchObject({ value: null, suppressed: true });
    expect(discloseFigure(1, 1, "count", "exact")).toEqual({ value: 1, base: 1, suppressed: false, missing: null });
  });
});

describe("secondary suppression", () => {
  const cells = (...counts: number[]) => counts.map((n) => suppressCount(n));

  it("withholds the smallest other non-zero cell when exactly one cell is withheld and the total is shown", () => {
    const out = secondarySuppress(cells(20, 6, 2, 0, 9), true);
    expect(out.map((c) => c.value)).toEqual([20, null, null, 0, 9]);
    expect(out[1]).toMatchObject({ suppressed: true, missing: "secondary" });
    expect(out[2]).toMatchObject({ suppressed: true, missing: "small_number" });
  });

  it("leaves cells alone when two are already withheld, when none is, or when the total is not shown", () => {
    expect(secondarySuppress(cells(20, 3, 2), true).map((c) => c.value)).toEqual([20, null, null]);
    expect(secondarySuppress(cells(20, 6), true).map((c) => c.value)).toEqual([20, 6]);
    expect(secondarySuppress(cells(20, 2), false).map((c) => c.value)).toEqual([20, null]);
  });
});

describe("secondary suppression over a table of two dimensions", () => {
  it("withholds within each row and column until none has exactly one withheld cell", () => {
    // team × quarter: A's Q1 is 2. The rows (teams) and columns (quarters) each sum to a total a one-dimension
    // query shows, so A needs a second withheld cell and so does Q1; those in turn need partners.
    const keys = [
      ["A", "Q1"],
      ["A", "Q2"],
      ["B", "Q1"],
      ["B", "Q2"],
      ["C", "Q1"],
      ["C", "Q2"],
    ];
    const counts = [2, 9, 7, 20, 30, 40];
    const cells = keys.map((key, i) => ({ key, ...suppressCount(counts[i]!) }));
    const out = secondarySuppressSets(cells, tableSets(keys, true));
    const withheld = out.filter((c) => c.suppressed).map((c) => c.key.join(":"));
    expect(withheld).toEqual(["A:Q1", "A:Q2", "B:Q1", "B:Q2"]);
    for (const set of tableSets(keys, true)) expect(set.filter((i) => out[i]!.suppressed && out[i]!.base > 0).length).not.toBe(1);
  });

  it("makes rows and columns only from two or more dimensions", () => {
    expect(tableSets([["A"], ["B"]], true)).toEqual([[0, 1]]);
    expect(tableSets([["A"], ["B"]], false)).toEqual([]);
    expect(
      tableSets(
        [
          ["A", "x"],
          ["A", "y"],
          ["B", "x"],
        ],
        false,
      ),
    ).toEqual([[0, 1], [2], [0, 2], [1]]);
  });
});
