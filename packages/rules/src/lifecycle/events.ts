import { z } from "zod";
import { isoDateSchema } from "../dates/iso-date";
import {
  lgscoDecisionSchema,
  lgscoRemedySchema,
  notConsideredReasonSchema,
  outcomeSchema,
  procedureIdSchema,
  stageSchema,
} from "../vocabulary/canonical";

/**
 * A case is an append-only sequence of these events. Each carries the date it happened (`on`, an ISO date:
 * the statutory clocks count working days, not hours). The lifecycle engine (./derive.ts) validates each new
 * event against the case so far and derives the current stage, status and every clock.
 */

const base = { on: isoDateSchema };
const pointId = z.string().trim().min(1).max(64);
/** Outcome for each point of complaint at a stage; the stage outcome is derived from them (./outcomes.ts). */
const pointOutcomes = z
  .array(z.object({ pointId, outcome: outcomeSchema }))
  .min(1, "a response needs an outcome for at least one point of complaint");

export const caseEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("received"),
    ...base,
    /** When the grounds for the complaint arose, if known: a complaint more than a year later is flagged (SI 2006/1738 reg 9). */
    groundsAroseOn: isoDateSchema.optional(),
  }),
  z.object({
    type: z.literal("acknowledged"),
    ...base,
    /** The stage whose request is acknowledged (procedures that acknowledge each stage); absent: the complaint itself. */
    stage: stageSchema.optional(),
  }),
  z.object({ type: z.literal("procedure_decided"), ...base, procedure: procedureIdSchema }),
  z.object({
    type: z.literal("not_considered"),
    ...base,
    reason: notConsideredReasonSchema,
    detail: z.string().max(2000).optional(),
    /** reg 8 in part: the points of complaint not considered; the other points continue on the case's clocks. */
    points: z.array(pointId).min(1).max(50).optional(),
    /** reg 9: whether the council exercised its discretion to consider the late complaint anyway (its reason in `detail`). */
    discretionExercised: z.boolean().optional(),
    /** s.26(3)(e): the child's views, weighed in the decision (personal data: the gateway keeps the text apart). */
    childViews: z.string().trim().min(1).max(2000).optional(),
    /** Who decided, for the council (s.26(3)(e)). */
    decidedBy: z.string().trim().min(1).max(200).optional(),
    /** The council's own ground ("other"): its code in the council's vocabulary of grounds. */
    localGround: z.string().trim().min(1).max(120).optional(),
  }),
  z.object({
    type: z.literal("stage_started"),
    ...base,
    stage: stageSchema,
    /**
     * Who, for the council, agreed with the complainant that the complaint goes straight to this stage while the
     * previous one is unanswered (Getting the Best from Complaints: Stage 2 without Stage 1 by agreement).
     */
    agreedBy: z.string().trim().min(1).max(200).optional(),
  }),
  z.object({
    type: z.literal("extension_agreed"),
    ...base,
    stage: stageSchema,
    /** The new total timescale in working days from the stage's clock start (e.g. 20 at Stage 1, up to 65 at Stage 2). */
    totalWorkingDays: z.number().int().positive(),
    reason: z.string().trim().min(1).max(2000),
  }),
  z.object({ type: z.literal("suspended"), ...base, reason: z.string().trim().min(1).max(2000) }),
  z.object({ type: z.literal("resumed"), ...base }),
  z.object({
    type: z.literal("response_sent"),
    ...base,
    stage: stageSchema,
    /** Outcome for each point of complaint at this stage; the case's stage outcome is derived from them. */
    outcomes: pointOutcomes,
  }),
  z.object({ type: z.literal("escalation_requested"), ...base, to: z.enum(["stage2", "stage3"]) }),
  z.object({ type: z.literal("statement_agreed"), ...base }),
  z.object({
    type: z.literal("investigator_appointed"),
    ...base,
    role: z.enum(["investigating_officer", "independent_person"]),
  }),
  /** The Stage 2 response: the adjudicating officer's decision on each point of complaint. */
  z.object({ type: z.literal("adjudication_sent"), ...base, outcomes: pointOutcomes.optional() }),
  z.object({ type: z.literal("panel_requested"), ...base }),
  z.object({ type: z.literal("panel_held"), ...base }),
  z.object({ type: z.literal("panel_reported"), ...base }),
  /** The Stage 3 response: the council's response to the review panel's recommendations, per point of complaint. */
  z.object({ type: z.literal("council_responded"), ...base, outcomes: pointOutcomes.optional() }),
  z.object({ type: z.literal("withdrawn"), ...base }),
  z.object({ type: z.literal("lgsco_referred"), ...base }),
  z.object({
    type: z.literal("lgsco_decided"),
    ...base,
    decision: lgscoDecisionSchema,
    remedies: z.array(lgscoRemedySchema).default([]),
  }),
  /** The council closes the case (its reason is optional for histories imported without one). */
  z.object({ type: z.literal("closed"), ...base, reason: z.string().trim().min(1).max(2000).optional() }),
  /**
   * A letter of the procedure sent (e.g. the acknowledgement, the Stage 1 response, the adjudication), named by its
   * kind and the case document that holds it. Correspondence, not a step: it moves no stage and no clock, and may be
   * recorded at any point of the case, after closure too.
   */
  z.object({
    type: z.literal("letter_sent"),
    ...base,
    letter: z.string().trim().min(1).max(64),
    documentId: z.string().trim().min(1).max(64).optional(),
  }),
  /** A closed case opened again, with the reason; its clocks run on from where closure stopped them. */
  z.object({ type: z.literal("reopened"), ...base, reason: z.string().trim().min(1).max(2000) }),
]);

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventInput = z.input<typeof caseEventSchema>;
export type CaseEventType = CaseEvent["type"];
export const CASE_EVENT_TYPES = caseEventSchema.options.map((o) => o.shape.type.value) as CaseEventType[];
