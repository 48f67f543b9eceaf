import type { GatewayContext } from "../context";
import { badInput, notFound } from "../errors/gateway-error";
import { councilScope, isRecordId } from "./council-scope";

/** The case must be the council's (else NOT_FOUND) and every outcome must name a point of complaint the case has (by its pointRef), or the input is refused. */
export async function checkPointRefs(context: GatewayContext, caseId: string, outcomes: ReadonlyArray<{ pointId: string }>): Promise<void> {
  if (outcomes.length === 0) return;
  const { prisma, councilId } = councilScope(context);
  const found = isRecordId(caseId)
    ? await prisma.case.findUnique({ where: { councilId_id: { councilId, id: caseId } }, select: { id: true } })
    : null;
  if (!found) throw notFound("Case");
  const points = await prisma.pointOfComplaint.findMany({ where: { councilId, caseId }, select: { pointRef: true } });
  const known = new Set(points.map((p) => p.pointRef));
  outcomes.forEach((o, index) => {
    if (!known.has(o.pointId)) {
      throw badInput(["input", "outcomes", index, "pointId"], `the case has no point of complaint "${o.pointId}"`);
    }
  });
}
