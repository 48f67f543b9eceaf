import { dateFromIso, isoFromDate } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput, conflict, notFound } from "../errors/gateway-error";
import type { UpdateRecommendationInput } from "./inputs";
import { writeAudit } from "./audit";
import { checkOwner } from "./check-owner";
import { councilScope, isRecordId } from "./council-scope";

/**
 * Moves a recommendation on: its status (open, in progress, done, not accepted), owner and due date, and — when
 * done — the day it was done and the evidence. Says which version it read: someone else's change in between
 * answers CONFLICT. Audited with the fields changed, never their words.
 */
export async function updateRecommendation(context: GatewayContext, input: UpdateRecommendationInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const found = isRecordId(input.recommendationId)
      ? await tx.recommendation.findUnique({ where: { councilId_id: { councilId, id: input.recommendationId } } })
      : null;
    if (!found) throw notFound("Recommendation");
    const madeOn = isoFromDate(found.madeOn);
    if (input.dueOn && input.dueOn < madeOn) throw badInput(["input", "dueOn"], "must not be before the recommendation was made");
    const done = input.status === "done";
    if (done && !input.completedOn) throw badInput(["input", "completedOn"], "a recommendation marked done needs the day it was done");
    if (done && !input.evidence) throw badInput(["input", "evidence"], "a recommendation marked done needs evidence that it was done");
    if (!done && input.completedOn) throw badInput(["input", "completedOn"], "only a recommendation marked done has a day it was done");
    if (input.completedOn && input.completedOn < madeOn) throw badInput(["input", "completedOn"], "must not be before the recommendation was made");
    if (input.completedOn && input.completedOn > context.asOf) throw badInput(["input", "completedOn"], "must not be in the future");
    const ownerId = input.ownerId === undefined ? found.ownerId : await checkOwner(tx, councilId, input.ownerId, ["input", "ownerId"]);
    const { count } = await tx.recommendation.updateMany({
      where: { councilId, id: found.id, version: input.version },
      data: {
        status: input.status,
        ownerId,
        dueOn: input.dueOn === undefined ? found.dueOn : input.dueOn ? dateFromIso(input.dueOn) : null,
        completedOn: input.completedOn ? dateFromIso(input.completedOn) : null,
        evidence: input.evidence === undefined ? found.evidence : (input.evidence?.trim() ?? null),
        version: { increment: 1 },
        updatedAt: new Date(),
      },
    });
    if (count === 0) throw conflict("Someone else changed this recommendation after you read it; reload it and make your change again");
    const changed = (["status", "ownerId", "dueOn", "completedOn", "evidence"] as const).filter((k) => input[k] !== undefined);
    await writeAudit(tx, context, { action: "updateRecommendation", caseId: found.caseId, detail: { status: input.status, fields: changed } });
    return found.id;
  });
}
