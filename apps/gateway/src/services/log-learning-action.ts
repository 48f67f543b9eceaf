import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { checkOwner } from "./check-owner";
import { councilScope, isRecordId } from "./council-scope";
import type { LogLearningActionInput } from "./inputs";
import { dateFromIso } from "@csc/rules";

const day = dateFromIso;

/** Logs what the council learned from a case and will change ("you said, we did"), for publication. */
export async function logLearningAction(context: GatewayContext, input: LogLearningActionInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const found = isRecordId(input.caseId)
      ? await tx.case.findUnique({ where: { councilId_id: { councilId, id: input.caseId } }, select: { id: true, teamId: true } })
      : null;
    if (!found) throw notFound("Case");
    const action = await tx.learningAction.create({
      data: {
        councilId,
        caseId: found.id,
        teamId: found.teamId,
        summary: input.description,
        identifiedOn: day(context.asOf),
        dueOn: input.dueOn ? day(input.dueOn) : null,
        ownerId: await checkOwner(tx, councilId, input.ownerId, ["input", "ownerId"]),
      },
    });
    await writeAudit(tx, context, { action: "logLearningAction", caseId: found.id });
    return action.id;
  });
}
