import type { Stage } from "@csc/rules";
import type { GatewayContext } from "../context";
import { councilScope } from "./council-scope";

/**
 * The council's own words for the outcome code recorded on a point at a stage: the entry of its outcome
 * vocabulary in force on the stage's response date (an import's code from before any version in force falls
 * back to the newest version that has it). Null when no code was recorded or the council has no such entry.
 */
export async function outcomeLabel(context: GatewayContext, pointId: string, stage: Stage, code: string | null): Promise<string | null> {
  if (!code) return null;
  const { prisma, councilId } = councilScope(context);
  const point = await prisma.pointOfComplaint.findUnique({ where: { councilId_id: { councilId, id: pointId } }, select: { caseId: true } });
  if (!point) return null;
  const answered = await prisma.caseStage.findUnique({
    where: { councilId_caseId_stage: { councilId, caseId: point.caseId, stage } },
    select: { respondedOn: true },
  });
  const inForce = answered?.respondedOn
    ? { effectiveFrom: { lte: answered.respondedOn }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: answered.respondedOn } }] }
    : {};
  const entry =
    (await prisma.vocabularyEntry.findFirst({
      where: { councilId, code, version: { kind: "outcome", ...inForce } },
      orderBy: { version: { version: "desc" } },
      select: { label: true },
    })) ??
    (await prisma.vocabularyEntry.findFirst({
      where: { councilId, code, version: { kind: "outcome" } },
      orderBy: { version: { version: "desc" } },
      select: { label: true },
    }));
  return entry?.label ?? null;
}
