import { builder } from "../builder";
import { MISSING_REASON_DESCRIPTIONS, MISSING_REASONS, type MissingReason } from "../reports/disclosure";

/** Why a figure has no value: the one name the API gives a missing value, with its reason (reports/disclosure.ts). */
export const MissingReasonEnum = builder.enumType("MissingReason", {
  description: "Why a figure is null: withheld by the disclosure policy, or nothing to measure",
  values: Object.fromEntries(MISSING_REASONS.map((r) => [r, { description: MISSING_REASON_DESCRIPTIONS[r] }])) as Record<
    MissingReason,
    { description: string }
  >,
});
