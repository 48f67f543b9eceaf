import type { GatewayContext } from "../context";
import type { CloseCaseInput, ReopenCaseInput, StartStageInput } from "./inputs";
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

/**
 * Records that the council started a stage. While the previous stage is unanswered it needs `agreedBy`: who, for the
 * council, agreed with the complainant to go straight to it (Getting the Best from Complaints); the rules decide.
 */
export async function startStage(context: GatewayContext, input: StartStageInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "startStage",
    caseId: input.caseId,
    version: input.version,
    event: { type: "stage_started", on: input.on, stage: input.stage, ...(input.agreedBy ? { agreedBy: input.agreedBy } : {}) },
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
