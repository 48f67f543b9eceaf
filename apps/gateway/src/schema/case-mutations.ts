import { acknowledgeCase } from "../services/acknowledge-case";
import { addPointOfComplaint } from "../services/add-point-of-complaint";
import { agreeExtension } from "../services/agree-extension";
import { agreeStatement } from "../services/agree-statement";
import { allocateCase } from "../services/allocate-case";
import { appointInvestigator } from "../services/appoint-investigator";
import { decideProcedure } from "../services/decide-procedure";
import { holdReviewPanel } from "../services/hold-review-panel";
import { markNotConsidered } from "../services/mark-not-considered";
import { recordAdjudication } from "../services/record-adjudication";
import { recordCouncilResponse } from "../services/record-council-response";
import { recordFeedback } from "../services/record-feedback";
import { recordLgscoDecision } from "../services/record-lgsco-decision";
import { recordStageResponse } from "../services/record-stage-response";
import { referToLgsco } from "../services/refer-to-lgsco";
import { reportReviewPanel } from "../services/report-review-panel";
import { requestEscalation } from "../services/request-escalation";
import { requestReviewPanel } from "../services/request-review-panel";
import { resumeCase } from "../services/resume-case";
import { suspendCase } from "../services/suspend-case";
import { withdrawCase } from "../services/withdraw-case";
import { caseMutation } from "./case-mutation";
import { extendableTo, timescale } from "./statutory-words";
import * as decisions from "./case-decision-inputs";
import * as inputs from "./case-inputs";
import { RecordFeedbackInput } from "./feedback-inputs";

/** Every case mutation: one input (with its fields' rules), one service. Each answers with the case as it now is. */
caseMutation("recordFeedback", {
  description: "Record a new piece of feedback of any kind (complaint, compliment, comment, enquiry...)",
  input: RecordFeedbackInput,
  run: recordFeedback,
});
caseMutation("decideProcedure", {
  description: "Decide the procedure the complaint runs under",
  input: decisions.DecideProcedureInput,
  run: decideProcedure,
});
caseMutation("markNotConsidered", {
  description: "Record that the complaint is not considered, with the reason (SI 2006/1738 reg 8 and local practice)",
  input: decisions.MarkNotConsideredInput,
  run: markNotConsidered,
});
caseMutation("acknowledgeCase", {
  description:
    "Acknowledge the complaint (local target from the council's settings), or with `stage` the request for a later stage where the procedure acknowledges each stage",
  input: inputs.DatedCaseChangeInput,
  stage: "The stage whose request is acknowledged (see Case.allowedActionDetails); absent: the complaint itself",
  run: acknowledgeCase,
});
caseMutation("allocateCase", {
  description: "Allocate the case to a team and/or officer",
  input: inputs.AllocateCaseInput,
  run: allocateCase,
});
caseMutation("addPointOfComplaint", {
  description: "Add a point of complaint with its reason",
  input: inputs.AddPointOfComplaintInput,
  run: addPointOfComplaint,
});
caseMutation("agreeExtension", {
  description: `Agree an extension, on or before the deadline it extends (Stage 1 to ${extendableTo("stage1")}; Stage 2 to ${extendableTo("stage2")})`,
  input: inputs.AgreeExtensionInput,
  run: agreeExtension,
});
caseMutation("suspendCase", {
  description: "Suspend consideration with a reason; paused working days do not count",
  input: inputs.SuspendCaseInput,
  run: suspendCase,
});
caseMutation("resumeCase", {
  description: "Resume a suspended case",
  input: inputs.DatedCaseChangeInput,
  run: resumeCase,
});
caseMutation("recordStageResponse", {
  description: "Record a stage response with an outcome per point of complaint",
  input: decisions.RecordStageResponseInput,
  run: recordStageResponse,
});
caseMutation("requestEscalation", {
  description: `Record the complainant's request for Stage 2 (within ${timescale("stage2_request")}) or 3 (within ${timescale("stage3_request")}); later is flagged; before the current stage's response only once it is overdue`,
  input: inputs.RequestEscalationInput,
  run: requestEscalation,
});
caseMutation("agreeStatement", {
  description: `Record the agreed Stage 2 statement of complaint (starts the ${timescale("stage2")})`,
  input: inputs.DatedCaseChangeInput,
  run: agreeStatement,
});
caseMutation("appointInvestigator", {
  description: "Appoint the Investigating Officer or Independent Person (regs 2, 17)",
  input: inputs.AppointInvestigatorInput,
  run: appointInvestigator,
});
caseMutation("recordAdjudication", {
  description: "Record the Stage 2 adjudication with an outcome per point (reg 17)",
  input: decisions.StageDecisionInput,
  run: recordAdjudication,
});
caseMutation("requestReviewPanel", {
  description: `Record the request for a Stage 3 review panel (meets within ${timescale("stage3_panel")})`,
  input: inputs.DatedCaseChangeInput,
  run: requestReviewPanel,
});
caseMutation("holdReviewPanel", {
  description: `Record the review panel meeting (report within ${timescale("stage3_panel_report")})`,
  input: inputs.DatedCaseChangeInput,
  run: holdReviewPanel,
});
caseMutation("reportReviewPanel", {
  description: `Record the review panel's report and recommendations (council responds within ${timescale("stage3_council_response")})`,
  input: inputs.ReportReviewPanelInput,
  run: reportReviewPanel,
});
caseMutation("recordCouncilResponse", {
  description: "Record the council's response to the review panel, with an outcome per point (reg 20)",
  input: decisions.StageDecisionInput,
  run: recordCouncilResponse,
});
caseMutation("withdrawCase", {
  description: "Record that the complainant withdrew",
  input: inputs.DatedCaseChangeInput,
  run: withdrawCase,
});
caseMutation("referToLgsco", {
  description: "Record a referral to the Local Government and Social Care Ombudsman",
  input: inputs.DatedCaseChangeInput,
  run: referToLgsco,
});
caseMutation("recordLgscoDecision", {
  description: "Record the Ombudsman's decision and remedies",
  input: decisions.RecordLgscoDecisionInput,
  run: recordLgscoDecision,
});
