import type { FeedbackKind, Stage } from "@csc/rules";
import type { CouncilPrisma } from "../db/client";

/** The stages a case has had so far: its stage rows and the stage it is at (as the case page shows them). */
export async function stagesOfCase(
  prisma: Pick<CouncilPrisma, "caseStage">,
  councilId: string,
  c: { id: string; currentStage: Stage | null },
): Promise<Stage[]> {
  const stages = await prisma.caseStage.findMany({ where: { councilId, caseId: c.id }, select: { stage: true } });
  return [...new Set([...stages.map((s) => s.stage), ...(c.currentStage ? [c.currentStage] : [])])];
}

/** A case's kind of feedback and stages so far, for the letters that fit it; null when the council has no such case. */
export async function letterFitOfCase(
  prisma: Pick<CouncilPrisma, "case" | "caseStage">,
  councilId: string,
  caseId: string,
): Promise<{ kind: FeedbackKind; stages: Stage[] } | null> {
  const c = await prisma.case.findFirst({ where: { councilId, id: caseId }, select: { id: true, kind: true, currentStage: true } });
  return c ? { kind: c.kind, stages: await stagesOfCase(prisma, councilId, c) } : null;
}
