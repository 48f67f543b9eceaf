import { z } from "zod";

/**
 * Figures a council published, transcribed from its annual report: the format of
 * plugins/<council>/published/<year>.json (year = the financial year's start, 2021 for 2021/22). Each figure
 * names where the seed prints it and the cell of the layout that must reproduce it.
 */
export const publishedFigureSchema = z.strictObject({
  /** The seed's section, paragraph or table, e.g. "8.1" or "Table 3". */
  section: z.string().trim().min(1).max(120),
  /** The layout table id. */
  table: z.string().trim().min(1).max(80),
  /** The row label, exactly as in the layout. */
  row: z.string().max(200),
  /** The column label, exactly as in the layout. */
  column: z.string().max(200),
  value: z.union([z.number(), z.string()]),
});
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;

/** The content of one published/<year>.json file. */
export const publishedFileSchema = z.array(publishedFigureSchema);

/** One year's published figures, as an adapter's `published()` loader returns them. */
export const publishedFiguresSchema = z.strictObject({
  /** The financial year's starting calendar year (2021 for 2021/22). */
  year: z.number().int().min(2000).max(2100),
  figures: publishedFileSchema,
});
export type PublishedFigures = z.infer<typeof publishedFiguresSchema>;

/**
 * A published cell the adapter does not expect to reproduce, with the reason (e.g. the seed's own figures
 * disagree). Listed in the adapter and its README; compareWithPublished skips exactly these cells.
 */
export const publishedExceptionSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100).optional(),
  table: z.string().trim().min(1),
  row: z.string(),
  column: z.string(),
  reason: z.string().trim().min(10, "an exception needs its reason (at least 10 characters)").max(2000),
});
export type PublishedException = z.infer<typeof publishedExceptionSchema>;
