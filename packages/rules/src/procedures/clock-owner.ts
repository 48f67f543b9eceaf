import type { ClockKind } from "./definition";
import { PROCEDURE_HISTORY } from "./in-force";

/**
 * Who a clock binds: the council's response clocks (acknowledgement, each stage's response, the panel, its report,
 * the council's response) against the complainant's request windows (asking for Stage 2 or a review panel within
 * 20 working days: SI 2006/1738 regs 14, 18), which the complainant may miss and the council may still accept.
 */
export const CLOCK_OWNERS = ["council", "complainant"] as const;
export type ClockOwner = (typeof CLOCK_OWNERS)[number];

export function clockOwnerOfKind(kind: ClockKind): ClockOwner {
  return kind === "request_window" ? "complainant" : "council";
}

const KIND_BY_ID = new Map<string, ClockKind>();
for (const entries of Object.values(PROCEDURE_HISTORY)) {
  for (const { definition } of entries) {
    for (const clock of [definition.acknowledgement, ...definition.stages.flatMap((s) => s.clocks)]) KIND_BY_ID.set(clock.id, clock.kind);
  }
}

/** The owner of a stored clock by its id (a council's corporate stages name their request windows `<stage>_request`). */
export function clockOwnerOf(clockId: string): ClockOwner {
  const kind = KIND_BY_ID.get(clockId) ?? (clockId.endsWith("_request") ? "request_window" : "response");
  return clockOwnerOfKind(kind);
}
