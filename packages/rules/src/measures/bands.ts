import { timelinessBandOf } from "../lifecycle/clocks";
import { childrensStatutoryProcedure } from "../procedures/childrens-statutory";
import type { Stage } from "../vocabulary/canonical";

/**
 * Timeliness bands: how many working days a stage response took, in the bands reports use
 * (../shared/docs/domain.md). A band "within_N" holds responses taking more than the previous threshold and
 * at most N working days; "over_N" those beyond the last threshold; "open" those not yet responded to.
 */
/**
 * Stated once, in the statutory definition: each stage's timescale clock and its bands (SI 2006/1738 regs 14, 17,
 * 19), e.g. 10 / 20 / 40 at Stage 1, 25 / 65 at Stage 2, the panel's 30 at Stage 3.
 */
function statutoryBands(stage: Stage): readonly number[] {
  const definition = childrensStatutoryProcedure.stages.find((s) => s.stage === stage);
  const clock = definition?.clocks.find((c) => c.id === definition.timescaleClock);
  // Every stage of the children's procedure has a timescale clock with working days (its schema checks it).
  return clock?.bands ?? [clock?.workingDays as number];
}

export const DEFAULT_BAND_THRESHOLDS: Readonly<Record<Stage, readonly number[]>> = Object.freeze({
  stage1: statutoryBands("stage1"),
  stage2: statutoryBands("stage2"),
  stage3: statutoryBands("stage3"),
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
