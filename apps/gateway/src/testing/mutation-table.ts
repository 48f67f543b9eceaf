/** Every case mutation with a minimal input for a given case, for suites that try all of them. */
interface MutationCase {
  name: string;
  inputType: string;
  input: (caseId: string, version: number) => Record<string, unknown>;
}

const dated = (caseId: string, version: number) => ({ caseId, version, on: "2026-01-08" });

export const CASE_MUTATIONS: MutationCase[] = [
  { name: "decideProcedure", inputType: "DecideProcedureInput", input: (c, v) => ({ ...dated(c, v), procedure: "CORPORATE" }) },
  { name: "markNotConsidered", inputType: "MarkNotConsideredInput", input: (c, v) => ({ ...dated(c, v), reason: "COURT_PROCEEDINGS" }) },
  { name: "acknowledgeCase", inputType: "DatedCaseChangeInput", input: dated },
  {
    name: "allocateCase",
    inputType: "AllocateCaseInput",
    input: (c, v) => ({ caseId: c, version: v, officerId: "00000000-0000-0000-0000-000000000001" }),
  },
  {
    name: "addPointOfComplaint",
    inputType: "AddPointOfComplaintInput",
    input: (c, v) => ({ caseId: c, version: v, summary: "x", reasonTheme: "DELAY" }),
  },
  {
    name: "agreeExtension",
    inputType: "AgreeExtensionInput",
    input: (c, v) => ({ ...dated(c, v), stage: "STAGE_1", totalWorkingDays: 20, reason: "complex" }),
  },
  { name: "suspendCase", inputType: "SuspendCaseInput", input: (c, v) => ({ ...dated(c, v), reason: "court proceedings" }) },
  { name: "resumeCase", inputType: "DatedCaseChangeInput", input: dated },
  {
    name: "recordStageResponse",
    inputType: "RecordStageResponseInput",
    input: (c, v) => ({ ...dated(c, v), stage: "STAGE_1", outcomes: [{ pointId: "1", outcome: "UPHELD" }] }),
  },
  { name: "requestEscalation", inputType: "RequestEscalationInput", input: (c, v) => ({ ...dated(c, v), to: "STAGE_2" }) },
  { name: "agreeStatement", inputType: "DatedCaseChangeInput", input: dated },
  {
    name: "appointInvestigator",
    inputType: "AppointInvestigatorInput",
    input: (c, v) => ({ ...dated(c, v), role: "INVESTIGATING_OFFICER", name: "IO" }),
  },
  { name: "recordAdjudication", inputType: "StageDecisionInput", input: dated },
  { name: "requestReviewPanel", inputType: "DatedCaseChangeInput", input: dated },
  { name: "holdReviewPanel", inputType: "DatedCaseChangeInput", input: dated },
  { name: "reportReviewPanel", inputType: "ReportReviewPanelInput", input: dated },
  { name: "recordCouncilResponse", inputType: "StageDecisionInput", input: dated },
  { name: "withdrawCase", inputType: "DatedCaseChangeInput", input: dated },
  { name: "referToLgsco", inputType: "DatedCaseChangeInput", input: dated },
  { name: "recordLgscoDecision", inputType: "RecordLgscoDecisionInput", input: (c, v) => ({ ...dated(c, v), decision: "PREMATURE" }) },
];
