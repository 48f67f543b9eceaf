import type { MeasureResult } from "@csc/rules";
import { Prisma } from "../../generated/prisma/client";
import type { RawReader } from "../case-facts-sql";
import type { PreparedCount, TallyRow } from "./measure-from-units";

/** A row of a combined statement: a count's row, with the place of its count among those combined. */
interface CombinedRow extends TallyRow {
  q: number;
}

const windowKey = (c: PreparedCount) => JSON.stringify([c.window.unit, c.window.first, c.window.last]);

/**
 * Runs prepared counts, those reading the same units (unit kind and window) in one statement: the units are read
 * from counted_unit once (materialised, under the same row-level security) and each count reads them from there,
 * its rows tagged with its place. A count alone in its window runs as its own statement. Results in the counts'
 * order, each equal to the count run alone (the same statement over the same rows).
 */
export async function countTogether(db: RawReader, councilIds: readonly string[], counts: readonly PreparedCount[]): Promise<MeasureResult[][]> {
  const results: MeasureResult[][] = [];
  const byWindow = new Map<string, number[]>();
  for (const [at, count] of counts.entries()) byWindow.set(windowKey(count), [...(byWindow.get(windowKey(count)) ?? []), at]);
  for (const ats of byWindow.values()) {
    const [first] = ats;
    if (ats.length === 1 && first !== undefined) {
      const count = counts[first] as PreparedCount;
      results[first] = count.finish(await db.$queryRaw<TallyRow[]>(count.sql()));
      continue;
    }
    const { unit, first: from, last: to } = (counts[first as number] as PreparedCount).window;
    const parts = ats.map((at, q) => Prisma.sql`SELECT ${q}::int AS q, z.* FROM (${(counts[at] as PreparedCount).sql(Prisma.raw("window_unit"))}) z`);
    const rows = await db.$queryRaw<CombinedRow[]>`
WITH window_unit AS MATERIALIZED (
  SELECT * FROM counted_unit u
  WHERE u.council_id = ANY(${[...councilIds]}::text[]) AND u.unit = ${unit} AND u.span_from <= ${to}::date AND u.span_to >= ${from}::date
)
${Prisma.join(parts, "\nUNION ALL\n")}`;
    const split = ats.map((): TallyRow[] => []);
    for (const row of rows) split[row.q]?.push(row);
    ats.forEach((at, q) => (results[at] = (counts[at] as PreparedCount).finish(split[q] ?? [])));
  }
  return results;
}
