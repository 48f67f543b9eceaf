import type { GatewayContext } from "../context";
import type { CloseCaseInput, ReopenCaseInput } from "../validation/case-lifecycle-inputs";
import { recordCaseEvent } from "./record-case-event";

/**
 * Closes the case with the reason (audited, as every case mutation): its running clocks stop and it leaves the
 * worklists; afterwards only reopening it and, where the rules allow, the Ombudsman's referral and decision are offered.
 */
export async function closeCase(context: GatewayContext, input: CloseCaseInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "closeCase",
    caseId: input.caseId,
    version: input.version,
    event: { type: "closed", on: input.closedOn, reason: input.reason },
  });
}

/** Reopens a closed case with the reason (audited); its clocks run on from where closure stopped them. */
export async function reopenCase(context: GatewayContext, input: ReopenCaseInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "reopenCase",
    caseId: input.caseId,
    version: input.version,
    event: { type: "reopened", on: input.reopenedOn, reason: input.reason },
  });
}
