import type { GatewayContext } from "../context";
import { forbidden } from "../errors/gateway-error";
import { writeAudit } from "./audit";

function councilClient(context: GatewayContext) {
  if (!context.prisma || !context.viewer?.councilId) throw forbidden("Sign in to a council first");
  return { prisma: context.prisma, councilId: context.viewer.councilId };
}

/** Records, once per case per request, that this viewer read the case's personal data. */
export async function auditPersonalDataRead(context: GatewayContext, caseId: string): Promise<void> {
  if (context.auditedReads.has(caseId)) return;
  context.auditedReads.add(caseId);
  const { prisma } = councilClient(context);
  await writeAudit(prisma, context, { action: "read_personal_data", caseId });
}

/** Free text about a case (summary, a point's detail): personal data, so the read is audited first. */
export async function readPersonalText(
  context: GatewayContext,
  caseId: string,
  which: { kind: "summary" | "point" | "outcome_sought" | "quote"; pointRef?: string },
): Promise<string | null> {
  await auditPersonalDataRead(context, caseId);
  const { prisma, councilId } = councilClient(context);
  const row = await prisma.caseNarrative.findFirst({
    where: { councilId, caseId, kind: which.kind, ...(which.pointRef ? { pointRef: which.pointRef } : {}) },
    orderBy: { createdAt: "desc" },
  });
  return row?.text ?? null;
}

/** The complainant's name and contact details: personal data, audited. */
export async function readComplainant(context: GatewayContext, caseId: string) {
  await auditPersonalDataRead(context, caseId);
  const { prisma, councilId } = councilClient(context);
  return prisma.casePerson.findFirst({ where: { councilId, caseId, role: "complainant" }, orderBy: { createdAt: "asc" } });
}

/**
 * The free text an event refers to (a suspension's reason...: ./event-text.ts), by case_narrative id:
 * personal data, so the read is audited first.
 */
export async function readEventTexts(context: GatewayContext, caseId: string, ids: ReadonlyArray<string>): Promise<Map<string, string>> {
  await auditPersonalDataRead(context, caseId);
  if (ids.length === 0) return new Map();
  const { prisma, councilId } = councilClient(context);
  const rows = await prisma.caseNarrative.findMany({ where: { councilId, caseId, id: { in: [...ids] } }, select: { id: true, text: true } });
  return new Map(rows.map((row) => [row.id, row.text]));
}
