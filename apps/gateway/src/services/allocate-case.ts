import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope, isRecordId } from "./council-scope";
import type { AllocateCaseInput } from "./inputs";
import { bumpVersion, lockCase } from "./record-case-event";
import { teamInForce } from "./team-in-force";

/** Allocates the case to a team of the council in force today and/or an officer who holds a role in it. */
export async function allocateCase(context: GatewayContext, input: AllocateCaseInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const row = await lockCase(tx, councilId, input);
    const data: { teamId?: string; officerId?: string } = {};
    // A team of the council in force on the day of allocation (./team-in-force.ts).
    if (input.teamId) data.teamId = (await teamInForce(tx, councilId, input.teamId, context.asOf)).id;
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
