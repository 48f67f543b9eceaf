import type { NotConsideredReason } from "./canonical";

/**
 * What a decision on a ground must record, besides its date: `points` (reg 8: the points of complaint the
 * decision covers when it is made in part), `discretionExercised` (reg 9: whether the council considers the late
 * complaint anyway) with its reason in `detail`, `childViews` and `decidedBy` (s.26(3)(e): the child's views
 * weighed, and who decided), `localGround` (the council's own ground, a code of its not-considered vocabulary).
 */
export type NotConsideredField = "points" | "discretionExercised" | "detail" | "childViews" | "decidedBy" | "localGround";

/**
 * The grounds on which a council may decline to consider a complaint, each with the law or policy that gives it.
 * `historic` grounds are kept only so that imported records stay mappable: no law provides them, so a complaint
 * recorded now cannot be declined on them (the rules refuse it; a council's own ground is recorded as "other"
 * with its code from the council's vocabulary of grounds).
 */
export interface NotConsideredGround {
  source: string;
  historic?: true;
  /** The decision may cover some points of complaint only; the other points continue on their clocks (reg 8). */
  inPart?: true;
  /** Fields a decision recorded now must give (imported histories may lack them). */
  requires?: readonly NotConsideredField[];
}

export const NOT_CONSIDERED_GROUNDS: Readonly<Record<NotConsideredReason, NotConsideredGround>> = {
  court_proceedings: { source: "SI 2006/1738 reg 8 (consideration would prejudice court proceedings; in whole or in part)", inPart: true },
  police_investigation: { source: "SI 2006/1738 reg 8 (consideration would prejudice a police investigation; in whole or in part)", inPart: true },
  out_of_time: {
    source: "SI 2006/1738 reg 9 (made more than a year after the grounds arose; the council may still consider it)",
    requires: ["discretionExercised", "detail"],
  },
  no_sufficient_interest: {
    source: "Children Act 1989 s.26(3)(e) (no sufficient interest in the child's welfare; weighing the child's views)",
    requires: ["childViews", "decidedBy"],
  },
  another_organisation: { source: "local policy (a matter for another organisation)" },
  withdrawn: { source: "local policy (withdrawn before consideration)" },
  other: { source: "local policy (the council's own ground, from its vocabulary of grounds)", requires: ["localGround"] },
  insufficient_evidence: { source: "no law or local policy provides it: kept for imported records only", historic: true },
};

/** Whether a complaint recorded now may be declined on `reason`. */
export function groundAvailable(reason: NotConsideredReason): boolean {
  return NOT_CONSIDERED_GROUNDS[reason].historic !== true;
}

/** The grounds a decision recorded now may name, in the order of NOT_CONSIDERED_REASONS. */
export function availableGrounds(reasons: readonly NotConsideredReason[]): NotConsideredReason[] {
  return reasons.filter(groundAvailable);
}

/** The fields a decision recorded now on `reason` must give. */
export function groundRequires(reason: NotConsideredReason): readonly NotConsideredField[] {
  return NOT_CONSIDERED_GROUNDS[reason].requires ?? [];
}
