import { z } from "zod";
import { feedbackKindSchema, lgscoRemedySchema, outcomeSchema, stageSchema } from "@csc/rules";

/**
 * A declarative import mapping (issue 12 item 2, "importers are data"): which column of a council's CSV export
 * holds each field of an imported case, how its dates are written, which local value is which vocabulary entry,
 * and which date columns are which lifecycle events. `applyImportMapping` interprets it into the same
 * ImportedCase inputs a plugin's code importer produces. Stored per council as JSON (the gateway) or written in a
 * plugin's source (`defineImportMapping`).
 */

/** How a date column is written; the first format that reads a cell wins. */
export const DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "DD-MM-YYYY", "DD.MM.YYYY", "MM/DD/YYYY"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const column = z.string().trim().min(1, "must name a column of the export").max(120);
const code = z.string().trim().min(1).max(120);

/** Local value in the export → the vocabulary entry's code (a value not listed is read as a code itself). */
const valueMapSchema = z
  .record(z.string().trim().min(1).max(200), code)
  .refine((map) => Object.keys(map).length <= 500, "may map at most 500 values");

/** A column whose value is a vocabulary entry (after `values`). */
const codedSchema = z.strictObject({ column, values: valueMapSchema.optional() });
/** A column read as it is (a date, a yes/no flag, free local text). */
const plainSchema = z.strictObject({ column });

const columns = z.array(column).min(1).max(10);
const dated = {
  date: column,
  after: column.optional(),
  complaintsOnly: z.boolean().optional(),
  /** The event is recorded only when every one of these columns is filled in. */
  whenFilled: columns.optional(),
  /** The event is not recorded when any of these columns is filled in. */
  unlessFilled: columns.optional(),
  /** A row with this event's date and any of these columns filled in is refused (not considered, yet with stage dates). */
  excludes: columns.optional(),
  /** Only rows whose kind is one of these canonical kinds get the event (a member enquiry's reply). */
  kinds: z.array(feedbackKindSchema).min(1).max(7).optional(),
};
const stageDated = { ...dated, stage: stageSchema };

/**
 * One lifecycle event a date column records. `after`: a column whose date this one may not precede, and which
 * must be filled in when this one is. `complaintsOnly`: only rows whose kind is a complaint (canonical) get it.
 * `whenFilled` / `unlessFilled`: the event is recorded only when those columns are all filled in / all empty (a
 * stage that follows another's response; a procedure decision unless the complaint was not considered).
 * `excludes`: columns that may not be filled in when this event's date is.
 * Events that carry an outcome, a decision, a procedure or a reason read them from the fields of the mapping
 * (`outcomes[stage]`, `lgscoDecision`, `procedure`, `notConsideredReason`), mapped to canonical values through the
 * council's vocabularies.
 */
export const mappedEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("acknowledged"), ...dated }),
  z.strictObject({ type: z.literal("procedure_decided"), ...dated }),
  z.strictObject({ type: z.literal("stage_started"), ...stageDated }),
  z.strictObject({
    type: z.literal("extension_agreed"),
    ...stageDated,
    /** The new total timescale in working days; the statutory maximum for the stage when absent. */
    totalWorkingDays: z.number().int().min(1).max(400).optional(),
    /** A column holding the new total in working days (a whole number); the event is recorded only when it is filled in. */
    totalWorkingDaysColumn: column.optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  }),
  z.strictObject({ type: z.literal("suspended"), ...dated, reasonColumn: column.optional(), reason: z.string().trim().min(1).max(2000).optional() }),
  z.strictObject({ type: z.literal("resumed"), ...dated }),
  z.strictObject({
    type: z.literal("response_sent"),
    ...stageDated,
    /** Every point's outcome when the export has no outcome column for this response (a member enquiry's reply). */
    outcome: outcomeSchema.optional(),
  }),
  z.strictObject({ type: z.literal("escalation_requested"), ...dated, to: z.enum(["stage2", "stage3"]) }),
  z.strictObject({ type: z.literal("statement_agreed"), ...dated }),
  z.strictObject({ type: z.literal("investigator_appointed"), ...dated, role: z.enum(["investigating_officer", "independent_person"]) }),
  z.strictObject({ type: z.literal("adjudication_sent"), ...dated }),
  z.strictObject({ type: z.literal("panel_requested"), ...dated }),
  z.strictObject({ type: z.literal("panel_held"), ...dated }),
  z.strictObject({ type: z.literal("panel_reported"), ...dated }),
  z.strictObject({ type: z.literal("council_responded"), ...dated }),
  z.strictObject({ type: z.literal("not_considered"), ...dated }),
  z.strictObject({ type: z.literal("withdrawn"), ...dated }),
  z.strictObject({ type: z.literal("lgsco_referred"), ...dated }),
  z.strictObject({
    type: z.literal("lgsco_decided"),
    ...dated,
    /** A list cell of the Ombudsman's remedies, each local value mapped by `remedyValues` to a canonical remedy. */
    remediesColumn: column.optional(),
    remedyValues: z.record(z.string().trim().min(1).max(200), lgscoRemedySchema).optional(),
  }),
  z.strictObject({ type: z.literal("closed"), ...dated }),
]);
export type MappedEvent = z.infer<typeof mappedEventSchema>;
export type MappedEventType = MappedEvent["type"];
export const MAPPED_EVENT_TYPES = mappedEventSchema.options.map((o) => o.shape.type.value) as MappedEventType[];

/**
 * A local dimension the export holds only as which columns are filled in (Hartlepool's "on hold now": "On Hold
 * From" filled, "On Hold Until" empty): `yes` when every `allFilled` column is filled and every `allEmpty` one
 * empty, `no` otherwise; no value at all unless one of `onlyWhenAnyFilled` is filled in (when given).
 */
const flagDimensionSchema = z.strictObject({
  flag: z.strictObject({ allFilled: columns.optional(), allEmpty: columns.optional() }),
  onlyWhenAnyFilled: columns.optional(),
  yes: z.string().trim().min(1).max(60).default("Y"),
  no: z.string().trim().min(1).max(60).default("N"),
});
export type FlagDimension = z.infer<typeof flagDimensionSchema>;

export const importMappingSchema = z.strictObject({
  /** How the export writes dates, tried in order. */
  dateFormats: z.array(z.enum(DATE_FORMATS)).min(1).max(DATE_FORMATS.length).default(["YYYY-MM-DD", "DD/MM/YYYY"]),
  /** What separates the items of a list cell (teams, points). */
  listSeparator: z.string().min(1).max(3).default(";"),
  /** The case reference in the old system (unique in the file). */
  reference: plainSchema,
  /** The feedback kind (complaint, compliment, ...): the `kinds` vocabulary. */
  kind: codedSchema,
  /** The date the feedback was received: the `received` event. */
  receivedOn: plainSchema,
  /** `complaintsNeedIt`: a complaint with this column empty is refused ("a complaint needs its procedure"). */
  procedure: codedSchema.extend({ complaintsNeedIt: z.boolean().optional() }).optional(),
  /** The procedure code every complaint follows, for an export with no procedure column. */
  complaintProcedure: code.optional(),
  channel: codedSchema.optional(),
  complainantType: codedSchema.optional(),
  /** Yes/No columns; `madeByChild.yesValues`: yes when the column holds one of these values, no for any other. */
  madeByChild: plainSchema.extend({ yesValues: z.array(z.string().trim().min(1).max(200)).min(1).max(100).optional() }).optional(),
  /** Yes/No column; `impliedBy`: also yes when the advocacy-taken or made-by-a-child flag is yes (null when neither says). */
  advocacyOffered: z
    .strictObject({
      column: column.optional(),
      impliedBy: z
        .array(z.enum(["advocacyTaken", "madeByChild"]))
        .min(1)
        .max(2)
        .optional(),
    })
    .optional(),
  advocacyTaken: plainSchema.optional(),
  advocacyProvider: plainSchema.optional(),
  /** Several teams in one cell, separated by `listSeparator`: the `teams` vocabulary. */
  teams: codedSchema.optional(),
  /** Points of complaint, several in one cell: each a reason category (`reasonCategories`) or a reason (`reasons`). */
  points: z
    .strictObject({
      column,
      as: z.enum(["category", "reason"]),
      values: valueMapSchema.optional(),
      /** Point ids are this prefix and the point's number ("P1", "P2"; "1", "2" with no prefix). */
      idPrefix: z.string().max(8).default(""),
      /** With `as: "reason"`: each point's category is its reason's parent (the `reasons` entry's `parent`). */
      categoryFromParent: z.boolean().default(false),
      /**
       * A row listing no point: `refuse` a response (the default); `outcomeOnly` gives a response's outcome to
       * point 1 without listing it; `blankPoint` gives a complaint one point with neither category nor reason.
       */
      whenEmpty: z.enum(["refuse", "outcomeOnly", "blankPoint"]).default("refuse"),
    })
    .optional(),
  /** The council's outcome label per stage (the `outcomes` vocabulary). */
  outcomes: z.partialRecord(stageSchema, codedSchema).default({}),
  notConsideredReason: codedSchema.optional(),
  lgscoDecision: codedSchema.optional(),
  equalities: z.strictObject({ gender: plainSchema, ethnicity: plainSchema, disability: plainSchema, ageBand: plainSchema }).partial().default({}),
  /** Further local dimensions, keyed by the dimension's name: a column's value, or a flag from which columns are filled in. */
  localDimensions: z
    .record(
      z.string().trim().min(1).max(60),
      /** `coded`: the value must be a code of the council's local dimension of that name. */
      z.union([plainSchema.extend({ coded: z.boolean().optional() }), flagDimensionSchema]),
    )
    .default({}),
  /** Columns only rows of these canonical kinds may fill in; another kind's row with one filled in is refused. */
  onlyFor: z
    .array(z.strictObject({ kinds: z.array(feedbackKindSchema).min(1).max(7), columns: z.array(column).min(1).max(100) }))
    .max(20)
    .default([]),
  /** A column that, filled in, needs another filled in too ("Case Outcome" needs "Date Closed"). */
  needs: z
    .array(z.strictObject({ column, needs: column }))
    .max(40)
    .default([]),
  /** The lifecycle: after `received` (always, from `receivedOn`), these events in this order on the same day. */
  events: z.array(mappedEventSchema).max(60).default([]),
});

export type ImportMappingInput = z.input<typeof importMappingSchema>;
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type CodedField = z.infer<typeof codedSchema>;
