import type { AllowedEvent, CaseEventType, Stage } from "@csc/rules";

/**
 * Which mutation records each lifecycle event, so a client can offer only what the rules engine allows now
 * (`Case.allowedActions`). "received" is recordFeedback.
 */
const ACTION_FOR_EVENT: Partial<Record<CaseEventType, string>> = {
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
  action: string;
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
