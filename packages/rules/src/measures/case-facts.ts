import { z } from "zod";
import { isoDateSchema } from "../dates/iso-date";
import {
  channelSchema,
  complainantRelationshipSchema,
  feedbackKindSchema,
  lgscoDecisionSchema,
  notConsideredReasonSchema,
  outcomeSchema,
  procedureIdSchema,
  reasonThemeSchema,
  serviceAreaSchema,
  stageSchema,
} from "../vocabulary/canonical";

/**
 * The facts of one piece of feedback that reports need, without the person: no names, contact details or
 * free text. Every classified value carries the canonical value (for comparison across councils) and the
 * council's local code (for the council's own tables). The database stores these as columns; the measures
 * in this folder are pure functions over arrays of them.
 */
const localCode = z.string().min(1).max(120);

export const stageFactsSchema = z.object({
  stage: stageSchema,
  /** When the stage's clock started (Stage 2: the agreed statement of complaint). */
  startedOn: isoDateSchema,
  /** Working days allowed, after any extension (e.g. 10 or 20 at Stage 1). */
  timescaleWorkingDays: z.number().int().positive(),
  dueOn: isoDateSchema,
  respondedOn: isoDateSchema.nullable(),
  /** Working days from start to response, less paused days; null while open. */
  workingDaysTaken: z.number().int().nonnegative().nullable(),
  daysPaused: z.number().int().nonnegative(),
  extended: z.boolean(),
  /** Met the (possibly extended) timescale; null while open and not yet overdue. */
  met: z.boolean().nullable(),
  outcome: outcomeSchema.nullable(),
  localOutcome: localCode.nullable(),
  /** Escalation to this stage was requested after the statutory 20 working days (allowed, flagged). */
  lateRequest: z.boolean().default(false),
  /** Stages 2 and 3: the day the complainant asked for the stage (absent when not known: counted from startedOn). */
  requestedOn: isoDateSchema.optional(),
  /** Stage 2 still waiting for its agreed statement of complaint: startedOn is then the request (provisional). */
  awaitingStatement: z.boolean().optional(),
});
export type StageFacts = z.infer<typeof stageFactsSchema>;

export const caseFactsSchema = z.object({
  id: z.string().min(1),
  councilId: z.string().min(1),
  kind: feedbackKindSchema,
  localKind: localCode.nullable().default(null),
  procedure: procedureIdSchema.nullable(),
  receivedOn: isoDateSchema,
  channel: channelSchema.nullable(),
  localChannel: localCode.nullable(),
  complainantRelationship: complainantRelationshipSchema.nullable(),
  localComplainantType: localCode.nullable(),
  madeByChild: z.boolean(),
  advocacy: z.object({ offered: z.boolean().nullable(), taken: z.boolean().nullable(), provider: localCode.nullable() }),
  /** Teams (local codes) and their service areas; several per case are allowed. */
  teams: z.array(z.object({ code: localCode, serviceArea: serviceAreaSchema })),
  /** Reasons for complaint; several per case are allowed (or exactly one primary cause). */
  reasons: z.array(z.object({ category: localCode.nullable(), reason: localCode.nullable(), theme: reasonThemeSchema })),
  acknowledgement: z.object({
    dueOn: isoDateSchema.nullable(),
    acknowledgedOn: isoDateSchema.nullable(),
    met: z.boolean().nullable(),
  }),
  notConsidered: z.object({ reason: notConsideredReasonSchema, on: isoDateSchema, localReason: localCode.nullable() }).nullable(),
  stages: z.array(stageFactsSchema),
  withdrawnOn: isoDateSchema.nullable(),
  closedOn: isoDateSchema.nullable(),
  lgsco: z
    .array(
      z.object({
        referredOn: isoDateSchema.nullable(),
        decidedOn: isoDateSchema.nullable(),
        decision: lgscoDecisionSchema.nullable(),
        localDecision: localCode.nullable(),
      }),
    )
    .default([]),
  equalities: z
    .object({
      gender: localCode.nullable(),
      ethnicity: localCode.nullable(),
      disability: localCode.nullable(),
      ageBand: localCode.nullable(),
    })
    .default({ gender: null, ethnicity: null, disability: null, ageBand: null }),
  /** Extra local dimensions a council reports on (e.g. "cause of satisfaction" for compliments). */
  localDimensions: z.record(z.string(), localCode).default({}),
});
export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type CaseFactsInput = z.input<typeof caseFactsSchema>;
