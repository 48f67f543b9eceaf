import {
  type DimensionKey,
  isTimeDimension,
  type MeasureResult,
  type MeasureSpec,
  type MeasureSpecInput,
  parseMeasureSpec,
  type Period,
} from "@csc/rules";
import type { RawReader } from "../case-facts-sql";
import { measureFromRollup } from "./measure-from-rollup";
import { countFromUnits } from "./measure-from-units";

/**
 * The dimension a spec could share a statement on: the last (by name) it filters on that is neither a time
 * dimension nor grouped by; with the spec without that filter, the batch it belongs to.
 */
function batchOf(spec: MeasureSpec): { id: string; key: DimensionKey; base: MeasureSpec; set: readonly string[] } | null {
  const grouped = new Set<string>(spec.groupBy ?? []);
  const keys = (Object.keys(spec.filter ?? {}) as DimensionKey[]).filter((k) => !isTimeDimension(k) && !grouped.has(k)).sort();
  const key = keys.at(-1);
  if (key === undefined) return null;
  const { [key]: set, ...rest } = spec.filter ?? {};
  const base: MeasureSpec = { ...spec, filter: rest };
  if (Object.keys(rest).length === 0) delete base.filter;
  return { id: JSON.stringify([key, base]), key, base, set: set ?? [] };
}

/**
 * Many measures over one period, in order, each equal to measureFromUnits' (and so to computeMeasure's): those the
 * rollup answers from it; the rest from the units, where measures that differ only in their filter on one dimension
 * (a report's figures team by team, say) share one statement that reads the units once (countFromUnits with a
 * FilterBatch), instead of one statement each.
 */
export async function measuresFromUnits(
  db: RawReader,
  councilIds: readonly string[],
  inputs: ReadonlyArray<MeasureSpecInput | MeasureSpec>,
  period: Period,
): Promise<MeasureResult[]> {
  const specs = inputs.map((input) => parseMeasureSpec(input));
  const results: Array<MeasureResult | undefined> = [];
  const batches = new Map<string, { key: DimensionKey; base: MeasureSpec; members: Array<{ at: number; set: readonly string[] }> }>();
  const single: number[] = [];
  for (const [at, spec] of specs.entries()) {
    const rolledUp = await measureFromRollup(db, councilIds, spec, period);
    if (rolledUp) {
      results[at] = rolledUp;
      continue;
    }
    const batch = batchOf(spec);
    if (!batch) {
      single.push(at);
      continue;
    }
    const entry = batches.get(batch.id) ?? { key: batch.key, base: batch.base, members: [] };
    batches.set(batch.id, entry);
    entry.members.push({ at, set: batch.set });
  }
  for (const at of single) [results[at]] = await countFromUnits(db, councilIds, specs[at] as MeasureSpec, period);
  for (const { key, base, members } of batches.values()) {
    if (members.length === 1) {
      const at = (members[0] as { at: number }).at;
      [results[at]] = await countFromUnits(db, councilIds, specs[at] as MeasureSpec, period);
      continue;
    }
    const counted = await countFromUnits(db, councilIds, base, period, { key, sets: members.map((m) => m.set) });
    members.forEach((m, i) => (results[m.at] = counted[i]));
  }
  return results as MeasureResult[];
}
