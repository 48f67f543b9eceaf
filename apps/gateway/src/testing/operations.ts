/** GraphQL documents the integration tests send (what a client of the gateway would send). */
export const CASE_FIELDS = `
  id reference version kind procedure receivedOn status currentStage suspended
  acknowledgementDueOn acknowledgedOn acknowledgementMet nextDueOn withdrawnOn closedOn notConsideredReason
  flags { code message }
  stages { stage startedOn timescaleWorkingDays dueOn respondedOn workingDaysTaken met band outcome extended lateRequest }
  clocks { clockId stage source startedOn workingDays dueOn stoppedOn daysPaused met band overdue }
  points { pointRef theme outcomes { stage outcome } }
  timeline { nodes { seq type on } }
  allowedActions
`;

export const RECORD_FEEDBACK = `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { ${CASE_FIELDS} } }`;

export function caseMutation(name: string, inputType: string): string {
  return `mutation($input: ${inputType}!) { ${name}(input: $input) { ${CASE_FIELDS} } }`;
}

export const GET_CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

export function complaint(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "COMPLAINT",
    procedure: "CHILDRENS_STATUTORY",
    receivedOn: "2026-01-05",
    channel: "EMAIL",
    complainantRelationship: "PARENT",
    madeByChild: false,
    summary: "My son's social worker has not returned calls for a month.",
    complainant: { name: "Alex Example", email: "alex@example.test", phone: "01234 567890" },
    points: [
      { summary: "No reply to calls", reasonTheme: "COMMUNICATION" },
      { summary: "Care plan not reviewed", reasonTheme: "DECISION_MAKING" },
    ],
    ...overrides,
  };
}
