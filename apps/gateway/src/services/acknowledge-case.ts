import type { GatewayContext } from "../context";
import type { DatedCaseChangeInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Acknowledges the complaint (local target, e.g. 3 working days: council settings). */
export async function acknowledgeCase(context: GatewayContext, input: DatedCaseChangeInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "acknowledgeCase",
    caseId: input.caseId,
    version: input.version,
    event: { type: "acknowledged", on: input.on },
  });
}
