import type { AllowedEvent, CaseEventType, Stage } from "@csc/rules";

/** The mutations that record a lifecycle event, each with what it records (`AllowedAction.action`). */
export const CASE_ACTION_DESCRIPTIONS = {
  acknowledgeCase: "Acknowledge the complaint, or a request for the next stage",
  decideProcedure: "Decide which procedure the complaint runs under",
  markNotConsidered: "Decline to consider the complaint, on a ground the procedure allows",
  agreeExtension: "Agree an extension of a stage's timescale with the complainant",
  suspendCase: "Suspend the case, pausing its clocks",
  resumeCase: "Resume a suspended case",
  recordStageResponse: "Record a stage's response, with an outcome per point of complaint",
  requestEscalation: "Record the complainant's request to escalate to the next stage",
  agreeStatement: "Agree the statement of complaint for the Stage 2 investigation",
  appointInvestigator: "Appoint the Stage 2 Investigating Officer or Independent Person",
  recordAdjudication: "Record the Stage 2 adjudication sent to the complainant",
  requestReviewPanel: "Record the complainant's request for a review panel",
  holdReviewPanel: "Record that the review panel met",
  reportReviewPanel: "Record the review panel's report",
  recordCouncilResponse: "Record the council's response to the review panel's report",
  withdrawCase: "Record that the complainant withdrew",
  referToLgsco: "Record a referral to the Local Government and Social Care Ombudsman",
  recordLgscoDecision: "Record the Ombudsman's decision",
  startStage: "Record that the council started a stage (straight to Stage 2 needs the complainant's agreement)",
  closeCase: "Close the case",
  reopenCase: "Reopen a closed case",
} as const;
type CaseAction = keyof typeof CASE_ACTION_DESCRIPTIONS;

/**
 * Which mutation records each lifecycle event, so a client can offer only what the rules engine allows now
 * (`Case.allowedActionDetails`). "received" is recordFeedback.
 */
const ACTION_FOR_EVENT: Partial<Record<CaseEventType, CaseAction>> = {
  acknowledged: "acknowledgeCase",
  procedure_decided: "decideProcedure",
  not_considered: "markNotConsidered",
  extension_agreed: "agreeExtension",
  suspended: "suspendCase",
  resumed: "resumeCase",
  response_sent: "recordStageResponse",
  escalation_requested: "requestEscalation",
  statement_agreed: "agreeStatement",
  investigator_appointed: "appointInvestigator",
  adjudication_sent: "recordAdjudication",
  panel_requested: "requestReviewPanel",
  panel_held: "holdReviewPanel",
  panel_reported: "reportReviewPanel",
  council_responded: "recordCouncilResponse",
  withdrawn: "withdrawCase",
  lgsco_referred: "referToLgsco",
  lgsco_decided: "recordLgscoDecision",
  stage_started: "startStage",
  closed: "closeCase",
  reopened: "reopenCase",
};

export function actionsFor(events: ReadonlyArray<CaseEventType>): string[] {
  const actions = new Set<string>();
  for (const type of events) {
    const action = ACTION_FOR_EVENT[type];
    if (action) actions.add(action);
  }
  return [...actions];
}

/** A mutation the rules allow now, with the stage it is for (e.g. acknowledgeCase for a Stage 2 request). */
export interface AllowedAction {
  action: CaseAction;
  stage: Stage | null;
}

/** The rules' allowed events (`allowedEventOptions`) as mutations with their stage, each pair once. */
export function actionDetailsFor(options: ReadonlyArray<AllowedEvent>): AllowedAction[] {
  const seen = new Set<string>();
  const details: AllowedAction[] = [];
  for (const option of options) {
    const action = ACTION_FOR_EVENT[option.type];
    const stage = option.stage ?? null;
    const key = `${action}:${stage}`;
    if (!action || seen.has(key)) continue;
    seen.add(key);
    details.push({ action, stage });
  }
  return details;
}
