import type { GatewayContext } from "../context";
import { notFound } from "../errors/gateway-error";
import { logCaseContact } from "../services/case-notes";
import { councilScope, isRecordId } from "../services/council-scope";

/**
 * Records that a letter kept on the case was sent, and on which date: an outgoing letter in the case's contact log
 * naming the document, so the case shows when each letter went. Audited as logCaseContact (kind and direction).
 */
export async function recordLetterSent(context: GatewayContext, input: { documentId: string; sentOn: string; sentTo: string }): Promise<string> {
  const { prisma, councilId } = councilScope(context);
  const document = isRecordId(input.documentId)
    ? await prisma.caseDocument.findUnique({ where: { councilId_id: { councilId, id: input.documentId } }, select: { caseId: true, fileName: true } })
    : null;
  if (!document) throw notFound("Document");
  return logCaseContact(context, {
    caseId: document.caseId,
    kind: "letter",
    direction: "outgoing",
    occurredOn: input.sentOn,
    occurredTime: null,
    withWhom: input.sentTo,
    summary: `Sent ${document.fileName}`,
  });
}
