import { builder } from "../builder";
import { StageEnum } from "./enums";

/** The input of startStage (what good values are: ../validation/case-lifecycle-inputs.ts). */
export const StartStageInput = builder.inputType("StartStageInput", {
  description: "The council starting a stage, or going straight to it by agreement with the complainant",
  fields: (t) => ({
    caseId: t.id({ description: "The case" }),
    version: t.int({ description: "The version of the case the officer saw (optimistic locking)" }),
    on: t.field({ type: "Date", description: "The day the stage started" }),
    stage: t.field({ type: StageEnum, description: "The stage started" }),
    agreedBy: t.string({
      required: false,
      description:
        "Who, for the council, agreed with the complainant to go straight to this stage while the previous one is unanswered (Getting the Best from Complaints); needed then, and only then",
    }),
  }),
});
