import type { NotConsideredReason } from "./canonical";

/**
 * The grounds on which a council may decline to consider a complaint, each with the law or policy that gives it.
 * `historic` grounds are kept only so that imported records stay mappable: no law provides them, so a complaint
 * recorded now cannot be declined on them (the rules refuse it; a council's own ground is recorded as "other"
 * with its detail).
 */
export interface NotConsideredGround {
  source: string;
  historic?: true;
}

export const NOT_CONSIDERED_GROUNDS: Readonly<Record<NotConsideredReason, NotConsideredGround>> = {
  court_proceedings: { source: "SI 2006/1738 reg 8 (consideration would prejudice court proceedings; in whole or in part)" },
  police_investigation: { source: "SI 2006/1738 reg 8 (consideration would prejudice a police investigation; in whole or in part)" },
  out_of_time: { source: "SI 2006/1738 reg 9 (made more than a year after the grounds arose; the council may still consider it)" },
  no_sufficient_interest: { source: "Children Act 1989 s.26(3)(e) (no sufficient interest in the child's welfare; weighing the child's views)" },
  another_organisation: { source: "local policy (a matter for another organisation)" },
  withdrawn: { source: "local policy (withdrawn before consideration)" },
  other: { source: "local policy (the council's own ground, with its detail)" },
  insufficient_evidence: { source: "no law or local policy provides it: kept for imported records only", historic: true },
};

/** Whether a complaint recorded now may be declined on `reason`. */
export function groundAvailable(reason: NotConsideredReason): boolean {
  return NOT_CONSIDERED_GROUNDS[reason].historic !== true;
}
