import { humanise } from "../../format";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";

/** The events that answer a stage with an outcome per point (@csc/rules: each stage's response event). */
const RESPONSE_EVENTS = new Set(["response_sent", "adjudication_sent", "council_responded"]);

/**
 * What a response on the timeline decided, point by point, in the council's own words where one of its outcome
 * codes was recorded ("Point 1: Partly upheld"); null for other events or a response with no outcomes.
 */
export function timelineOutcomes(detail: Pick<CaseDetail, "stages" | "points">, event: { type: string; on: string }): string | null {
  if (!RESPONSE_EVENTS.has(event.type)) return null;
  const stage = [...detail.stages].reverse().find((s) => s.respondedOn === event.on)?.stage;
  if (!stage) return null;
  const parts = detail.points.flatMap((p) =>
    p.outcomes.filter((o) => o.stage === stage).map((o) => `Point ${p.seq}: ${o.outcomeLabel ?? humanise(o.outcome)}`),
  );
  return parts.length > 0 ? parts.join("; ") : null;
}
