import type { GatewayContext } from "../context";
import { notFound } from "../errors/gateway-error";
import { logCaseContact } from "../services/case-notes";
import { councilScope, isRecordId } from "../services/council-scope";
import { recordCaseEvent } from "../services/record-case-event";
import { LETTER_KINDS, LETTER_TITLES } from "./kinds";

/** The kind of letter a document holds, from the name generateLetter gave it ("other" for a letter attached by hand). */
function letterKindOfFile(fileName: string): string {
  return LETTER_KINDS.find((kind) => fileName.startsWith(`${LETTER_TITLES[kind]} `)) ?? "other";
}

/**
 * Records that a letter kept on the case was sent, and on which date: a `letter_sent` event in the case's lifecycle
 * (correspondence: it moves no stage and no clock; the rules accept it at any point, after closure too), and an
 * outgoing letter in the case's contact log naming the document and who it went to. Audited as recordLetterSent
 * (the event) and logCaseContact (kind and direction), never with the letter's words.
 */
export async function recordLetterSent(context: GatewayContext, input: { documentId: string; sentOn: string; sentTo: string }): Promise<string> {
  const { prisma, councilId } = councilScope(context);
  const document = isRecordId(input.documentId)
    ? await prisma.caseDocument.findUnique({ where: { councilId_id: { councilId, id: input.documentId } }, select: { caseId: true, fileName: true } })
    : null;
  if (!document) throw notFound("Document");
  const current = await prisma.case.findUniqueOrThrow({ where: { councilId_id: { councilId, id: document.caseId } }, select: { version: true } });
  await recordCaseEvent(context, {
    caseId: document.caseId,
    version: current.version,
    action: "recordLetterSent",
    event: { type: "letter_sent", on: input.sentOn, letter: letterKindOfFile(document.fileName), documentId: input.documentId },
  });
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
