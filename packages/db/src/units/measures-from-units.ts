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
import { countTogether } from "./count-together";
import { type PreparedCount, prepareCount } from "./measure-from-units";

/** A spec without its filter on `key`: the batch it would share a statement in, were it batched on that key. */
interface Batch {
  id: string;
  key: DimensionKey;
  base: MeasureSpec;
  set: readonly string[];
}

/** The batches a spec could share a statement in: one per dimension it filters on that is neither a time dimension nor grouped by. */
function batchesOf(spec: MeasureSpec): Batch[] {
  const grouped = new Set<string>(spec.groupBy ?? []);
  const keys = (Object.keys(spec.filter ?? {}) as DimensionKey[]).filter((k) => !isTimeDimension(k) && !grouped.has(k)).sort();
  return keys.map((key) => {
    const { [key]: set, ...rest } = spec.filter ?? {};
    const base: MeasureSpec = { ...spec, filter: rest };
    if (Object.keys(rest).length === 0) delete base.filter;
    return { id: JSON.stringify([key, base]), key, base, set: set ?? [] };
  });
}

/**
 * The batch each spec joins: of its possible batches, the one the most specs could share (the dimension its
 * filter differs on from its neighbours', e.g. age band among otherwise equal figures), the last by name on a tie;
 * null when it could share none.
 */
function chooseBatches(specs: ReadonlyArray<MeasureSpec | null>): Array<Batch | null> {
  const options = specs.map((spec) => (spec ? batchesOf(spec) : []));
  const sharing = new Map<string, number>();
  for (const batch of options.flat()) sharing.set(batch.id, (sharing.get(batch.id) ?? 0) + 1);
  return options.map((batches) =>
    batches.reduce<Batch | null>((best, b) => (best && (sharing.get(best.id) ?? 0) > (sharing.get(b.id) ?? 0) ? best : b), null),
  );
}

/**
 * Many measures over one period, in order, each equal to measureFromUnits' (and so to computeMeasure's): those the
 * rollup answers from it; the rest from the units, where measures that differ only in their filter on one dimension
 * (a report's figures team by team, say) share one statement that reads the units once (countFromUnits with a
 * FilterBatch), and so do measures that differ only in what they group by (a figure and its breakdown: the total
 * counted once), instead of one statement each; and the statements that read the same units (unit kind and period)
 * run as one, which reads those units once (countTogether).
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
  const fromUnits: Array<MeasureSpec | null> = [];
  for (const [at, spec] of specs.entries()) {
    const rolledUp = await measureFromRollup(db, councilIds, spec, period);
    if (rolledUp) results[at] = rolledUp;
    fromUnits.push(rolledUp ? null : spec);
  }
  for (const [at, batch] of chooseBatches(fromUnits).entries()) {
    if (fromUnits[at] === null) continue;
    if (!batch) {
      single.push(at);
      continue;
    }
    const entry = batches.get(batch.id) ?? { key: batch.key, base: batch.base, members: [] };
    batches.set(batch.id, entry);
    entry.members.push({ at, set: batch.set });
  }
  // Every count prepared first, then run together: counts reading the same units share one read of them.
  const counts: Array<{ count: PreparedCount; ats: number[] }> = [];
  const lone = [...single];
  for (const { key, base, members } of batches.values()) {
    if (members.length === 1) {
      lone.push((members[0] as { at: number }).at);
      continue;
    }
    counts.push({ count: prepareCount(councilIds, base, period, { key, sets: members.map((m) => m.set) }), ats: members.map((m) => m.at) });
  }
  // Specs alike but for what they group by (a report's figure and its breakdown) share one statement too.
  const alike = new Map<string, number[]>();
  for (const at of lone) {
    const { groupBy: _groupBy, ...rest } = specs[at] as MeasureSpec;
    const id = JSON.stringify(rest);
    alike.set(id, [...(alike.get(id) ?? []), at]);
  }
  for (const ats of alike.values()) {
    const members = ats.map((at) => specs[at] as MeasureSpec);
    counts.push({ count: prepareCount(councilIds, members[0] as MeasureSpec, period, undefined, members.length > 1 ? members : undefined), ats });
  }
  const counted = await countTogether(
    db,
    councilIds,
    counts.map((c) => c.count),
  );
  counts.forEach(({ ats }, c) => ats.forEach((at, i) => (results[at] = counted[c]?.[i])));
  return results as MeasureResult[];
}
