import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope, isRecordId } from "./council-scope";
import type { AllocateCaseInput } from "./inputs";
import { bumpVersion, lockCase } from "./record-case-event";

/** Allocates the case to a team of the council and/or an officer who holds a role in it. */
export async function allocateCase(context: GatewayContext, input: AllocateCaseInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const row = await lockCase(tx, councilId, input);
    const data: { teamId?: string; officerId?: string } = {};
    if (input.teamId) {
      const team = isRecordId(input.teamId)
        ? await tx.team.findUnique({ where: { councilId_id: { councilId, id: input.teamId } }, select: { id: true } })
        : null;
      if (!team) throw badInput(["input", "teamId"], "no such team in your council");
      data.teamId = team.id;
    }
    if (input.officerId) {
      const role = isRecordId(input.officerId)
        ? await tx.userCouncilRole.findFirst({
            where: { councilId, userId: input.officerId, role: { in: ["complaints_officer", "manager"] } },
          })
        : null;
      if (!role) throw badInput(["input", "officerId"], "no complaints officer or manager with this id in your council");
      data.officerId = input.officerId;
    }
    await bumpVersion(tx, row, data);
    await writeAudit(tx, context, { action: "allocateCase", caseId: row.id, detail: { fields: Object.keys(data) } });
    return row.id;
  });
}
