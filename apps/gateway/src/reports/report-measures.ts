import { buildReport, type ReportAdapter } from "@csc/council-kit";
import { measuresFromUnits, type RawReader } from "@csc/db";
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
    // Period by period, the fresh measures in one call (measuresFromUnits shares a statement between measures that
    // differ only in one filter: the report's figures team by team).
    const byPeriod = new Map<string, { period: Period; keys: string[]; specs: MeasureSpec[] }>();
    for (const key of fresh) {
      const [spec, p] = JSON.parse(key) as [MeasureSpec, Period];
      const entry = byPeriod.get(JSON.stringify(p)) ?? { period: p, keys: [], specs: [] };
      byPeriod.set(JSON.stringify(p), entry);
      entry.keys.push(key);
      entry.specs.push(spec);
    }
    for (const { period: p, keys, specs } of byPeriod.values()) {
      const measured = await measuresFromUnits(db, [councilId], specs, p);
      keys.forEach((key, i) => {
        results.set(key, measured[i] as MeasureResult);
        counted.add(key);
      });
    }
  }
}
