import { builder } from "../builder";
import { CASE_ACTION_DESCRIPTIONS, type AllowedAction as AllowedActionShape } from "../services/case-actions";
import { describedValues } from "./enum-values";
import { StageEnum } from "./enums";

const CaseActionEnum = builder.enumType("CaseAction", {
  description: "A mutation that records an event of a case's lifecycle (what Case.allowedActionDetails offers)",
  values: describedValues(CASE_ACTION_DESCRIPTIONS),
});

/** A mutation the rules allow on a case now, with the stage it is for (from @csc/rules allowedEventOptions). */
export const AllowedAction = builder.objectRef<AllowedActionShape>("AllowedAction").implement({
  description: "A mutation the rules engine allows on the case now, and the stage it is for (if any)",
  authScopes: { readCases: true },
  fields: (t) => ({
    action: t.expose("action", { type: CaseActionEnum, description: "The mutation, e.g. ACKNOWLEDGE_CASE for acknowledgeCase" }),
    stage: t.field({
      type: StageEnum,
      nullable: true,
      description: "The stage to pass with it (e.g. ACKNOWLEDGE_CASE with STAGE_2 acknowledges the Stage 2 request); null: none",
      resolve: (row) => row.stage,
    }),
  }),
});
