import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publishedFileSchema } from "@csc/council-kit";
import { workingDaysBetween } from "@csc/rules";
import { generateFixture } from "../scripts/fixture/generate";
import { parse } from "./importer/index";
import { FIXTURE_EXPORTED_ON, FIXTURE_FILE } from "./index";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");
const fixture = read(`../fixtures/${FIXTURE_FILE}`);
const figures = publishedFileSchema.parse(JSON.parse(read("../published/2015.json")));

describe("the fixture export", () => {
  it("is exactly what the generator makes from the published counts", () => {
    expect(generateFixture(figures)).toBe(fixture);
  });

  it("changes when a published count changes (the generator reads them)", () => {
    const more = figures.map((f) =>
      f.table === "compliments" && (f.row === "Adoptions" || f.row === "Compliments recorded") ? { ...f, value: (f.value as number) + 2 } : f,
    );
    const compliments2015 = parse(generateFixture(more)).filter((c) => c.kind === "COMPLIMENT" && c.receivedOn >= "2015-04-01");
    expect(compliments2015).toHaveLength(97);
    expect(compliments2015.filter((c) => c.teams?.includes("ADOP"))).toHaveLength(8);
  });

  it("refuses published figures that do not add up", () => {
    const wrong = figures.map((f) => (f.table === "lgo" && f.row === "Pursued" ? { ...f, value: 70 } : f));
    expect(() => generateFixture(wrong)).toThrow(/does not add up: LGO decisions/);
  });

  const cases = parse(fixture);

  it("holds ordinary records dated no later than the day it was exported", () => {
    const latest = cases
      .flatMap((c) => c.events.map((e) => e.on))
      .sort()
      .at(-1);
    expect(latest && latest <= FIXTURE_EXPORTED_ON).toBe(true);
    expect(cases.every((c) => /^(CFE|CMP|CMT)\d{4}-\d{4}$/.test(c.externalId))).toBe(true);
  });

  it("acknowledges every complaint within the 3 working days of the procedure settings", () => {
    const late = cases.filter((c) => {
      const acknowledged = c.events.find((e) => e.type === "acknowledged");
      return c.kind === "COMPLAINT" && (!acknowledged || workingDaysBetween(c.receivedOn, acknowledged.on) > 3);
    });
    expect(late).toEqual([]);
  });

  it("asks for Stage 2 within 20 working days of the Stage 1 response (SI 2006/1738 reg 14)", () => {
    const late = cases.filter((c) => {
      const responded = c.events.find((e) => e.type === "response_sent")?.on;
      const requested = c.events.find((e) => e.type === "escalation_requested")?.on;
      return responded && requested && workingDaysBetween(responded, requested) > 20;
    });
    expect(late).toEqual([]);
    expect(cases.filter((c) => c.events.some((e) => e.type === "escalation_requested")).length).toBeGreaterThan(90);
  });

  it("gives each complaint from a young person exactly one reason, so the themes add up to the complaints", () => {
    const young = cases.filter((c) => c.madeByChild && c.kind === "COMPLAINT" && c.receivedOn >= "2015-04-01");
    expect(young).toHaveLength(35);
    expect(young.every((c) => c.points?.length === 1)).toBe(true);
  });
});
