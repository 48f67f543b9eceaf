import type { GatewayContext } from "../context";
import { badInput } from "../errors/gateway-error";
import { councilScope, isRecordId } from "./council-scope";

/** Every outcome must name a point of complaint the case has (by its pointRef), or the input is refused. */
export async function checkPointRefs(
  context: GatewayContext,
  caseId: string,
  outcomes: ReadonlyArray<{ pointId: string }>,
): Promise<void> {
  if (outcomes.length === 0 || !isRecordId(caseId)) return;
  const { prisma, councilId } = councilScope(context);
  const points = await prisma.pointOfComplaint.findMany({ where: { councilId, caseId }, select: { pointRef: true } });
  const known = new Set(points.map((p) => p.pointRef));
  outcomes.forEach((o, index) => {
    if (!known.has(o.pointId)) {
      throw badInput(["input", "outcomes", index, "pointId"], `the case has no point of complaint "${o.pointId}"`);
    }
  });
}
