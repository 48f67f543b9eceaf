import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publishedFileSchema } from "@csc/council-kit";
import { workingDaysBetween } from "@csc/rules";
import { generateFixture } from "../scripts/fixture/generate";
import { parse } from "./importer/index";
import { FIXTURE_EXPORTED_ON } from "./index";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");
const fixture = read("../fixtures/hartlepool-export.csv");
const figures = publishedFileSchema.parse(JSON.parse(read("../published/2020.json")));

describe("the fixture export", () => {
  it("is exactly what the generator makes from the published counts", () => {
    expect(generateFixture(figures)).toBe(fixture);
  });

  it("changes when a published count changes (the generator reads them)", () => {
    const more = figures.map((f) => (f.table === "compliments" && f.column === "2020/21" ? { ...f, value: 47 } : f));
    expect(parse(generateFixture(more)).filter((c) => c.kind === "COMPLIMENT")).toHaveLength(8 + 47);
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

  it("keeps Stage 2 investigations within the 65 working days of SI 2006/1738 regs 16-17", () => {
    const over = cases.filter((c) => {
      const agreed = c.events.find((e) => e.type === "statement_agreed")?.on;
      const adjudicated = c.events.find((e) => e.type === "adjudication_sent")?.on;
      return agreed && adjudicated && workingDaysBetween(agreed, adjudicated) > 65;
    });
    expect(over).toEqual([]);
  });
});
