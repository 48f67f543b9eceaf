import { badInput } from "../errors/gateway-error";
import type { GatewayContext } from "../context";
import type { StageDecisionInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";
import { checkPointRefs } from "./check-point-refs";
import { resolveOutcomes, respondedStage, storeLocalOutcomes } from "./local-outcomes";

/** Records the adjudicating officer's Stage 2 response (SI 2006/1738 reg 17), with the outcome per point (canonical or the council's own code: ./local-outcomes.ts). */
export async function recordAdjudication(context: GatewayContext, input: StageDecisionInput): Promise<string> {
  if ((input.recommendationDecisions ?? []).length > 0 || input.decidedWithIndependentPerson) {
    throw badInput(
      ["input", "recommendationDecisions"],
      "a Stage 2 adjudication has no review panel recommendations: decide on them in recordCouncilResponse (SI 2006/1738 reg 20)",
    );
  }
  await checkPointRefs(context, input.caseId, input.outcomes ?? []);
  const { outcomes, local } = await resolveOutcomes(context, input.on, input.outcomes ?? []);
  return recordCaseEvent(context, {
    action: "recordAdjudication",
    caseId: input.caseId,
    version: input.version,
    event: { type: "adjudication_sent", on: input.on, ...(outcomes.length > 0 ? { outcomes } : {}) },
    alongside: async (tx, row, derived) => {
      const stage = respondedStage(derived, input.on);
      if (stage) await storeLocalOutcomes(tx, row, stage, local);
    },
  });
}
