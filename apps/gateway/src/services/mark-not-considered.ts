import type { GatewayContext } from "../context";
import type { MarkNotConsideredInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Records that the complaint will not be considered, and why (e.g. court proceedings: SI 2006/1738 reg 8). */
export async function markNotConsidered(context: GatewayContext, input: MarkNotConsideredInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "markNotConsidered",
    caseId: input.caseId,
    version: input.version,
    event: {
      type: "not_considered",
      on: input.on,
      reason: input.reason,
      ...(input.detail ? { detail: input.detail } : {}),
    },
  });
}
