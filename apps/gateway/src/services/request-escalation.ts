import type { GatewayContext } from "../context";
import type { RequestEscalationInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/**
 * Records the complainant's request for Stage 2 or Stage 3 (within 20 working days: SI 2006/1738 regs 14, 18;
 * a later request is accepted and flagged, because councils have discretion).
 */
export async function requestEscalation(context: GatewayContext, input: RequestEscalationInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "requestEscalation",
    caseId: input.caseId,
    version: input.version,
    event: { type: "escalation_requested", on: input.on, to: input.to },
  });
}
