import type { GatewayContext } from "../context";
import { checkPointRefs } from "./check-point-refs";
import type { RecordStageResponseInput } from "./inputs";
import { resolveOutcomes, storeLocalOutcomes } from "./local-outcomes";
import { recordCaseEvent } from "./record-case-event";

/**
 * Records a stage's response with an outcome for each point of complaint (Stage 1: SI 2006/1738 reg 14); an
 * outcome may be the council's own code in force on the response date (./local-outcomes.ts), stored beside its canonical value.
 */
export async function recordStageResponse(context: GatewayContext, input: RecordStageResponseInput): Promise<string> {
  await checkPointRefs(context, input.caseId, input.outcomes);
  const { outcomes, local } = await resolveOutcomes(context, input.on, input.outcomes);
  return recordCaseEvent(context, {
    action: "recordStageResponse",
    caseId: input.caseId,
    version: input.version,
    event: { type: "response_sent", on: input.on, stage: input.stage, outcomes },
    alongside: (tx, row) => storeLocalOutcomes(tx, row, input.stage, local),
  });
}
