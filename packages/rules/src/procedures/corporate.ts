import { z } from "zod";
import { stageSchema } from "../vocabulary/canonical";
import {
  type ClockDefinitionInput,
  type ProcedureDefinition,
  type StageDefinitionInput,
  procedureDefinitionSchema,
  stageIndex,
  stageName,
} from "./definition";

/**
 * A council's corporate complaints procedure (matters that are not children's or adults' social care): its
 * stages and timescales are set by the council, so every clock's source is the council's local policy unless
 * the configuration names another (the LGSCO Complaint Handling Code below).
 */
const wholeDays = z.number().int("must be a whole number of working days").positive("must be at least 1");

export const corporateStageConfigSchema = z
  .object({
    stage: stageSchema,
    label: z.string().trim().min(1).max(200).optional(),
    workingDays: wholeDays,
    maxWorkingDays: wholeDays.optional(),
    /** What the response clock runs from: receipt (Stage 1 only), the acknowledgement, or the request for this stage. */
    from: z.enum(["receipt", "acknowledgement", "request"]),
    /** Stages after the first: working days to acknowledge the request for this stage. */
    acknowledgementWorkingDays: wholeDays.optional(),
    /** Stages after the first: the complainant's working days to ask for this stage after the previous response. */
    requestWindowWorkingDays: wholeDays.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.maxWorkingDays !== undefined && s.maxWorkingDays < s.workingDays) {
      ctx.addIssue({
        code: "custom",
        path: ["maxWorkingDays"],
        message: `${s.stage}.maxWorkingDays: ${s.maxWorkingDays} is below workingDays ${s.workingDays}`,
      });
    }
    if (s.stage === "stage1" && s.from === "request") {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: "stage1.from: Stage 1 runs from receipt or acknowledgement; there is no request for Stage 1",
      });
    }
  });
export type CorporateStageConfig = z.infer<typeof corporateStageConfigSchema>;

export const corporateProcedureConfigSchema = z
  .object({
    id: z.string().trim().min(1).max(64).default("corporate"),
    name: z.string().trim().min(1).max(200).default("Council corporate complaints procedure"),
    /** Where the timescales come from; "local policy" unless the council follows a named code. */
    source: z.string().trim().min(1).max(200).default("local policy"),
    acknowledgementWorkingDays: wholeDays,
    /** Months after the grounds arose within which a complaint is expected; null for no limit. */
    timeLimitMonths: z.number().int().positive().nullable().default(12),
    stages: z.array(corporateStageConfigSchema).min(1, "a corporate procedure needs at least one stage"),
    counting: z.object({ nonWorkingDayStart: z.enum(["next_working_day", "as_is"]) }).optional(),
  })
  .superRefine((c, ctx) => {
    c.stages.forEach((s, i) => {
      if (stageIndex(s.stage) !== i) {
        ctx.addIssue({
          code: "custom",
          path: ["stages", i, "stage"],
          message: `stages[${i}]: expected ${["stage1", "stage2", "stage3"][i]}, found ${s.stage}; stages run in order from Stage 1`,
        });
      }
    });
  });
export type CorporateProcedureConfig = z.input<typeof corporateProcedureConfigSchema>;

const START_EVENT = { receipt: "received", acknowledgement: "acknowledged", request: "escalation_requested" } as const;

function stageFromConfig(s: CorporateStageConfig, source: string): StageDefinitionInput {
  const name = stageName(s.stage);
  const previous = stageSchema.options[stageIndex(s.stage) - 1];
  const clocks: ClockDefinitionInput[] = [];
  if (previous && s.requestWindowWorkingDays !== undefined) {
    clocks.push({
      id: `${s.stage}_request`,
      label: `Request for ${name}: within ${s.requestWindowWorkingDays} working days of the ${stageName(previous)} response`,
      kind: "request_window",
      workingDays: s.requestWindowWorkingDays,
      startsAt: "response_sent",
      startsAtStage: previous,
      endsAt: "escalation_requested",
      source,
      statutory: false,
    });
  }
  if (previous && s.acknowledgementWorkingDays !== undefined) {
    clocks.push({
      id: `${s.stage}_acknowledgement`,
      label: `Acknowledgement of the request for ${name} within ${s.acknowledgementWorkingDays} working days`,
      workingDays: s.acknowledgementWorkingDays,
      startsAt: "escalation_requested",
      endsAt: "acknowledged",
      source,
      statutory: false,
    });
  }
  const fromLabel = { receipt: "receipt", acknowledgement: "acknowledgement", request: "the request" }[s.from];
  clocks.push({
    id: s.stage,
    label:
      s.label ??
      `${name} response: ${s.workingDays} working days from ${fromLabel}` +
        (s.maxWorkingDays === undefined ? "" : `, extendable to ${s.maxWorkingDays}`),
    workingDays: s.workingDays,
    ...(s.maxWorkingDays === undefined ? {} : { maxWorkingDays: s.maxWorkingDays }),
    startsAt: START_EVENT[s.from],
    endsAt: "response_sent",
    source,
    statutory: false,
  });
  return {
    stage: s.stage,
    label: `${name}`,
    responseEvent: "response_sent",
    timescaleClock: s.stage,
    clocks,
  };
}

/** Builds (and validates) a council's corporate procedure from its configuration. */
export function defineCorporateProcedure(config: CorporateProcedureConfig): ProcedureDefinition {
  const c = corporateProcedureConfigSchema.parse(config);
  return procedureDefinitionSchema.parse({
    id: c.id,
    procedure: "corporate",
    name: c.name,
    source: c.source,
    timeLimit: c.timeLimitMonths === null ? null : { months: c.timeLimitMonths, source: c.source },
    acknowledgement: {
      id: "acknowledgement",
      label: `Acknowledgement within ${c.acknowledgementWorkingDays} working days of receipt`,
      workingDays: c.acknowledgementWorkingDays,
      startsAt: "received",
      endsAt: "acknowledged",
      source: c.source,
      statutory: false,
    },
    stages: c.stages.map((s) => stageFromConfig(s, c.source)),
    ...(c.counting ? { counting: c.counting } : {}),
  });
}

export const LGSCO_CODE_SOURCE = "LGSCO Complaint Handling Code (applies from 1 April 2026)";

/**
 * The LGSCO Complaint Handling Code's timescales for a council's own complaints procedure: acknowledge within
 * 5 working days; Stage 1 response within 10 working days of the acknowledgement (an extension of no more
 * than 10 further working days); Stage 2 request acknowledged within 5 working days and answered within 20
 * working days of that acknowledgement (an extension of no more than 10 further working days).
 */
export const lgscoComplaintHandlingCode: ProcedureDefinition = defineCorporateProcedure({
  id: "lgsco_complaint_handling_code",
  name: "Corporate complaints under the LGSCO Complaint Handling Code",
  source: LGSCO_CODE_SOURCE,
  acknowledgementWorkingDays: 5,
  stages: [
    { stage: "stage1", workingDays: 10, maxWorkingDays: 20, from: "acknowledgement" },
    { stage: "stage2", workingDays: 20, maxWorkingDays: 30, from: "acknowledgement", acknowledgementWorkingDays: 5 },
  ],
});
