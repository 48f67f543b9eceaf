import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput, notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope, isRecordId } from "./council-scope";
import type { CompleteLearningActionInput } from "./inputs";
import { dateFromIso, isoFromDate } from "@csc/rules";

/** Marks a learning action completed on a date (not before it was identified). */
export async function completeLearningAction(context: GatewayContext, input: CompleteLearningActionInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const action = isRecordId(input.learningActionId)
      ? await tx.learningAction.findUnique({ where: { councilId_id: { councilId, id: input.learningActionId } } })
      : null;
    if (!action) throw notFound("Learning action");
    if (action.status === "completed") throw badInput(["input", "learningActionId"], "this learning action is already completed");
    if (input.on < isoFromDate(action.identifiedOn)) {
      throw badInput(["input", "on"], "a learning action cannot be completed before it was identified");
    }
    await tx.learningAction.update({
      where: { councilId_id: { councilId, id: action.id } },
      data: { status: "completed", completedOn: dateFromIso(input.on) },
    });
    await writeAudit(tx, context, { action: "completeLearningAction", caseId: action.caseId });
    return action.id;
  });
}
