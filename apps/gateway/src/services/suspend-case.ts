import type { GatewayContext } from "../context";
import type { SuspendCaseInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Suspends consideration (court proceedings, police investigation: SI 2006/1738 reg 8; advocacy; on hold). */
export async function suspendCase(context: GatewayContext, input: SuspendCaseInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "suspendCase",
    caseId: input.caseId,
    version: input.version,
    event: { type: "suspended", on: input.on, reason: input.reason },
  });
}
