import { enumMember } from "../../graphql/enum-member";
import { CaseAction } from "../../graphql/generated/graphql";

/**
 * The CaseAction the gateway offers for a mutation (`acknowledgeCase` → ACKNOWLEDGE_CASE), or null for a mutation
 * that records no lifecycle event (allocateCase): the action forms are keyed by their mutation's name, while
 * `Case.allowedActionDetails` names the action by its enum value.
 */
export function caseActionOf(mutation: string): CaseAction | null {
  return enumMember(CaseAction, mutation.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase());
}
