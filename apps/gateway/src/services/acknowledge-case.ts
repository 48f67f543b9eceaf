import type { Stage } from "@csc/rules";
import type { GatewayContext } from "../context";
import type { DatedCaseChangeInput } from "./inputs";
import { recordCaseEvent } from "./record-case-event";

interface AcknowledgeCaseInput extends DatedCaseChangeInput {
  /**
   * The stage whose request is acknowledged, under procedures that acknowledge each stage's request (e.g. a
   * corporate procedure's stage acknowledgement target); absent: the complaint itself (children's procedure:
   * the council's local acknowledgement target).
   */
  stage?: Stage | null;
}

/** Acknowledges the complaint, or the request for a later stage; the rules engine decides whether it may. */
export async function acknowledgeCase(context: GatewayContext, input: AcknowledgeCaseInput): Promise<string> {
  return recordCaseEvent(context, {
    action: "acknowledgeCase",
    caseId: input.caseId,
    version: input.version,
    event: { type: "acknowledged", on: input.on, ...(input.stage ? { stage: input.stage } : {}) },
  });
}
