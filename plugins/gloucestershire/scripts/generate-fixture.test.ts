import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareDates } from "@csc/rules";
import { readExport, writeExport } from "../src/importer/index";
import { EXPORT_DATE } from "./fixture/calendar";
import { countForPercent } from "./fixture/targets";
import { FIXTURE_FILE, generateFixture } from "./generate-fixture";

describe("the fixture generator", () => {
  const committed = readFileSync(new URL(`../fixtures/${FIXTURE_FILE}`, import.meta.url), "utf8");

  it("the committed fixture is exactly the generator's output", () => {
    expect(writeExport(generateFixture())).toBe(committed);
  }, 60_000);

  it("holds nothing after the export date and never answers before acknowledging", () => {
    const records = readExport(committed);
    for (const r of records) {
      const dates = Object.values(r).filter((v): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v));
      for (const d of dates) expect(compareDates(d, EXPORT_DATE), `${r.reference} ${d}`).toBeLessThanOrEqual(0);
      if (r.acknowledgedOn && r.stage1RespondedOn) expect(compareDates(r.acknowledgedOn, r.stage1RespondedOn)).toBeLessThanOrEqual(0);
    }
  });

  it("turns a whole published percentage into the nearest count that rounds to it", () => {
    expect(countForPercent(60, 178)).toBe(107); // 60.11%
    expect(countForPercent(8, 178)).toBe(14); // 7.87%
    expect(countForPercent(16, 75)).toBe(12);
    expect(() => countForPercent(50, 1)).toThrow(/no count of 1 rounds to 50%/);
  });
});
