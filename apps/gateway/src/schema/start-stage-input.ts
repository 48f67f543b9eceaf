import { builder } from "../builder";
import { StageEnum } from "./enums";
import { caseVersionFields, textRule } from "./input-rules";

/** The input of startStage, each field with what makes its value good. */
export const StartStageInput = builder.inputType("StartStageInput", {
  description: "The council starting a stage, or going straight to it by agreement with the complainant",
  fields: (t) => ({
    ...caseVersionFields(t, { caseId: "The case", version: "The version of the case the officer saw (optimistic locking)" }),
    on: t.field({ type: "Date", description: "The day the stage started" }),
    stage: t.field({ type: StageEnum, description: "The stage started" }),
    agreedBy: t.string({
      required: false,
      description:
        "Who, for the council, agreed with the complainant to go straight to this stage while the previous one is unanswered (Getting the Best from Complaints); needed then, and only then",
      validate: textRule(200),
    }),
  }),
});
