import { describe, expect, it } from "vitest";
import { councilsToSeed } from "./seed-registered-councils";

describe("councilsToSeed (CSC_DEMO_COUNCILS)", () => {
  const registered = ["gloucestershire", "hartlepool", "somerset"];
  it("seeds every registered council by default", () => {
    expect(councilsToSeed(undefined, registered)).toEqual(registered);
    expect(councilsToSeed("all", registered)).toEqual(registered);
  });
  it("seeds none or a chosen list", () => {
    expect(councilsToSeed("none", registered)).toEqual([]);
    expect(councilsToSeed(" hartlepool , somerset", registered)).toEqual(["hartlepool", "somerset"]);
  });
  it("names an unknown council and lists the registered ones", () => {
    expect(() => councilsToSeed("hartlepool,atlantis", registered)).toThrow(
      'CSC_DEMO_COUNCILS: "atlantis" not registered; registered councils: gloucestershire, hartlepool, somerset',
    );
  });
});
