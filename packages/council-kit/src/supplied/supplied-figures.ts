import { z } from "zod";

/**
 * Supplied figures: figures a council TAKES FROM ELSEWHERE and prints in its report as they were published there,
 * e.g. the Ombudsman's upheld rate from its annual review letter (Northamptonshire 2015/16: 62%), or the further
 * complaints the Ombudsman recorded outside the report's scope (Gloucestershire 2018/19: 8). They are not computed
 * from complaint records, so they are kept apart from computed figures: each names its source, a layout shows one
 * only through a supplied cell (`{ supplied: "lgsco-upheld-rate" }`), and every rendered format labels the cell
 * "Supplied: <source>". A year the council supplied no such figure shows null (or the cell's `whenEmpty`).
 */

/** A supplied figure's key: lower-case words joined by hyphens, e.g. "lgsco-upheld-rate". */
export const suppliedFigureKeySchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. lgsco-upheld-rate");

export const suppliedFigureSchema = z.strictObject({
  /** The financial year's starting calendar year (2015 for 2015/16). */
  year: z.number().int().min(2000).max(2100),
  key: suppliedFigureKeySchema,
  /** The figure as published at its source (a percentage as 0–100). */
  value: z.number().finite().min(-1_000_000_000).max(1_000_000_000),
  /** Where the council took it from, printed beside it: "Local Government Ombudsman annual review letter, July 2016". */
  source: z.string().trim().min(3, "say where the figure comes from (at least 3 characters)").max(300),
});
export type SuppliedFigure = z.infer<typeof suppliedFigureSchema>;
export type SuppliedFigureInput = z.input<typeof suppliedFigureSchema>;

/** An adapter's supplied figures: at most one per key and year. */
export const suppliedFiguresSchema = z.array(suppliedFigureSchema).superRefine((figures, ctx) => {
  const seen = new Set<string>();
  figures.forEach((f, i) => {
    const id = `${f.year}/${f.key}`;
    if (seen.has(id)) ctx.addIssue({ code: "custom", path: [i, "key"], message: `${f.key} for ${f.year}: this supplied figure is listed twice` });
    seen.add(id);
  });
});

/** The supplied figure for `key` in the financial year starting in `year`, or undefined when none was supplied. */
export function suppliedFigure(figures: readonly SuppliedFigure[], key: string, year: number): SuppliedFigure | undefined {
  return figures.find((f) => f.key === key && f.year === year);
}

/**
 * The adapter's supplied figures with `overrides` (e.g. the ones a council administrator entered in the app) in
 * place of any of the same key and year.
 */
export function mergeSuppliedFigures(base: readonly SuppliedFigure[], overrides: readonly SuppliedFigure[]): SuppliedFigure[] {
  const id = (f: SuppliedFigure) => `${f.year}/${f.key}`;
  const replaced = new Set(overrides.map(id));
  return [...base.filter((f) => !replaced.has(id(f))), ...overrides];
}

/** What a report prints beside a supplied figure. */
export function suppliedLabel(source: string): string {
  return `Supplied: ${source}`;
}
