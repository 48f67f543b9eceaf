import type { CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { isRecordId } from "./council-scope";

/** An owner of a recommendation or learning action: a user who holds a role in the council (null: no owner yet). */
export async function checkOwner(
  tx: CouncilTransaction,
  councilId: string,
  ownerId: string | null | undefined,
  field: ReadonlyArray<string | number>,
): Promise<string | null> {
  if (!ownerId) return null;
  const user = isRecordId(ownerId)
    ? await tx.user.findFirst({ where: { id: ownerId, disabledAt: null, roles: { some: { councilId } } }, select: { id: true } })
    : null;
  if (!user) throw badInput(field, "must be an officer of your council");
  return user.id;
}
