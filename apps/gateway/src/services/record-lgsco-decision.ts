import type { GatewayContext } from "../context";
import type { RecordLgscoDecisionInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Records the Ombudsman's decision and any remedies. */
export async function recordLgscoDecision(context: GatewayContext, input: RecordLgscoDecisionInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "recordLgscoDecision",
    caseId: input.caseId,
    version: input.version,
    event: { type: "lgsco_decided", on: input.on, decision: input.decision, remedies: input.remedies ?? [] },
  });
}
