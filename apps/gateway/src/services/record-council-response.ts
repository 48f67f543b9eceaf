import type { GatewayContext } from "../context";
import type { CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import type { StageDecisionInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";
import { checkPointRefs } from "./check-point-refs";
import { resolveOutcomes, respondedStage, storeLocalOutcomes } from "./local-outcomes";
import { reviewPanelId } from "./store-review-panel";

/**
 * Records the council's response to the panel's report, due within 15 working days (SI 2006/1738 reg 20): with
 * the Independent Person, its decision on each recommendation (accepted, partly, declined, with the reason).
 */
export async function recordCouncilResponse(context: GatewayContext, input: StageDecisionInput): Promise<string> {
  await checkPointRefs(context, input.caseId, input.outcomes ?? []);
  const { outcomes, local } = await resolveOutcomes(context, input.on, input.outcomes ?? []);
  return recordCaseEvent(context, {
    action: "recordCouncilResponse",
    caseId: input.caseId,
    version: input.version,
    event: { type: "council_responded", on: input.on, ...(outcomes.length > 0 ? { outcomes } : {}) },
    alongside: async (tx, row, derived) => {
      const stage = respondedStage(derived, input.on);
      if (stage) await storeLocalOutcomes(tx, row, stage, local);
      const panelId = await reviewPanelId(tx, row);
      if (panelId) await storeDecisions(tx, row.councilId, panelId, input);
    },
  });
}

async function storeDecisions(tx: CouncilTransaction, councilId: string, panelId: string, input: StageDecisionInput): Promise<void> {
  const decisions = input.recommendationDecisions ?? [];
  const recommendations = await tx.panelRecommendation.findMany({ where: { councilId, panelId }, select: { id: true, seq: true } });
  const bySeq = new Map(recommendations.map((r) => [r.seq, r.id]));
  for (const [i, d] of decisions.entries()) {
    if (!bySeq.has(d.seq)) {
      throw badInput(
        ["input", "recommendationDecisions", i, "seq"],
        `the panel's report has no recommendation ${d.seq} (it has ${recommendations.length})`,
      );
    }
  }
  const undecided = recommendations.filter((r) => !decisions.some((d) => d.seq === r.seq));
  if (decisions.length > 0 && undecided.length > 0) {
    throw badInput(
      ["input", "recommendationDecisions"],
      `decide on every recommendation of the panel (SI 2006/1738 reg 20): ${undecided.map((r) => r.seq).join(", ")} has no decision`,
    );
  }
  if (decisions.length > 0 && !input.decidedWithIndependentPerson) {
    throw badInput(
      ["input", "decidedWithIndependentPerson"],
      "the council decides on the panel's recommendations together with the Independent Person (SI 2006/1738 reg 20): name them",
    );
  }
  for (const d of decisions) {
    await tx.panelRecommendation.update({
      where: { councilId_id: { councilId, id: bySeq.get(d.seq) as string } },
      data: { decision: d.decision, decisionReason: d.reason, accepted: d.decision === "accepted" },
    });
  }
  if (input.decidedWithIndependentPerson) {
    await tx.reviewPanel.update({
      where: { councilId_id: { councilId, id: panelId } },
      data: { decidedWithIndependentPerson: input.decidedWithIndependentPerson },
    });
  }
}
