import { z } from "zod";
import { cellSpecSchema, ROUNDING_METHODS } from "./cell-spec";

/**
 * A council's annual report layout as data: sections in the council's order, each with narrative placeholders
 * (the council writes those words), tables and charts. Tables either list their rows (each row's cells name
 * measures) or generate one row per entry of a vocabulary (`rowsFrom`), then append any listed rows (e.g. a
 * total). The core computes every figure from case records; a layout only chooses and labels them.
 */
const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-_.]*$/, "must be lower-case letters, digits, '-', '_' or '.' (e.g. \"stage1-outcomes\")")
  .max(80);
const label = z.string().max(200);

export const columnSchema = z.strictObject({
  label,
  /** In a `rowsFrom` table: the cell template for this column (its measure is grouped by the row dimension). */
  cell: cellSpecSchema.optional(),
});

export const rowSchema = z.strictObject({ label, cells: z.array(cellSpecSchema) });

const rowsFromObjectSchema = z.strictObject({
  /** A dimension of the rules' catalogue (e.g. "team", "reasonCategory", "outcome") or "local:<key>". */
  dimension: z.string().min(1).max(80),
  /** Only entries whose parent is this code (e.g. the sub-reasons of one reason category). */
  parent: z.string().min(1).max(120).optional(),
  /** Rows for a canonical dimension without a council vocabulary: explicit keys and labels, in order. */
  values: z.array(z.strictObject({ key: z.string().min(1), label })).optional(),
  /** Leave out rows whose cells are all 0, null or empty (default: keep every entry in force in the period). */
  hideEmpty: z.boolean().default(false),
  /**
   * A top-N table ("Top 5 reasons for complaints"): only the `count` rows with the largest figure in the column
   * labelled `by`, largest first (ties keep the vocabulary's order); rows with no figure or 0 there are left out.
   */
  top: z.strictObject({ count: z.number().int().min(1).max(50), by: label }).optional(),
});
export type RowsFrom = z.infer<typeof rowsFromObjectSchema>;

/** `rowsFrom: "team"` is short for `rowsFrom: { dimension: "team" }`. */
export const rowsFromSchema = z.union([
  z
    .string()
    .min(1)
    .max(80)
    .transform((dimension): RowsFrom => ({ dimension, hideEmpty: false })),
  rowsFromObjectSchema,
]);

export const tableSchema = z.strictObject({
  id,
  title: label,
  /** Where the seed report prints this table: its section or paragraph, e.g. "8.1" or "Table 3". */
  source: z.string().trim().min(1).max(120),
  columns: z.array(columnSchema).min(1),
  rowsFrom: rowsFromSchema.optional(),
  rows: z.array(rowSchema).default([]),
  note: z.string().max(2000).optional(),
});
export type TableLayout = z.infer<typeof tableSchema>;
export type TableLayoutInput = z.input<typeof tableSchema>;

export const narrativeSchema = z.strictObject({
  kind: z.literal("narrative").default("narrative"),
  id,
  /** What the council writes here (e.g. "Learning from complaints this year"). */
  prompt: z.string().trim().min(1).max(2000),
});

export const CHART_TYPES = ["bar", "line", "pie"] as const;
export const chartSchema = z.strictObject({
  kind: z.literal("chart").default("chart"),
  id,
  type: z.enum(CHART_TYPES),
  /** The id of the table (anywhere in the report) whose figures the chart draws. */
  table: id,
  title: label.optional(),
  /** Column labels to draw (default: every column). */
  columns: z.array(label).optional(),
  /**
   * Row labels not to draw: a subtotal that sits beside its own parts (Somerset's "Remaining" = Advocate + Other).
   * "Total" rows are never drawn, nor rows with no figure in the drawn columns (a category heading row).
   */
  excludeRows: z.array(label).optional(),
  /** Text alternative for screen readers. */
  alt: z.string().max(500).optional(),
});

/**
 * Tables of records rather than figures, filled by the platform from the council's records for the report's
 * year: the learning table (Issue / Action, from learning actions and recommendations), the recommendations table
 * (recommendation, source, owner, due, status), compliment quotes (publishable ones only, never a name) and the
 * document-control block (from the report's approval record). Their columns are fixed (RECORDS_TABLE_COLUMNS).
 */
export const RECORDS_TABLE_KINDS = ["learning", "recommendations", "complimentQuotes", "documentControl"] as const;
export type RecordsTableKind = (typeof RECORDS_TABLE_KINDS)[number];
/** Each records table's columns after its row label (the label column: Issue, Recommendation, Quote, Field). */
export const RECORDS_TABLE_COLUMNS: Readonly<Record<RecordsTableKind, readonly string[]>> = {
  learning: ["Action"],
  recommendations: ["Source", "Owner", "Due", "Status"],
  complimentQuotes: ["Team", "What for"],
  documentControl: ["Value"],
};
/** Each records table's heading over its row labels (the label column), unless the council gives its own. */
export const RECORDS_TABLE_ROW_HEADING: Readonly<Record<RecordsTableKind, string>> = {
  learning: "Issue",
  recommendations: "Recommendation",
  complimentQuotes: "Quote",
  documentControl: "Field",
};
export const recordsTableSchema = z
  .strictObject({
    id,
    kind: z.enum(RECORDS_TABLE_KINDS),
    title: label,
    /** Where the seed report prints this table, e.g. "Appendix A". */
    source: z.string().trim().min(1).max(120),
    /** The council's own headings for the columns (as many as RECORDS_TABLE_COLUMNS has for the kind). */
    columns: z.array(label).optional(),
    /** The council's own heading over the row labels (default RECORDS_TABLE_ROW_HEADING for the kind). */
    rowHeading: label.optional(),
  })
  .superRefine((table, ctx) => {
    const count = RECORDS_TABLE_COLUMNS[table.kind].length;
    if (table.columns && table.columns.length !== count) {
      ctx.addIssue({
        code: "custom",
        path: ["columns"],
        message: `a ${table.kind} table has ${count} column heading${count === 1 ? "" : "s"} (${RECORDS_TABLE_COLUMNS[table.kind].join(", ")})`,
      });
    }
  });
export type RecordsTableLayout = z.infer<typeof recordsTableSchema>;

export const sectionSchema = z.strictObject({
  id,
  title: label,
  narrative: z.array(narrativeSchema).default([]),
  tables: z.array(tableSchema).default([]),
  /** Tables of records (learning, recommendations, quotes, document control), printed after the figure tables. */
  records: z.array(recordsTableSchema).default([]),
  charts: z.array(chartSchema).default([]),
});
export type SectionLayout = z.infer<typeof sectionSchema>;

/** A contents list of the report's sections, printed after the title (HTML, PDF and Word, linked to each section). */
export const contentsSchema = z.strictObject({ title: label.default("Contents") });

/**
 * The council's table of abbreviations (words, not figures), printed after the contents: each term with what it
 * stands for, under the council's own column headings.
 */
export const abbreviationsSchema = z
  .strictObject({
    title: label.default("Abbreviations"),
    columns: z.tuple([label, label]).default(["Abbreviation", "Full version"]),
    entries: z.array(z.strictObject({ term: z.string().trim().min(1).max(40), meaning: z.string().trim().min(1).max(200) })).min(1),
  })
  .refine((a) => new Set(a.entries.map((e) => e.term)).size === a.entries.length, { message: "each abbreviation is listed once", path: ["entries"] });

export const reportLayoutSchema = z.strictObject({
  title: label.optional(),
  contents: contentsSchema.optional(),
  abbreviations: abbreviationsSchema.optional(),
  /** The council's default rounding for percentages and averages (cells may override). */
  rounding: z
    .strictObject({
      method: z.enum(ROUNDING_METHODS).default("half_up"),
      percentDecimals: z.number().int().min(0).max(4).default(0),
      averageDecimals: z.number().int().min(0).max(4).default(1),
    })
    .default({ method: "half_up", percentDecimals: 0, averageDecimals: 1 }),
  sections: z.array(sectionSchema).min(1),
});
export type ReportLayout = z.infer<typeof reportLayoutSchema>;
export type ReportLayoutInput = z.input<typeof reportLayoutSchema>;
