import { z } from "zod";
import { caseEventSchema, isoDateSchema, stageSchema } from "@csc/rules";

/**
 * What a council adapter's importer produces from its existing system's export: one record per piece of
 * feedback, in the council's own codes (local labels), with its lifecycle as events. The platform maps the
 * local codes to canonical values through the adapter's vocabularies, runs the events through the rules
 * engine's lifecycle, and stores the case like any other. Nothing here is personal data.
 */
const localCode = z.string().trim().min(1).max(120);

export const importedCaseSchema = z.object({
  /** The case's reference in the council's old system (unique within the council). */
  externalId: z.string().trim().min(1).max(64),
  /** Local feedback kind code (mapped to a canonical FeedbackKind by the adapter's `kinds` vocabulary). */
  kind: localCode,
  /** Local procedure code, if the export says (e.g. statutory vs corporate Stage 2). */
  procedure: localCode.nullable().default(null),
  receivedOn: isoDateSchema,
  channel: localCode.nullable().default(null),
  complainantType: localCode.nullable().default(null),
  madeByChild: z.boolean().default(false),
  advocacy: z
    .object({ offered: z.boolean().nullable(), taken: z.boolean().nullable(), provider: localCode.nullable() })
    .default({ offered: null, taken: null, provider: null }),
  /** Local team codes (effective-dated in the adapter's team list). */
  teams: z.array(localCode).default([]),
  /** Points of complaint, each with its local reason category and/or reason code. */
  points: z.array(z.object({ id: z.string().trim().min(1).max(64), category: localCode.nullable(), reason: localCode.nullable() })).default([]),
  /** The council's own outcome label per stage, when it records one (mapped by the adapter's `outcomes`). */
  localOutcomes: z.partialRecord(stageSchema, localCode).default({}),
  /** Local reason a complaint was not considered further, if any. */
  notConsideredReason: localCode.nullable().default(null),
  /** Local LGSCO decision wording, if referred. */
  lgscoDecision: localCode.nullable().default(null),
  equalities: z
    .object({
      gender: localCode.nullable(),
      ethnicity: localCode.nullable(),
      disability: localCode.nullable(),
      ageBand: localCode.nullable(),
    })
    .partial()
    .default({}),
  /** Further local dimensions a council reports on (e.g. Somerset's "cause of satisfaction"). */
  localDimensions: z.record(z.string(), localCode).default({}),
  /** The lifecycle, oldest first: starts with `received`. Outcomes in events are canonical. */
  events: z.array(caseEventSchema).min(1, "an imported case needs at least its received event"),
});
export type ImportedCase = z.infer<typeof importedCaseSchema>;
export type ImportedCaseInput = z.input<typeof importedCaseSchema>;
