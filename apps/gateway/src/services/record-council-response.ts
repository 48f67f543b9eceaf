import type { GatewayContext } from "../context";
import type { StageDecisionInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";
import { checkPointRefs } from "./check-point-refs";
import { storeReviewPanel } from "./store-review-panel";

/** Records the council's response to the panel's report, due within 15 working days (SI 2006/1738 reg 20). */
export async function recordCouncilResponse(context: GatewayContext, input: StageDecisionInput): Promise<string> {
  await checkPointRefs(context, input.caseId, input.outcomes ?? []);
  return recordCaseEvent(context, {
    action: "recordCouncilResponse",
    caseId: input.caseId,
    version: input.version,
    event: { type: "council_responded", on: input.on, ...(input.outcomes && input.outcomes.length > 0 ? { outcomes: input.outcomes } : {}) },
    alongside: (tx, row, derived) => storeReviewPanel(tx, row, derived),
  });
}
