import { builder } from "../builder";
import type { AllowedAction as AllowedActionShape } from "../services/case-actions";
import { StageEnum } from "./enums";

/** A mutation the rules allow on a case now, with the stage it is for (from @csc/rules allowedEventOptions). */
export const AllowedAction = builder.objectRef<AllowedActionShape>("AllowedAction").implement({
  description: "A mutation the rules engine allows on the case now, and the stage it is for (if any)",
  authScopes: { readCases: true },
  fields: (t) => ({
    action: t.exposeString("action", { description: "The mutation's name, e.g. acknowledgeCase" }),
    stage: t.field({
      type: StageEnum,
      nullable: true,
      description: "The stage to pass with it (e.g. acknowledgeCase with stage2 acknowledges the Stage 2 request); null: none",
      resolve: (row) => row.stage,
    }),
  }),
});
