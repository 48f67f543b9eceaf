import type { GatewayContext } from "../context";
import type { DatedCaseChangeInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Records the agreed Stage 2 statement of complaint: the 25 working days start (SI 2006/1738 reg 17). */
export async function agreeStatement(context: GatewayContext, input: DatedCaseChangeInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "agreeStatement",
    caseId: input.caseId,
    version: input.version,
    event: { type: "statement_agreed", on: input.on },
  });
}
