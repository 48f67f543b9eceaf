import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publishedFileSchema } from "@csc/council-kit";
import { workingDaysBetween } from "@csc/rules";
import { generateFixture } from "../scripts/fixture/generate";
import { parse } from "./importer/index";
import { FIXTURE_EXPORTED_ON } from "./index";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");
const fixture = read("../fixtures/somerset-export.csv");
const figures = publishedFileSchema.parse(JSON.parse(read("../published/2016.json")));

describe("the fixture export", () => {
  it("is exactly what the generator makes from the published figures", () => {
    expect(generateFixture(figures)).toBe(fixture);
  });

  it("changes when a published figure changes (the generator reads them)", () => {
    const slower = figures.map((f) =>
      f.table === "member-enquiries" && f.row === "Mendip" && f.column === "Ave. Response (Working days)" ? { ...f, value: 10 } : f,
    );
    const mendip = parse(generateFixture(slower)).filter((c) => c.kind === "MEMBER" && c.teams?.[0] === "MENDIP");
    const days = mendip.map((c) => workingDaysBetween(c.receivedOn, c.events.find((e) => e.type === "response_sent")?.on ?? c.receivedOn));
    expect(days.reduce((a, b) => a + b, 0) / days.length).toBe(10);
  });

  it("refuses counts that break a published share", () => {
    const more = figures.map((f) =>
      f.table === "compliment-causes" && f.row === "Leaving Care: Service made a difference"
        ? { ...f, value: 26 }
        : f.table === "volumes" && f.row === "Total Feedback" && f.column === "2016/17"
          ? { ...f, value: 427 }
          : f,
    );
    // One compliment more unbalances the published channel shares of 426 pieces of feedback: the generator refuses.
    expect(() => generateFixture(more)).toThrow(/2016 channels/);
  });

  it("refuses figures that disagree with each other", () => {
    const wrong = figures.map((f) => (f.table === "outcomes" && f.row === "Upheld" && f.column === "2016/17 Cases" ? { ...f, value: 26 } : f));
    expect(() => generateFixture(wrong)).toThrow(/do not add up/);
  });

  const cases = parse(fixture);

  it("holds ordinary records dated no later than the day it was exported", () => {
    const latest = cases
      .flatMap((c) => c.events.map((e) => e.on))
      .sort()
      .at(-1);
    expect(latest && latest <= FIXTURE_EXPORTED_ON).toBe(true);
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
    expect(cases.filter((c) => c.events.some((e) => e.type === "escalation_requested"))).toHaveLength(12);
    expect(late).toEqual([]);
  });
});
