import { buildReport, type ReportAdapter } from "@csc/council-kit";
import { measureFromUnits, type RawReader } from "@csc/db";
import type { MeasureResult, MeasureSpec, Period } from "@csc/rules";

/**
 * Every measure a council's report counts, counted at the database from its stored counted units (@csc/db
 * measureFromUnits, equal to computeMeasure over the same cases' facts: its property test and golden-units.test.ts
 * check it), keyed as council-kit's buildReport takes them in `results`. A build over no facts lists the report's
 * measures (with the council's Stage 2 setting applied), so the layout alone decides what is counted; builds are
 * repeated with the counted results until no further measure appears (a cell may ask for a measure only when
 * another has a figure, e.g. a ratio with a non-zero base).
 */
export async function reportMeasuresFromUnits(
  db: RawReader,
  councilId: string,
  adapter: ReportAdapter,
  period: Period,
): Promise<Map<string, MeasureResult>> {
  const results = new Map<string, MeasureResult>();
  const counted = new Set<string>();
  for (;;) {
    // buildReport adds every measure it needs and was not given, counted over no facts: those are still to count.
    buildReport(adapter, [], period, { results });
    const fresh = [...results.keys()].filter((key) => !counted.has(key));
    if (fresh.length === 0) return results;
    for (const key of fresh) {
      const [spec, p] = JSON.parse(key) as [MeasureSpec, Period];
      results.set(key, await measureFromUnits(db, [councilId], spec, p));
      counted.add(key);
    }
  }
}
