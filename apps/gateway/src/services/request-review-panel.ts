import type { GatewayContext } from "../context";
import type { DatedCaseChangeInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Records the request for a Stage 3 review panel: it must meet within 30 working days (SI 2006/1738 reg 19). */
export async function requestReviewPanel(context: GatewayContext, input: DatedCaseChangeInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "requestReviewPanel",
    caseId: input.caseId,
    version: input.version,
    event: { type: "panel_requested", on: input.on },
  });
}
