import { caseFinishedOn, type CaseFacts, type IsoDate, type Period } from "@csc/rules";

/**
 * The cases that can count in any measure over `period`: received by its end, and either not finished (the rules'
 * `caseFinishedOn`) or with some recorded date on or after its start. Every metric counts a case by a date inside
 * the period (received, a stage started or responded, acknowledged, not considered, closed, an LGSCO referral or
 * decision) or as open on one of its days, so the others can be skipped before measuring: a ten-year data set
 * is measured one year at a time.
 */
function latestDate(f: CaseFacts): IsoDate {
  let latest = f.receivedOn;
  const see = (d: IsoDate | null | undefined): void => {
    if (d && d > latest) latest = d;
  };
  see(f.closedOn);
  see(f.withdrawnOn);
  see(f.notConsidered?.on);
  see(f.acknowledgement.acknowledgedOn);
  see(f.acknowledgement.dueOn);
  for (const s of f.stages) {
    see(s.startedOn);
    see(s.respondedOn);
    see(s.dueOn);
  }
  for (const l of f.lgsco) {
    see(l.referredOn);
    see(l.decidedOn);
  }
  return latest;
}

export function factsTouching(facts: readonly CaseFacts[], period: Period): CaseFacts[] {
  return facts.filter((f) => f.receivedOn <= period.end && (caseFinishedOn(f) === null || latestDate(f) >= period.start));
}
