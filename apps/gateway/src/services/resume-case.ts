import type { GatewayContext } from "../context";
import type { DatedCaseChangeInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Resumes a suspended case; paused working days do not count (SI 2006/1738 reg 8, local practice). */
export async function resumeCase(context: GatewayContext, input: DatedCaseChangeInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "resumeCase",
    caseId: input.caseId,
    version: input.version,
    event: { type: "resumed", on: input.on },
  });
}
