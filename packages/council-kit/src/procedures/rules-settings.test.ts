import { describe, expect, it } from "vitest";
import { addWorkingDays, englandAndWales } from "@csc/rules";
import { councilProcedureSettingsSchema } from "./procedure-settings";
import { councilCalendar, councilProcedure, procedureSettingsProblems, toRulesSettings } from "./rules-settings";

const settings = councilProcedureSettingsSchema.parse({
  acknowledgement: { workingDays: 2, source: "local policy" },
  stage1: { workingDays: 10, extendedWorkingDays: 20 },
  corporate: {
    stages: [
      { id: "s1", label: "Stage 1", workingDays: 20, source: "corporate policy (local policy)" },
      { id: "s2", label: "Stage 2", workingDays: 25, maxWorkingDays: 35, source: "corporate policy (local policy)" },
    ],
  },
  localClosureDays: ["2021-12-29", "2021-12-30"],
});

describe("council procedure settings in the rules engine's terms", () => {
  it("maps the children's statutory targets onto the engine's clocks", () => {
    expect(toRulesSettings(settings, "childrens_statutory")).toEqual({
      acknowledgementWorkingDays: 2,
      stage1: { workingDays: 10, maxWorkingDays: 20 },
      stage2: { workingDays: 25, maxWorkingDays: 65 },
      stage3_panel: { workingDays: 30 },
    });
    expect(councilProcedure(settings, "childrens_statutory").acknowledgement.workingDays).toBe(2);
  });

  it("maps the corporate stages in order, Stage 1 from receipt and later stages from the request", () => {
    const corporate = toRulesSettings(settings, "corporate").corporate!;
    expect(corporate.stages).toEqual([
      { stage: "stage1", label: "Stage 1", workingDays: 20, from: "receipt" },
      { stage: "stage2", label: "Stage 2", workingDays: 25, maxWorkingDays: 35, from: "request" },
    ]);
    expect(councilProcedure(settings, "corporate").procedure).toBe("corporate");
    expect(toRulesSettings(settings, "public_health")).toEqual({});
    expect(procedureSettingsProblems(settings)).toEqual([]);
  });

  it("counts local closure days as non-working days, and uses England and Wales without them", () => {
    const calendar = councilCalendar(settings, { id: "exampleshire", name: "Exampleshire" });
    expect(addWorkingDays("2021-12-24", 1, calendar)).toBe("2021-12-31");
    expect(addWorkingDays("2021-12-24", 1)).toBe("2021-12-29");
    expect(councilCalendar({ ...settings, localClosureDays: [] }, { id: "x", name: "X" })).toBe(englandAndWales);
  });
});
