import type { GatewayContext } from "../context";
import type { ReportReviewPanelInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";
import { reviewPanelId } from "./store-review-panel";

/**
 * Records the review panel's report (due within 5 working days of the meeting: SI 2006/1738 reg 20) and its
 * recommendations, written for publication (no personal data).
 */
export async function reportReviewPanel(context: GatewayContext, input: ReportReviewPanelInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "reportReviewPanel",
    caseId: input.caseId,
    version: input.version,
    event: { type: "panel_reported", on: input.on },
    alongside: async (tx, row) => {
      const panelId = await reviewPanelId(tx, row);
      const recommendations = input.recommendations ?? [];
      if (!panelId || recommendations.length === 0) return;
      await tx.panelRecommendation.createMany({
        data: recommendations.map((summary, index) => ({ councilId: row.councilId, panelId, seq: index + 1, summary })),
      });
    },
  });
}
