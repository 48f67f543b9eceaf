import { z } from "zod";
import { isoDateSchema } from "@csc/rules";
import { FORMAT_TYPES } from "../layout/cell-spec";
import { RECORDS_TABLE_KINDS } from "../layout/report-layout";

/**
 * A computed report: EXACTLY the JSON shape other tools read —
 * `{ council, period: { start, end }, sections: [{ id, title, tables: [{ id, title, columns, rows: [{ label,
 * cells }] }] }] }` — with narrative placeholders, table sources and charts beside those fields.
 */
export const cellValueSchema = z.union([z.number(), z.string(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

export const reportTableSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().optional(),
  /** A table of records (learning, recommendations, quotes, document control) the platform fills, not figures. */
  records: z.enum(RECORDS_TABLE_KINDS).optional(),
  columns: z.array(z.string()),
  /** The heading over the row labels, where the table has one (records tables: "Issue", "Recommendation" …). */
  rowHeading: z.string().optional(),
  rows: z.array(z.object({ label: z.string(), cells: z.array(cellValueSchema) })),
  /**
   * The cells that hold a figure the council supplied from elsewhere (not computed from its records), by row and
   * column label, with the source every format prints beside them ("Supplied: <source>").
   */
  supplied: z.array(z.object({ row: z.string(), column: z.string(), source: z.string() })).optional(),
  /**
   * Each cell's format by row and column (null for a text cell): what a spreadsheet needs to store a figure as a
   * number with its number format. Not part of the JSON other tools read.
   */
  formats: z
    .array(z.array(z.object({ type: z.enum(FORMAT_TYPES), decimals: z.number().int(), suffix: z.string().optional() }).nullable()))
    .optional(),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportSectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  narrative: z.array(z.object({ id: z.string(), prompt: z.string() })).optional(),
  /**
   * The council's own words for the section (written in the app: paragraphs, "## " headings, "- " list items and
   * [links](https://…)), printed in place of the narrative prompts.
   */
  text: z.string().optional(),
  tables: z.array(reportTableSchema),
  charts: z
    .array(
      z.object({
        id: z.string(),
        type: z.enum(["bar", "line", "pie"]),
        table: z.string(),
        title: z.string().optional(),
        columns: z.array(z.string()),
        /** Row labels the chart leaves out (a subtotal beside its parts); "Total" rows are always left out. */
        excludeRows: z.array(z.string()).optional(),
        alt: z.string().optional(),
      }),
    )
    .optional(),
});
export type ReportSection = z.infer<typeof reportSectionSchema>;

export const reportSchema = z.object({
  council: z.string(),
  title: z.string().optional(),
  /** The layout's contents list: its title (the entries are the sections). Not part of the JSON other tools read. */
  contents: z.object({ title: z.string() }).optional(),
  /** The layout's table of abbreviations (words, not figures). Not part of the JSON other tools read. */
  abbreviations: z
    .object({ title: z.string(), columns: z.tuple([z.string(), z.string()]), entries: z.array(z.object({ term: z.string(), meaning: z.string() })) })
    .optional(),
  period: z.object({ start: isoDateSchema, end: isoDateSchema }),
  sections: z.array(reportSectionSchema),
});
export type Report = z.infer<typeof reportSchema>;
