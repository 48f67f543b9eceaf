import { z } from "zod";
import {
  channelSchema,
  complainantRelationshipSchema,
  feedbackKindSchema,
  isoDateSchema,
  lgscoDecisionSchema,
  lgscoRemedySchema,
  NOT_CONSIDERED_GROUNDS,
  NOT_CONSIDERED_REASONS,
  groundAvailable,
  groundRequires,
  notConsideredReasonSchema,
  outcomeSchema,
  procedureIdSchema,
  reasonThemeSchema,
  stageSchema,
} from "@csc/rules";

import { recommendationDecisionsSchema } from "./recommendation-decisions";

/**
 * zod schemas for every mutation's input: the one place the gateway says what good input looks like. The
 * GraphQL layer runs them (plugin-validation) and turns the first issue into BAD_USER_INPUT naming the field.
 * Lifecycle rules (what may happen when) are not here: @csc/rules decides those.
 */
const id = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters");
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** Every change to a case names the case and the version the officer saw (optimistic locking). */
export const caseChangeSchema = z.object({
  caseId: id,
  version: z.number().int().nonnegative("must be the case's current version (0 or more)"),
});

const datedChange = caseChangeSchema.extend({ on: isoDateSchema });

const pointOfComplaintInputSchema = z.object({
  summary: text(2000),
  reasonTheme: reasonThemeSchema,
  /** The council's own reason code, from its reason taxonomy. */
  localReason: text(120).nullish(),
});

const complainantInputSchema = z.object({
  name: text(200).nullish(),
  email: z.email("must be an email address").max(320).nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +()-]{6,20}$/, "must be a telephone number")
    .nullish(),
  address: text(500).nullish(),
});

/** The child the feedback is about (personal data): found again by name or date of birth. */
const childInputSchema = z.object({
  name: text(200).nullish(),
  dateOfBirth: isoDateSchema.nullish(),
});

export const recordFeedbackInputSchema = z.object({
  kind: feedbackKindSchema,
  procedure: procedureIdSchema.nullish(),
  receivedOn: isoDateSchema,
  /** When the grounds arose, if known: more than a year before receipt is flagged (SI 2006/1738 reg 9). */
  groundsAroseOn: isoDateSchema.nullish(),
  channel: channelSchema.nullish(),
  /** The council's own channel code: classified by its channel vocabulary in force on `receivedOn`. */
  localChannel: text(120).nullish(),
  complainantRelationship: complainantRelationshipSchema.nullish(),
  /** The council's own complainant type code: classified by its vocabulary in force on `receivedOn`. */
  localComplainantType: text(120).nullish(),
  madeByChild: z.boolean(),
  advocacyOffered: z.boolean().nullish(),
  advocacyTaken: z.boolean().nullish(),
  advocacyProvider: text(120).nullish(),
  teamId: id.nullish(),
  /** Made on behalf of a child or young person (parent, advocate, carer...); null: not recorded. */
  madeForChild: z.boolean().nullish(),
  /** Equalities answers in the council's codes; "not_given" when the person chose not to say. */
  gender: text(120).nullish(),
  ethnicity: text(120).nullish(),
  disability: text(120).nullish(),
  ageBand: text(120).nullish(),
  /** Free text about the feedback: personal data, kept apart from the facts. */
  summary: text(10_000),
  complainant: complainantInputSchema.nullish(),
  child: childInputSchema.nullish(),
  points: z.array(pointOfComplaintInputSchema).max(50, "at most 50 points of complaint").nullish(),
});

export const decideProcedureInputSchema = datedChange.extend({ procedure: procedureIdSchema });
export const markNotConsideredInputSchema = datedChange
  .extend({
    // Only grounds some law or local policy gives (@csc/rules NOT_CONSIDERED_GROUNDS); historic ones stay importable.
    reason: notConsideredReasonSchema.refine(groundAvailable, {
      message: `is not a ground for declining a complaint (${NOT_CONSIDERED_GROUNDS.insufficient_evidence.source}); record the council's own ground as other, with its code in localGround`,
    }),
    detail: text(2000).nullish(),
    points: z.array(id).min(1, "name at least one point of complaint, or leave points out for the whole complaint").max(50).nullish(),
    discretionExercised: z.boolean().nullish(),
    childViews: text(2000).nullish(),
    decidedBy: text(200).nullish(),
    localGround: text(120).nullish(),
  })
  .superRefine((input, ctx) => {
    const ground = NOT_CONSIDERED_GROUNDS[input.reason];
    // What each ground must record is the rules' (@csc/rules groundRequires); the gateway names the missing field.
    for (const field of groundRequires(input.reason)) {
      if (input[field] == null) ctx.addIssue({ code: "custom", path: [field], message: `is required for a decision under ${ground.source}` });
    }
    if (input.points && !ground.inPart) {
      const inPart = NOT_CONSIDERED_REASONS.filter((r) => NOT_CONSIDERED_GROUNDS[r].inPart).join(", ");
      ctx.addIssue({
        code: "custom",
        path: ["points"],
        message: `may be given only on a ground decided in whole or in part (${inPart}); ${ground.source} applies to the whole complaint`,
      });
    }
  });
export const datedCaseChangeSchema = datedChange;
export const allocateCaseInputSchema = caseChangeSchema
  .extend({ teamId: id.nullish(), officerId: id.nullish() })
  .refine((v) => v.teamId != null || v.officerId != null, {
    message: "give a team, an officer or both",
    path: ["teamId"],
  });
export const addPointOfComplaintInputSchema = caseChangeSchema.extend(pointOfComplaintInputSchema.shape);
export const agreeExtensionInputSchema = datedChange.extend({
  stage: stageSchema,
  totalWorkingDays: z.number().int().positive("must be a positive number of working days").max(65),
  reason: text(2000),
});
export const suspendCaseInputSchema = datedChange.extend({ reason: text(2000) });
/** A point's outcome: canonical, or the council's own code (classified by the gateway), or both when they agree. */
const pointOutcome = z
  .object({ pointId: id, outcome: outcomeSchema.nullish(), localOutcome: text(120).nullish() })
  .refine((o) => o.outcome != null || o.localOutcome != null, {
    message: "choose an outcome (the canonical outcome or your council's localOutcome code)",
    path: ["outcome"],
  });
export const recordStageResponseInputSchema = datedChange.extend({
  stage: stageSchema,
  outcomes: z.array(pointOutcome).min(1, "a response needs an outcome for at least one point of complaint").max(50),
});
/** A stage's answer with an outcome per point of complaint (the adjudication, the council's response to the panel). */
export const stageDecisionInputSchema = datedChange.extend({
  outcomes: z.array(pointOutcome).max(50).nullish(),
  recommendationDecisions: recommendationDecisionsSchema,
  decidedWithIndependentPerson: text(200).nullish(),
});
export const requestEscalationInputSchema = datedChange.extend({ to: z.enum(["stage2", "stage3"]) });
export const appointInvestigatorInputSchema = datedChange.extend({
  role: z.enum(["investigating_officer", "independent_person"]),
  /** The investigator's or Independent Person's name (a professional, not the child). */
  name: text(200),
  /** Cost of an independent investigation, in pence. */
  costPence: z.number().int().nonnegative().nullish(),
});
export const reportReviewPanelInputSchema = datedChange.extend({
  recommendations: z.array(text(2000)).max(50).nullish(),
});
export const recordLgscoDecisionInputSchema = datedChange.extend({
  decision: lgscoDecisionSchema,
  remedies: z.array(lgscoRemedySchema).max(10).nullish(),
});
export const logLearningActionInputSchema = z.object({
  caseId: id,
  description: text(2000),
  dueOn: isoDateSchema.nullish(),
  ownerId: id.nullish(),
});
export const completeLearningActionInputSchema = z.object({ learningActionId: id, on: isoDateSchema });

export const signInInputSchema = z.object({
  councilId: id,
  email: z.email("must be an email address").max(320),
  password: z.string().min(1, "must not be empty").max(200),
});

export const createCouncilInputSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,62}$/, "must be lower-case letters, digits and hyphens, starting with a letter")
    // "platform" names the platform's own rows in the audit log (actions outside any council): never a council.
    .refine((id) => id !== "platform", "is reserved for the platform's own audit records"),
  name: text(200),
  /** ONS code of an English council with children's social care: E06 (unitary), E08 (metropolitan), E09 (London), E10 (county). */
  onsCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^E(06|08|09|10)\d{6}$/, "must be an English council's ONS code: E06, E08, E09 or E10 and six digits, e.g. E10000013")
    .nullish(),
});
