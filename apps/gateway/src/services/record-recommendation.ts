import { dateFromIso, isoFromDate } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput, notFound } from "../errors/gateway-error";
import type { RecordRecommendationInput } from "./inputs";
import { writeAudit } from "./audit";
import { checkOwner } from "./check-owner";
import { councilScope, isRecordId } from "./council-scope";

/**
 * Records a recommendation made on a case (by the Stage 2 investigation or adjudication, the review panel or the
 * Ombudsman), open, with its owner and due date. Audited with its source, never its words.
 */
export async function recordRecommendation(context: GatewayContext, input: RecordRecommendationInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const found = isRecordId(input.caseId)
      ? await tx.case.findUnique({ where: { councilId_id: { councilId, id: input.caseId } }, select: { id: true, receivedOn: true } })
      : null;
    if (!found) throw notFound("Case");
    if (input.madeOn < isoFromDate(found.receivedOn))
      throw badInput(["input", "madeOn"], "a recommendation cannot be made before the case was received");
    if (input.madeOn > context.asOf) throw badInput(["input", "madeOn"], "must not be in the future");
    if (input.dueOn && input.dueOn < input.madeOn) throw badInput(["input", "dueOn"], "must not be before the recommendation was made");
    const ownerId = await checkOwner(tx, councilId, input.ownerId, ["input", "ownerId"]);
    const created = await tx.recommendation.create({
      data: {
        councilId,
        caseId: found.id,
        source: input.source,
        summary: input.summary.trim(),
        ownerId,
        madeOn: dateFromIso(input.madeOn),
        dueOn: input.dueOn ? dateFromIso(input.dueOn) : null,
      },
      select: { id: true },
    });
    await writeAudit(tx, context, { action: "recordRecommendation", caseId: found.id, detail: { source: input.source } });
    return created.id;
  });
}
