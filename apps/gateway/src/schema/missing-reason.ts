import { builder } from "../builder";
import { MISSING_REASON_DESCRIPTIONS } from "../reports/disclosure";
import { describedValues } from "./enum-values";

/** Why a figure has no value: the one name the API gives a missing value, with its reason (reports/disclosure.ts). */
export const MissingReasonEnum = builder.enumType("MissingReason", {
  description: "Why a figure is null: withheld by the disclosure policy, or nothing to measure",
  values: describedValues(MISSING_REASON_DESCRIPTIONS),
});
