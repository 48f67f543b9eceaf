import type { IsoDate } from "@csc/rules";

/**
 * The council's records-management policy when it has set none: personal data kept 6 years after a case closes
 * (local policy; the usual period in councils' retention schedules for complaint records).
 */
export const DEFAULT_YEARS_AFTER_CLOSURE = 6;

/** Service areas whose cases are a looked-after child's records (the "until the child is 25" option applies). */
export const LOOKED_AFTER_SERVICE_AREAS = ["children_in_care", "leaving_care"] as const;

export type RetentionRule = "years_after_closure" | "looked_after_until_age" | "looked_after_birth_date_unknown";

export interface RetentionPolicy {
  yearsAfterClosure: number;
  /** Keep a looked-after child's records until this age (e.g. 25); null: the council does not. */
  lookedAfterUntilAge: number | null;
}

/** The same day n years later (29 February becomes 28 February in a year that has none). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, "0")}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}` as IsoDate;
}

/**
 * The last day a closed case's personal data is kept: closure + the council's years; for a looked-after child's
 * records, where the council keeps them until the child is N, the later of that and the child's N-th birthday —
 * and when the birth date is not recorded, closure + N years (the child was at least 0 at closure, so the N-th
 * birthday cannot be later).
 */
export function retainUntil(
  policy: RetentionPolicy,
  closedOn: IsoDate,
  lookedAfter: boolean,
  childBornOn: IsoDate | null,
): { until: IsoDate; rule: RetentionRule } {
  const byClosure = addYears(closedOn, policy.yearsAfterClosure);
  if (!lookedAfter || policy.lookedAfterUntilAge === null) return { until: byClosure, rule: "years_after_closure" };
  const byAge = childBornOn ? addYears(childBornOn, policy.lookedAfterUntilAge) : addYears(closedOn, policy.lookedAfterUntilAge);
  if (byAge <= byClosure) return { until: byClosure, rule: "years_after_closure" };
  return { until: byAge, rule: childBornOn ? "looked_after_until_age" : "looked_after_birth_date_unknown" };
}
