import { z } from "zod";

/**
 * Context figures: numbers the council SUPPLIES from its children's social care system (contacts, children in
 * care, child protection plans, children in need, assessments) to set complaint volumes in proportion
 * (domain.md, "Counting rules"). They are NOT computed from complaint records and are kept apart from them: an
 * adapter lists them per financial year with their source, a layout shows one with a context cell
 * (`{ context: "contacts" }`) or divides by one (`{ ratio: { numerator, denominator: { context: "contacts" } },
 * per: 1000 }`). A year the council supplied no figure for shows null (or the cell's `whenEmpty`).
 */
export const CONTEXT_FIGURE_KEYS = [
  "contacts",
  "referrals",
  "assessments",
  "assessmentsWithin45WorkingDays",
  "childrenInNeed",
  "childProtectionPlans",
  "childrenInCare",
  "careLeavers",
] as const;
export type ContextFigureKey = (typeof CONTEXT_FIGURE_KEYS)[number];

const count = z.number().int().min(0).max(10_000_000);

export const contextFiguresYearSchema = z.strictObject({
  /** The financial year's starting calendar year (2018 for 2018/19). */
  year: z.number().int().min(2000).max(2100),
  /** Where the council took these figures from, e.g. "Children's Services performance report, March 2019". */
  source: z.string().trim().min(3, "say where the context figures come from (at least 3 characters)").max(300),
  figures: z.partialRecord(z.enum(CONTEXT_FIGURE_KEYS), count),
});
export type ContextFiguresYear = z.infer<typeof contextFiguresYearSchema>;
export type ContextFiguresYearInput = z.input<typeof contextFiguresYearSchema>;

/** An adapter's context figures: at most one entry per financial year. */
export const contextFiguresSchema = z.array(contextFiguresYearSchema).superRefine((years, ctx) => {
  const seen = new Set<number>();
  years.forEach((entry, i) => {
    if (seen.has(entry.year))
      ctx.addIssue({ code: "custom", path: [i, "year"], message: `${entry.year}: context figures for this year are listed twice` });
    seen.add(entry.year);
  });
});

/** The supplied figure for the financial year starting in `year`, or undefined when the council gave none. */
export function contextFigure(years: readonly ContextFiguresYear[], key: ContextFigureKey, year: number): number | undefined {
  return years.find((y) => y.year === year)?.figures[key];
}
