import type { GatewayContext } from "../context";
import { checkPointRefs } from "./check-point-refs";
import type { RecordStageResponseInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

/** Records a stage's response with an outcome for each point of complaint (Stage 1: SI 2006/1738 reg 14). */
export async function recordStageResponse(context: GatewayContext, input: RecordStageResponseInput): Promise<string> {
  await checkPointRefs(context, input.caseId, input.outcomes);
  return recordCaseEvent(context, {
    action: "recordStageResponse",
    caseId: input.caseId,
    version: input.version,
    event: { type: "response_sent", on: input.on, stage: input.stage, outcomes: input.outcomes },
  });
}
