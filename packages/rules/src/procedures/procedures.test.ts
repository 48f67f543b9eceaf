import { describe, expect, it } from "vitest";
import { adultSocialCareProcedure, publicHealthProcedure } from "./adult-and-public-health";
import { childrensStatutoryProcedure } from "./childrens-statutory";
import { corporateProcedureConfigSchema, defineCorporateProcedure, lgscoComplaintHandlingCode } from "./corporate";
import { type ProcedureDefinition, allClocks, procedureDefinitionSchema, stageName } from "./definition";

function clock(procedure: ProcedureDefinition, id: string) {
  const found = allClocks(procedure).find((c) => c.clock.id === id);
  if (!found) throw new Error(`no clock ${id}`);
  return found;
}

describe("the children's statutory procedure (SI 2006/1738)", () => {
  it.each([
    ["stage1", "stage1", 10, 20, "received", "response_sent", "SI 2006/1738 reg 14"],
    ["stage2_request", "stage2", 20, undefined, "response_sent", "escalation_requested", "SI 2006/1738 reg 14"],
    ["stage2", "stage2", 25, 65, "statement_agreed", "adjudication_sent", "SI 2006/1738 reg 17"],
    ["stage3_request", "stage3", 20, undefined, "adjudication_sent", "escalation_requested", "SI 2006/1738 reg 18"],
    ["stage3_panel", "stage3", 30, undefined, "escalation_requested", "panel_held", "SI 2006/1738 reg 19"],
    ["stage3_panel_report", "stage3", 5, undefined, "panel_held", "panel_reported", "SI 2006/1738 reg 20"],
    ["stage3_council_response", "stage3", 15, undefined, "panel_reported", "council_responded", "SI 2006/1738 reg 20"],
  ])("%s: %s, %i working days (max %s) from %s to %s, %s", (id, stage, days, max, startsAt, endsAt, source) => {
    const found = clock(childrensStatutoryProcedure, id);
    expect(found.stage).toBe(stage);
    expect(found.clock).toMatchObject({ workingDays: days, startsAt, endsAt, source, statutory: true });
    expect(found.clock.maxWorkingDays).toBe(max);
  });

  it("has a one-year time limit (reg 9) and a local acknowledgement target", () => {
    expect(childrensStatutoryProcedure.timeLimit).toEqual({ months: 12, source: "SI 2006/1738 reg 9" });
    expect(childrensStatutoryProcedure.acknowledgement).toMatchObject({ source: "local policy", statutory: false, workingDays: 3 });
  });

  it("reports Stage 1 in bands of 10, 20 and 40, Stage 2 in 25 and 65, the panel in 30", () => {
    expect(clock(childrensStatutoryProcedure, "stage1").clock.bands).toEqual([10, 20, 40]);
    expect(clock(childrensStatutoryProcedure, "stage2").clock.bands).toEqual([25, 65]);
    expect(clock(childrensStatutoryProcedure, "stage3_panel").clock.bands).toEqual([30]);
  });

  it("names a regulation for every statutory clock", () => {
    for (const { clock: c } of allClocks(childrensStatutoryProcedure)) {
      expect(c.statutory ? c.source : "local policy").toMatch(/^(SI 2006\/1738 regs? \d+|local policy)/);
    }
  });
});

describe("adult social care and public health (SI 2009/309)", () => {
  it.each([adultSocialCareProcedure, publicHealthProcedure])("$id: acknowledge in 3 working days, respond in 6 months", (p) => {
    expect(p.acknowledgement).toMatchObject({ workingDays: 3, source: "SI 2009/309 reg 13", statutory: true });
    expect(p.stages).toHaveLength(1);
    expect(clock(p, "stage1").clock).toMatchObject({ months: 6, extendableByAgreement: true, source: "SI 2009/309 reg 14" });
    expect(p.timeLimit?.source).toBe("SI 2009/309 reg 12");
  });
});

describe("the LGSCO Complaint Handling Code", () => {
  it("acknowledges in 5, answers Stage 1 in 10 (to 20) and Stage 2 in 20 (to 30) working days from acknowledgement", () => {
    const code = lgscoComplaintHandlingCode;
    expect(code.procedure).toBe("corporate");
    expect(code.acknowledgement.workingDays).toBe(5);
    expect(clock(code, "stage1").clock).toMatchObject({ workingDays: 10, maxWorkingDays: 20, startsAt: "acknowledged" });
    expect(clock(code, "stage2_acknowledgement").clock).toMatchObject({ workingDays: 5, startsAt: "escalation_requested", endsAt: "acknowledged" });
    expect(clock(code, "stage2").clock).toMatchObject({ workingDays: 20, maxWorkingDays: 30, startsAt: "acknowledged" });
    for (const { clock: c } of allClocks(code)) expect(c.source).toMatch(/^LGSCO Complaint Handling Code/);
  });
});

describe("defineCorporateProcedure", () => {
  it("builds a council's stages from its configuration, with local policy as the source", () => {
    const p = defineCorporateProcedure({
      acknowledgementWorkingDays: 3,
      stages: [
        { stage: "stage1", workingDays: 10, from: "receipt" },
        { stage: "stage2", workingDays: 25, maxWorkingDays: 40, from: "request", requestWindowWorkingDays: 20, label: "Corporate Stage 2" },
      ],
    });
    expect(p).toMatchObject({ id: "corporate", procedure: "corporate", timeLimit: { months: 12, source: "local policy" } });
    expect(clock(p, "stage1").clock).toMatchObject({ workingDays: 10, startsAt: "received", source: "local policy", statutory: false });
    expect(clock(p, "stage2").clock).toMatchObject({
      workingDays: 25,
      maxWorkingDays: 40,
      startsAt: "escalation_requested",
      label: "Corporate Stage 2",
    });
    expect(clock(p, "stage2_request").clock).toMatchObject({ kind: "request_window", workingDays: 20, startsAtStage: "stage1" });
  });

  it("may have no time limit", () => {
    const p = defineCorporateProcedure({
      acknowledgementWorkingDays: 3,
      timeLimitMonths: null,
      stages: [{ stage: "stage1", workingDays: 15, from: "receipt" }],
    });
    expect(p.timeLimit).toBeNull();
  });

  it.each([
    [{ stages: [] }, "a corporate procedure needs at least one stage"],
    [{ stages: [{ stage: "stage2", workingDays: 10, from: "request" }] }, "stages[0]: expected stage1, found stage2"],
    [{ stages: [{ stage: "stage1", workingDays: 10, from: "request" }] }, "stage1.from: Stage 1 runs from receipt or acknowledgement"],
    [{ stages: [{ stage: "stage1", workingDays: 10, maxWorkingDays: 5, from: "receipt" }] }, "stage1.maxWorkingDays: 5 is below workingDays 10"],
    [{ stages: [{ stage: "stage1", workingDays: 1.5, from: "receipt" }] }, "must be a whole number of working days"],
  ])("rejects %j", (partial, message) => {
    const result = corporateProcedureConfigSchema.safeParse({ acknowledgementWorkingDays: 5, ...partial });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("; ")).toContain(message);
  });
});

describe("procedureDefinitionSchema", () => {
  const base = childrensStatutoryProcedure;
  it.each([
    ["stages out of order", { ...base, stages: [base.stages[1], base.stages[0]] }, "stages must be in order"],
    ["an unknown timescale clock", { ...base, stages: [{ ...base.stages[0], timescaleClock: "nope" }] }, "nope is not one of the stage's clocks"],
    ["a clock id used twice", { ...base, acknowledgement: { ...base.acknowledgement, id: "stage1" } }, "clock id stage1 is used twice"],
    [
      "both working days and months",
      { ...base, acknowledgement: { ...base.acknowledgement, months: 1 } },
      "acknowledgement: give either workingDays or months",
    ],
    [
      "a maximum below the timescale",
      { ...base, acknowledgement: { ...base.acknowledgement, maxWorkingDays: 1 } },
      "acknowledgement.maxWorkingDays: 1 is below workingDays 3",
    ],
  ])("rejects %s", (_name, input, message) => {
    const result = procedureDefinitionSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("; ")).toContain(message);
  });

  it("names stages as officers do", () => {
    expect(stageName("stage3")).toBe("Stage 3");
  });
});
