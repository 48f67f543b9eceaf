import { timelinessBandOf } from "../lifecycle/clocks";
import type { Stage } from "../vocabulary/canonical";

/**
 * Timeliness bands: how many working days a stage response took, in the bands reports use
 * (../shared/docs/domain.md). A band "within_N" holds responses taking more than the previous threshold and
 * at most N working days; "over_N" those beyond the last threshold; "open" those not yet responded to.
 */
export const DEFAULT_BAND_THRESHOLDS: Readonly<Record<Stage, readonly number[]>> = Object.freeze({
  // SI 2006/1738 reg 14: 10 working days, extendable to 20; 40 is the reporting band the seeds use beyond that.
  stage1: [10, 20, 40],
  // SI 2006/1738 regs 16–17: 25 working days from the agreed statement of complaint, extendable to 65.
  stage2: [25, 65],
  // SI 2006/1738 reg 19: panel within 30 working days of the request; reg 20: report within 5 and the
  // council's response within 15 more, 50 in all.
  stage3: [30, 50],
});

export const OPEN_BAND = "open" as const;

function assertThresholds(thresholds: readonly number[]): void {
  const ascending = thresholds.every((t, i, all) => Number.isInteger(t) && t > 0 && (i === 0 || t > (all[i - 1] as number)));
  if (thresholds.length === 0 || !ascending) {
    throw new RangeError(`bands: [${thresholds.join(", ")}] must be one or more whole numbers of working days, strictly ascending`);
  }
}

/** The band of a response taking `workingDaysTaken` working days (null while open). */
export function timelinessBand(workingDaysTaken: number | null, thresholds: readonly number[]): string {
  assertThresholds(thresholds);
  // The same band keys as the lifecycle's clocks (one definition: lifecycle/clocks.ts).
  return workingDaysTaken === null ? OPEN_BAND : timelinessBandOf(workingDaysTaken, thresholds);
}

/** Every band key for the thresholds, in report order (open last). */
export function bandKeys(thresholds: readonly number[]): string[] {
  assertThresholds(thresholds);
  return [...thresholds.map((t) => `within_${t}`), `over_${thresholds[thresholds.length - 1]}`, OPEN_BAND];
}

/** The statutory default thresholds for a stage, or the council's own when given. */
export function bandThresholds(stage: Stage, custom?: readonly number[]): readonly number[] {
  return custom ?? DEFAULT_BAND_THRESHOLDS[stage];
}
