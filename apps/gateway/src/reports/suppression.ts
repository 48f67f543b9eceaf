/**
 * Small-number suppression for figures that leave a council (cross-council comparison) or that break counts
 * down by equalities answers: a count from 1 to 4 is shown as null with `suppressed: true`; a percentage,
 * average or rate whose base (the number of cases it rests on) is from 1 to 4 is suppressed too, because the
 * count could be worked back from it. 0 is shown: an empty cell discloses nothing about a person.
 * (Local policy of the platform, after the ONS/GSS practice of suppressing counts under 5.)
 */
export const SUPPRESSION_THRESHOLD = 5;

export interface Figure {
  value: number | null;
  /** What the value rests on: the count itself, or the denominator of a percentage, average or rate. */
  base: number;
  suppressed: boolean;
}

export const isSmall = (n: number): boolean => n > 0 && n < SUPPRESSION_THRESHOLD;

/** A count: suppressed when it is 1–4. */
export function suppressCount(count: number): Figure {
  return isSmall(count) ? { value: null, base: count, suppressed: true } : { value: count, base: count, suppressed: false };
}

/** A percentage, average or rate: suppressed when its base, or the count it is built from, is 1–4. */
export function suppressRatio(value: number | null, base: number, numerator?: number): Figure {
  if (isSmall(base) || (numerator !== undefined && isSmall(numerator))) return { value: null, base, suppressed: true };
  return { value, base, suppressed: false };
}
