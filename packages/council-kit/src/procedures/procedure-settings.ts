import { z } from "zod";
import { isoDateSchema } from "@csc/rules";

/**
 * A council's procedure settings. Local targets may be shorter than the statutory timescales but never
 * longer than the statutory maxima: defineCouncil has the rules engine check them (./rules-settings.ts,
 * `validateProcedureSettings`), and the message names the field and the regulation.
 * Every timescale carries its source: a regulation or the council's local policy.
 */
const workingDays = z.number().int().positive().max(400);
const source = z.string().trim().min(1).max(200);

/** What a council's report counts as "in timescale" at each stage. */
export const IN_TIMESCALE_RULES = {
  stage1: ["within_10", "within_agreed", "within_20"],
  stage2: ["within_25", "within_agreed", "within_65"],
  stage3: ["within_30"],
} as const;
export type Stage1InTimescale = (typeof IN_TIMESCALE_RULES.stage1)[number];
export type Stage2InTimescale = (typeof IN_TIMESCALE_RULES.stage2)[number];

/** The statutory maxima a local setting may not exceed, with their regulation. */
export const STATUTORY_MAXIMA = {
  "stage1.workingDays": { max: 20, source: "SI 2006/1738 reg 14" },
  "stage1.extendedWorkingDays": { max: 20, source: "SI 2006/1738 reg 14" },
  "stage2.workingDays": { max: 65, source: "SI 2006/1738 reg 17" },
  "stage2.extendedWorkingDays": { max: 65, source: "SI 2006/1738 reg 17" },
  "stage3.panelWorkingDays": { max: 30, source: "SI 2006/1738 reg 19" },
} as const;
export type StatutoryMaximumKey = keyof typeof STATUTORY_MAXIMA;

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
    .object({ workingDays: workingDays.default(10), extendedWorkingDays: workingDays.default(20), source: source.default("SI 2006/1738 reg 14") })
    .default({ workingDays: 10, extendedWorkingDays: 20, source: "SI 2006/1738 reg 14" }),
  /** Stage 2 investigation: 25 working days from the agreed statement, extendable to 65 (SI 2006/1738 reg 17). */
  stage2: z
    .object({ workingDays: workingDays.default(25), extendedWorkingDays: workingDays.default(65), source: source.default("SI 2006/1738 reg 17") })
    .default({ workingDays: 25, extendedWorkingDays: 65, source: "SI 2006/1738 reg 17" }),
  /** Stage 3 review panel meets within 30 working days of the request (SI 2006/1738 reg 19). */
  stage3: z
    .object({ panelWorkingDays: workingDays.default(30), source: source.default("SI 2006/1738 reg 19") })
    .default({ panelWorkingDays: 30, source: "SI 2006/1738 reg 19" }),
  /** The council's corporate procedure (matters outside children's social care), each stage with its source. */
  corporate: z.object({ stages: z.array(corporateStageSchema).min(1) }).optional(),
  /** Days the council closes besides statutory non-working days (e.g. between Christmas and New Year). */
  localClosureDays: z.array(isoDateSchema).default([]),
  /** What the council's report counts as "in timescale" at each stage. */
  inTimescale: z
    .object({
      stage1: z.enum(IN_TIMESCALE_RULES.stage1).default("within_agreed"),
      stage2: z.enum(IN_TIMESCALE_RULES.stage2).default("within_agreed"),
      stage3: z.enum(IN_TIMESCALE_RULES.stage3).default("within_30"),
    })
    .default({ stage1: "within_agreed", stage2: "within_agreed", stage3: "within_30" }),
});
export type CouncilProcedureSettings = z.infer<typeof councilProcedureSettingsSchema>;
export type CouncilProcedureSettingsInput = z.input<typeof councilProcedureSettingsSchema>;

/**
 * Messages for every local setting above its statutory maximum, each naming the field and the regulation: a
 * check without the rules engine's procedure definitions (defineCouncil uses the engine's, which also holds
 * Stage 1 and 2 targets to their unextended timescales).
 */
export function checkStatutoryMaxima(settings: CouncilProcedureSettings, path = "procedures"): string[] {
  const values: Record<StatutoryMaximumKey, number> = {
    "stage1.workingDays": settings.stage1.workingDays,
    "stage1.extendedWorkingDays": settings.stage1.extendedWorkingDays,
    "stage2.workingDays": settings.stage2.workingDays,
    "stage2.extendedWorkingDays": settings.stage2.extendedWorkingDays,
    "stage3.panelWorkingDays": settings.stage3.panelWorkingDays,
  };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(values) as [StatutoryMaximumKey, number][]) {
    const { max, source: regulation } = STATUTORY_MAXIMA[key];
    if (value > max) problems.push(`${path}.${key}: ${value} is above the statutory maximum of ${max} (${regulation})`);
  }
  if (settings.stage1.extendedWorkingDays < settings.stage1.workingDays) {
    problems.push(`${path}.stage1.extendedWorkingDays: ${settings.stage1.extendedWorkingDays} is below stage1.workingDays (${settings.stage1.workingDays})`);
  }
  if (settings.stage2.extendedWorkingDays < settings.stage2.workingDays) {
    problems.push(`${path}.stage2.extendedWorkingDays: ${settings.stage2.extendedWorkingDays} is below stage2.workingDays (${settings.stage2.workingDays})`);
  }
  return problems;
}
