import type { GatewayContext } from "../context";
import type { DatedCaseChangeInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Records the review panel meeting: its report is due within 5 working days (SI 2006/1738 reg 20). */
export async function holdReviewPanel(context: GatewayContext, input: DatedCaseChangeInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "holdReviewPanel",
    caseId: input.caseId,
    version: input.version,
    event: { type: "panel_held", on: input.on },
  });
}
