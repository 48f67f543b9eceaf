import { OUTCOMES, type Outcome } from "../vocabulary/canonical";

/**
 * The stage outcome from the outcome of each point of complaint:
 * 1. no points: no outcome (null);
 * 2. points with a finding (upheld, partially upheld, not upheld, no finding) decide it, the others
 *    (withdrawn, discontinued, not considered, resolved on receipt, no response recorded) are set aside:
 *    every such point upheld → upheld; any upheld or partially upheld → partially upheld;
 *    otherwise any not upheld → not upheld; otherwise → no finding;
 * 3. when no point has a finding: the outcome all points share, or else the first of them in the canonical
 *    order (withdrawn before discontinued before not considered …).
 */
const FINDINGS: ReadonlySet<Outcome> = new Set(["upheld", "partially_upheld", "not_upheld", "no_finding"]);

export function stageOutcome(pointOutcomes: readonly { outcome: Outcome }[] | null): Outcome | null {
  if (!pointOutcomes || pointOutcomes.length === 0) return null;
  const outcomes = pointOutcomes.map((p) => p.outcome);
  const findings = outcomes.filter((o) => FINDINGS.has(o));
  if (findings.length > 0) {
    if (findings.every((o) => o === "upheld")) return "upheld";
    if (findings.some((o) => o === "upheld" || o === "partially_upheld")) return "partially_upheld";
    return findings.includes("not_upheld") ? "not_upheld" : "no_finding";
  }
  return OUTCOMES.find((o) => outcomes.includes(o)) as Outcome;
}
