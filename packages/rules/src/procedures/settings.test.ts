import { describe, expect, it } from "vitest";
import type { ProcedureId } from "../vocabulary/canonical";
import { childrensStatutoryProcedure } from "./childrens-statutory";
import { lgscoComplaintHandlingCode } from "./corporate";
import { allClocks } from "./definition";
import { type ProcedureSettingsInput, ProcedureSettingsError, resolveProcedure, validateProcedureSettings } from "./settings";

function clockOf(id: ProcedureId, settings: ProcedureSettingsInput, clockId: string) {
  return allClocks(resolveProcedure(id, settings)).find((c) => c.clock.id === clockId)?.clock;
}

describe("resolveProcedure", () => {
  it("returns the built-in procedure unchanged without settings", () => {
    expect(resolveProcedure("childrens_statutory")).toEqual(childrensStatutoryProcedure);
    expect(resolveProcedure("corporate", {})).toEqual(lgscoComplaintHandlingCode);
  });

  it("sets the council's acknowledgement target", () => {
    expect(clockOf("childrens_statutory", { acknowledgementWorkingDays: 2 }, "acknowledgement")).toMatchObject({
      workingDays: 2,
      source: "local policy",
      statutory: false,
    });
  });

  it("accepts a shorter local target for a statutory clock and says it is local policy within the regulation", () => {
    expect(clockOf("childrens_statutory", { stage1: { workingDays: 8 } }, "stage1")).toMatchObject({
      workingDays: 8,
      maxWorkingDays: 20,
      source: "local policy (within SI 2006/1738 reg 14)",
      statutory: false,
    });
    expect(clockOf("adult_social_care", { stage1: { months: 3 } }, "stage1")).toMatchObject({ months: 3 });
    expect(clockOf("childrens_statutory", { stage2: { maxWorkingDays: 45 } }, "stage2")).toMatchObject({ maxWorkingDays: 45 });
  });

  it.each([{}, { workingDays: 10 }, { workingDays: 10, maxWorkingDays: 20 }])(
    "leaves a clock and its regulation alone when the target restates it: %j",
    (target) => {
      expect(clockOf("childrens_statutory", { stage1: target }, "stage1")).toEqual(
        allClocks(childrensStatutoryProcedure).find((c) => c.clock.id === "stage1")?.clock,
      );
    },
  );

  it("lets a council set any corporate timescale, and builds its corporate procedure", () => {
    const corporate = resolveProcedure("corporate", {
      corporate: { acknowledgementWorkingDays: 3, stages: [{ stage: "stage1", workingDays: 10, from: "receipt" }] },
      stage1: { workingDays: 30, maxWorkingDays: 40 },
    });
    expect(corporate.id).toBe("corporate");
    expect(corporate.stages[0]?.clocks[0]).toMatchObject({ workingDays: 30, maxWorkingDays: 40, source: "local policy" });
    expect(clockOf("corporate", { stage2: { workingDays: 25 } }, "stage2")?.workingDays).toBe(25);
  });

  it("takes the council's counting convention", () => {
    expect(resolveProcedure("childrens_statutory", { counting: { nonWorkingDayStart: "as_is" } }).counting).toEqual({ nonWorkingDayStart: "as_is" });
  });

  it.each<[string, ProcedureId, ProcedureSettingsInput, string]>([
    [
      "a target above the statutory maximum",
      "childrens_statutory",
      { stage1: { workingDays: 25 } },
      "stage1.workingDays: 25 is above the statutory maximum of 20 working days (SI 2006/1738 reg 14)",
    ],
    [
      "a target above the statutory timescale",
      "childrens_statutory",
      { stage1: { workingDays: 15 } },
      "stage1.workingDays: 15 is above the statutory timescale of 10 working days (SI 2006/1738 reg 14); only an extension agreed with the complainant may take it to 20",
    ],
    [
      "a Stage 2 target above 65",
      "childrens_statutory",
      { stage2: { workingDays: 70 } },
      "stage2.workingDays: 70 is above the statutory maximum of 65 working days (SI 2006/1738 reg 17)",
    ],
    [
      "an extension above the statutory maximum",
      "childrens_statutory",
      { stage2: { maxWorkingDays: 70 } },
      "stage2.maxWorkingDays: 70 is above the statutory maximum of 65 working days (SI 2006/1738 reg 17)",
    ],
    [
      "an extension the regulations do not allow",
      "childrens_statutory",
      { stage3_panel: { maxWorkingDays: 40 } },
      "stage3_panel.maxWorkingDays: the statutory timescale (SI 2006/1738 reg 19) has no extension a council can set",
    ],
    [
      "a panel later than 30 working days",
      "childrens_statutory",
      { stage3_panel: { workingDays: 31 } },
      "stage3_panel.workingDays: 31 is above the statutory maximum of 30 working days (SI 2006/1738 reg 19)",
    ],
    [
      "a change to the complainant's time to ask",
      "childrens_statutory",
      { stage2_request: { workingDays: 10 } },
      "stage2_request: the complainant's time to ask is set by SI 2006/1738 reg 14 and a council cannot change it",
    ],
    [
      "a longer adult social care response period",
      "adult_social_care",
      { stage1: { months: 8 } },
      "stage1.months: 8 is above the statutory maximum of 6 months (SI 2009/309 reg 14)",
    ],
    [
      "working days for a period in months",
      "public_health",
      { stage1: { workingDays: 20 } },
      "stage1.workingDays: this timescale is counted in months (SI 2009/309 reg 14); set stage1.months",
    ],
    [
      "months for a period in working days",
      "childrens_statutory",
      { stage1: { months: 1 } },
      "stage1.months: this timescale is counted in working days; set stage1.workingDays",
    ],
    [
      "a slower adult acknowledgement",
      "adult_social_care",
      { acknowledgementWorkingDays: 5 },
      "acknowledgement.workingDays: 5 is above the statutory maximum of 3 working days (SI 2009/309 reg 13)",
    ],
    [
      "a maximum below the target",
      "childrens_statutory",
      { stage1: { workingDays: 8, maxWorkingDays: 5 } },
      "stage1.maxWorkingDays: 5 is below the target of 8 working days",
    ],
    [
      "a timescale the procedure does not have",
      "childrens_statutory",
      { stage3_acknowledgement: { workingDays: 3 } },
      "stage3_acknowledgement: the Children's social care statutory complaints procedure has no such timescale",
    ],
    [
      "two acknowledgement targets that disagree",
      "childrens_statutory",
      { acknowledgementWorkingDays: 2, acknowledgement: { workingDays: 3 } },
      "acknowledgementWorkingDays: 2 disagrees with acknowledgement.workingDays 3; give one",
    ],
    ["a zero target", "childrens_statutory", { acknowledgementWorkingDays: 0 }, "acknowledgementWorkingDays: must be at least 1"],
    ["an unknown setting", "childrens_statutory", { stage9: { workingDays: 3 } } as ProcedureSettingsInput, "stage9"],
  ])("rejects %s", (_name, id, settings, message) => {
    expect(validateProcedureSettings(id, settings).join("; ")).toContain(message);
    expect(() => resolveProcedure(id, settings)).toThrow(message);
  });

  it("throws a ProcedureSettingsError listing every problem", () => {
    try {
      resolveProcedure("childrens_statutory", { stage1: { workingDays: 25 }, stage2: { workingDays: 70 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProcedureSettingsError);
      expect((error as ProcedureSettingsError).problems).toHaveLength(2);
      expect((error as Error).message).toMatch(/^The settings for the Children's social care statutory complaints procedure are not valid: /);
    }
  });

  it("finds nothing wrong with valid settings", () => {
    expect(validateProcedureSettings("childrens_statutory", { acknowledgementWorkingDays: 2, stage1: { workingDays: 10 } })).toEqual([]);
    expect(validateProcedureSettings("adult_social_care")).toEqual([]);
  });
});
