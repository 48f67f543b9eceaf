import { describe, expect, it } from "vitest";
import { deriveCase } from "../lifecycle/derive";
import { childrensStatutoryProcedure } from "./childrens-statutory";
import { procedureDefinitionSchema } from "./definition";
import { PROCEDURE_HISTORY, definitionInForce, type ProcedureHistory } from "./in-force";
import { resolveProcedure } from "./settings";

/** A future change in the law, as one new dated entry: Stage 1 becomes 15 working days (extendable to 25). */
const stage1In2028 = procedureDefinitionSchema.parse({
  ...childrensStatutoryProcedure,
  stages: childrensStatutoryProcedure.stages.map((s) =>
    s.stage === "stage1"
      ? {
          ...s,
          clocks: s.clocks.map((c) =>
            c.id === "stage1" ? { ...c, label: "Stage 1 response: 15 working days", workingDays: 15, maxWorkingDays: 25 } : c,
          ),
        }
      : s,
  ),
});
const history: ProcedureHistory = {
  ...PROCEDURE_HISTORY,
  childrens_statutory: [...PROCEDURE_HISTORY.childrens_statutory, { from: "2028-04-01", definition: stage1In2028 }],
};

const stage1 = (receivedOn: string, extra: { history?: ProcedureHistory } = {}) =>
  deriveCase([{ type: "received", on: receivedOn }], { asOf: "2028-06-30", ...extra }).clocks.find((c) => c.id === "stage1");

describe("procedure definitions in force by date received", () => {
  it("runs a case under the definition in force on the day it was received", () => {
    expect(stage1("2028-03-31", { history })?.workingDays).toBe(10);
    expect(stage1("2028-04-03", { history })?.workingDays).toBe(15);
    expect(stage1("2028-04-03")?.workingDays).toBe(10);
  });

  it("applies the council's own targets to the definition in force, checked against it", () => {
    expect(
      resolveProcedure("childrens_statutory", { stage1: { workingDays: 12 } }, { receivedOn: "2028-04-03", history }).stages[0]?.clocks[0]
        ?.workingDays,
    ).toBe(12);
    expect(() => resolveProcedure("childrens_statutory", { stage1: { workingDays: 12 } }, { receivedOn: "2028-03-31", history })).toThrow(
      /above the statutory/,
    );
  });

  it("takes the earliest entry before them all and the latest without a date", () => {
    expect(definitionInForce("childrens_statutory", "2001-01-01", history)).toBe(childrensStatutoryProcedure);
    expect(definitionInForce("childrens_statutory", undefined, history)).toBe(stage1In2028);
    expect(definitionInForce("childrens_statutory")).toBe(childrensStatutoryProcedure);
  });
});

describe("who each clock binds", () => {
  it("puts the complainant's request windows apart from the clocks the council owes", async () => {
    const { clockOwnerOf } = await import("./clock-owner");
    expect(clockOwnerOf("stage2_request")).toBe("complainant");
    expect(clockOwnerOf("stage3_request")).toBe("complainant");
    expect(clockOwnerOf("stage1")).toBe("council");
    expect(clockOwnerOf("stage3_panel")).toBe("council");
    expect(clockOwnerOf("acknowledgement")).toBe("council");
    expect(clockOwnerOf("stage4_request")).toBe("complainant");
  });
});
