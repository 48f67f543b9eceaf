import { z } from "zod";
import { childrensStatutoryProcedure, isoDateSchema } from "@csc/rules";

/**
 * A council's procedure settings. Local targets may be shorter than the statutory timescales but never
 * longer than the statutory maxima: defineCouncil has the rules engine check them (./rules-settings.ts,
 * `validateProcedureSettings`), and the message names the field and the regulation.
 * Every timescale carries its source: a regulation or the council's local policy.
 */
const workingDays = z.number().int().positive().max(400);
const source = z.string().trim().min(1).max(200);

/**
 * The statutory figures the defaults restate, read from the rules engine's definition (stated once there:
 * SI 2006/1738 regs 14, 17, 19), never copied.
 */
function statutory(clockId: string): { workingDays: number; maxWorkingDays: number; source: string } {
  const clock = childrensStatutoryProcedure.stages.flatMap((s) => s.clocks).find((c) => c.id === clockId);
  if (!clock?.workingDays) throw new Error(`the children's statutory procedure has no ${clockId} clock in working days`);
  return { workingDays: clock.workingDays, maxWorkingDays: clock.maxWorkingDays ?? clock.workingDays, source: clock.source };
}
const STAGE1 = statutory("stage1");
const STAGE2 = statutory("stage2");
const PANEL = statutory("stage3_panel");

export const corporateStageSchema = z.object({
  id: z.string().trim().min(1).max(40),
  label: z.string().trim().min(1).max(120),
  workingDays,
  /** The most the council allows after an extension, if it allows one. */
  maxWorkingDays: workingDays.optional(),
  /** What the clock runs from (default: receipt at the first stage, the request at later ones). */
  from: z.enum(["receipt", "acknowledgement", "request"]).optional(),
  source,
});

export const councilProcedureSettingsSchema = z.object({
  /** Acknowledgement target: no statutory figure, always local policy (e.g. Gloucestershire 2 working days). */
  acknowledgement: z.object({ workingDays, source }),
  /** Stage 1 local resolution: 10 working days, extendable to 20 in all (SI 2006/1738 reg 14). */
  stage1: z
    .object({
      workingDays: workingDays.default(STAGE1.workingDays),
      extendedWorkingDays: workingDays.default(STAGE1.maxWorkingDays),
      source: source.default(STAGE1.source),
    })
    .default({ workingDays: STAGE1.workingDays, extendedWorkingDays: STAGE1.maxWorkingDays, source: STAGE1.source }),
  /** Stage 2 investigation: 25 working days from the agreed statement, extendable to 65 (SI 2006/1738 reg 17). */
  stage2: z
    .object({
      workingDays: workingDays.default(STAGE2.workingDays),
      extendedWorkingDays: workingDays.default(STAGE2.maxWorkingDays),
      source: source.default(STAGE2.source),
    })
    .default({ workingDays: STAGE2.workingDays, extendedWorkingDays: STAGE2.maxWorkingDays, source: STAGE2.source }),
  /** Stage 3 review panel meets within 30 working days of the request (SI 2006/1738 reg 19). */
  stage3: z
    .object({ panelWorkingDays: workingDays.default(PANEL.workingDays), source: source.default(PANEL.source) })
    .default({ panelWorkingDays: PANEL.workingDays, source: PANEL.source }),
  /** The council's corporate procedure (matters outside children's social care), each stage with its source. */
  corporate: z.object({ stages: z.array(corporateStageSchema).min(1) }).optional(),
  /**
   * What the council's report counts Stage 2 from: the agreed statement of complaint (SI 2006/1738 reg 17(2), the
   * default when absent) or the complainant's request. Applied to every report measure that does not say otherwise.
   */
  stage2CountedFrom: z.enum(["agreed_statement", "request"]).optional(),
  /** Days the council closes besides statutory non-working days (e.g. between Christmas and New Year). */
  localClosureDays: z.array(isoDateSchema).default([]),
});
export type CouncilProcedureSettings = z.infer<typeof councilProcedureSettingsSchema>;
export type CouncilProcedureSettingsInput = z.input<typeof councilProcedureSettingsSchema>;
