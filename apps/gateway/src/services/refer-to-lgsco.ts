import type { GatewayContext } from "../context";
import type { DatedCaseChangeInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Records a referral to the Local Government and Social Care Ombudsman. */
export async function referToLgsco(context: GatewayContext, input: DatedCaseChangeInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "referToLgsco",
    caseId: input.caseId,
    version: input.version,
    event: { type: "lgsco_referred", on: input.on },
  });
}
