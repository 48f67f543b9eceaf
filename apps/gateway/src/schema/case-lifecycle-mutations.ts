import { closeCase, reopenCase, startStage } from "../services/close-case";
import { StartStageInput } from "./start-stage-input";
import { caseMutation } from "./case-mutation";
import { CloseCaseInput } from "./close-case-input";
import { ReopenCaseInput } from "./reopen-case-input";

/** Closing and reopening a case (issue 8): both recorded as lifecycle events, checked by @csc/rules and audited. */
caseMutation("closeCase", {
  description:
    "Close the case with the date and the reason: its clocks stop; afterwards only reopenCase and, where the rules allow, the Ombudsman's referral and decision are offered",
  input: CloseCaseInput,
  run: closeCase,
});
caseMutation("startStage", {
  description:
    "Record that the council started a stage; straight to Stage 2 while Stage 1 is unanswered needs agreedBy (agreed with the complainant: Getting the Best from Complaints)",
  input: StartStageInput,
  run: startStage,
});
caseMutation("reopenCase", {
  description: "Reopen a closed case with the date and the reason: its clocks run on from where closure stopped them",
  input: ReopenCaseInput,
  run: reopenCase,
});
