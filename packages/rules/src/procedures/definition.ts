import { z } from "zod";
import { caseEventSchema, type CaseEventType } from "../lifecycle/events";
import { procedureIdSchema, stageSchema, type Stage } from "../vocabulary/canonical";

/**
 * A procedure as data: its stages, and for each stage the clocks that run in it. A clock starts at the first
 * event of type `startsAt` (for the clock's stage) and stops at the first later event of type `endsAt`. Every
 * clock names where its timescale comes from (`source`) and whether that is statutory: a council may set a
 * shorter local target for a statutory clock, never a longer one (see ./settings.ts).
 */

const eventTypes = caseEventSchema.options.map((o) => o.shape.type.value) as [CaseEventType, ...CaseEventType[]];
export const caseEventTypeSchema = z.enum(eventTypes);

/**
 * "response": the council must act by the due date (met or missed).
 * "request_window": the complainant's time to ask for the next stage; a late request is allowed but flagged.
 */
export const CLOCK_KINDS = ["response", "request_window"] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

const positiveWholeDays = z.number().int("must be a whole number of working days").positive("must be at least 1");

export const clockDefinitionSchema = z
  .object({
    id: z.string().trim().min(1).max(64),
    label: z.string().trim().min(1).max(200),
    kind: z.enum(CLOCK_KINDS).default("response"),
    /** Working days allowed (the deadline is the N-th working day after the start); absent when `months` is used. */
    workingDays: positiveWholeDays.optional(),
    /** The most an agreed extension may reach, in working days from the start; absent when it cannot be extended. */
    maxWorkingDays: positiveWholeDays.optional(),
    /** A period in calendar months instead of working days (SI 2009/309 reg 14: six months). */
    months: z.number().int().positive().optional(),
    /** The period may be extended by agreement without a fixed maximum (SI 2009/309 reg 14(2)). */
    extendableByAgreement: z.boolean().default(false),
    startsAt: caseEventTypeSchema,
    /** The stage of the start event when it is not the clock's own stage (e.g. the Stage 1 response opens the Stage 2 request window). */
    startsAtStage: stageSchema.optional(),
    endsAt: caseEventTypeSchema,
    endsAtStage: stageSchema.optional(),
    /** Where the timescale comes from: "SI 2006/1738 reg 14", "local policy", "LGSCO Complaint Handling Code" … */
    source: z.string().trim().min(1).max(200),
    statutory: z.boolean(),
    /** Reporting bands in working days (e.g. 10, 20, 40 at Stage 1); defaults to the timescale and its maximum. */
    bands: z.array(positiveWholeDays).min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.workingDays === undefined) === (c.months === undefined)) {
      ctx.addIssue({ code: "custom", path: ["workingDays"], message: `${c.id}: give either workingDays or months, not both or neither` });
    }
    if (c.maxWorkingDays !== undefined && c.maxWorkingDays < (c.workingDays ?? 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["maxWorkingDays"],
        message: `${c.id}.maxWorkingDays: ${c.maxWorkingDays} is below workingDays ${c.workingDays}`,
      });
    }
  });
export type ClockDefinition = z.infer<typeof clockDefinitionSchema>;
export type ClockDefinitionInput = z.input<typeof clockDefinitionSchema>;

export const stageDefinitionSchema = z.object({
  stage: stageSchema,
  label: z.string().trim().min(1).max(200),
  /** The event that answers the stage and carries the outcome for each point of complaint. */
  responseEvent: z.enum(["response_sent", "adjudication_sent", "council_responded"]),
  /** The clock the stage's timeliness is reported on (extensions apply to it). */
  timescaleClock: z.string().trim().min(1),
  /** Other events that belong to this stage (e.g. the Stage 2 investigator and Independent Person). */
  events: z.array(caseEventTypeSchema).default([]),
  /** The stage may begin without the previous one, by agreement (children's Stage 2: Getting the Best from Complaints). */
  mayBeginWithoutPreviousStage: z.boolean().default(false),
  clocks: z.array(clockDefinitionSchema).min(1),
});
export type StageDefinition = z.infer<typeof stageDefinitionSchema>;
export type StageDefinitionInput = z.input<typeof stageDefinitionSchema>;

/**
 * The counting convention (../shared/docs/domain.md): the day of receipt is day 0 and a deadline of N working
 * days is the N-th working day after the start. A start on a non-working day counts as made on the next
 * working day ("next_working_day") unless a council counts from the day itself ("as_is").
 */
export const countingConventionSchema = z.object({
  nonWorkingDayStart: z.enum(["next_working_day", "as_is"]).default("next_working_day"),
});
export type CountingConvention = z.infer<typeof countingConventionSchema>;

export const procedureDefinitionSchema = z
  .object({
    /** Unique id of this definition (a council's corporate procedure may use its own). */
    id: z.string().trim().min(1).max(64),
    /** Which canonical procedure this is. */
    procedure: procedureIdSchema,
    name: z.string().trim().min(1).max(200),
    /** The law or code the procedure rests on. */
    source: z.string().trim().min(1).max(300),
    /** How long after the grounds arose a complaint may be made; later ones are allowed but flagged. */
    timeLimit: z.object({ months: z.number().int().positive(), source: z.string().trim().min(1) }).nullable(),
    acknowledgement: clockDefinitionSchema,
    stages: z.array(stageDefinitionSchema).min(1),
    counting: countingConventionSchema.default({ nonWorkingDayStart: "next_working_day" }),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    let previous: Stage | null = null;
    p.stages.forEach((s, i) => {
      if (previous !== null && stageIndex(s.stage) <= stageIndex(previous)) {
        ctx.addIssue({
          code: "custom",
          path: ["stages", i, "stage"],
          message: `stages must be in order without repeats; ${s.stage} comes after ${previous}`,
        });
      }
      previous = s.stage;
      if (!s.clocks.some((c) => c.id === s.timescaleClock)) {
        ctx.addIssue({ code: "custom", path: ["stages", i, "timescaleClock"], message: `${s.timescaleClock} is not one of the stage's clocks` });
      }
    });
    for (const c of [p.acknowledgement, ...p.stages.flatMap((s) => s.clocks)]) {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: ["stages"], message: `clock id ${c.id} is used twice` });
      seen.add(c.id);
    }
  });
export type ProcedureDefinition = z.infer<typeof procedureDefinitionSchema>;
export type ProcedureDefinitionInput = z.input<typeof procedureDefinitionSchema>;

export function stageIndex(stage: Stage): number {
  return stageSchema.options.indexOf(stage);
}

/** Every clock of the procedure, the acknowledgement first, with the stage it belongs to (null: the case). */
export function allClocks(procedure: ProcedureDefinition): { clock: ClockDefinition; stage: Stage | null }[] {
  return [
    { clock: procedure.acknowledgement, stage: null },
    ...procedure.stages.flatMap((s) => s.clocks.map((clock) => ({ clock, stage: s.stage }))),
  ];
}

export function stageDefinition(procedure: ProcedureDefinition, stage: Stage): StageDefinition | undefined {
  return procedure.stages.find((s) => s.stage === stage);
}

/** Human label of a stage for messages: "Stage 2". */
export function stageName(stage: Stage): string {
  return `Stage ${stage.slice(-1)}`;
}
