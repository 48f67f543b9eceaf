import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope, isRecordId } from "./council-scope";
import { auditPersonalDataRead } from "./read-personal-data";
import { dateFromIso } from "@csc/rules";

export type ContactKind = "call" | "email" | "letter" | "meeting" | "visit";
export type ContactDirection = "incoming" | "outgoing" | "in_person";

interface AddCaseNoteInput {
  caseId: string;
  text: string;
}

interface LogCaseContactInput {
  caseId: string;
  kind: ContactKind;
  direction: ContactDirection;
  occurredOn: string;
  occurredTime?: string | null;
  withWhom: string;
  summary: string;
}

const day = dateFromIso;

/** The case, in the viewer's council, or NOT_FOUND (notes and contacts add to a case; they need no version). */
async function caseIdIn(context: GatewayContext, caseId: string): Promise<{ councilId: string; userId: string }> {
  const { prisma, councilId, viewer } = councilScope(context);
  const found = isRecordId(caseId)
    ? await prisma.case.findUnique({ where: { councilId_id: { councilId, id: caseId } }, select: { id: true } })
    : null;
  if (!found) throw notFound("Case");
  return { councilId, userId: viewer.userId };
}

/** Adds a note to the case (personal data, kept in case_narrative as kind "note"); the audit names no words. */
export async function addCaseNote(context: GatewayContext, input: AddCaseNoteInput): Promise<string> {
  const { councilId, userId } = await caseIdIn(context, input.caseId);
  return withCouncil(context.root, councilId, async (tx) => {
    const note = await tx.caseNarrative.create({
      data: { councilId, caseId: input.caseId, kind: "note", text: input.text, authorId: userId },
      select: { id: true },
    });
    await writeAudit(tx, context, { action: "addCaseNote", caseId: input.caseId, detail: { noteId: note.id } });
    return input.caseId;
  });
}

/** Logs a call, email, letter, meeting or visit about the case; the audit names the kind and direction only. */
export async function logCaseContact(context: GatewayContext, input: LogCaseContactInput): Promise<string> {
  const { councilId, userId } = await caseIdIn(context, input.caseId);
  return withCouncil(context.root, councilId, async (tx) => {
    const contact = await tx.caseContact.create({
      data: {
        councilId,
        caseId: input.caseId,
        kind: input.kind,
        direction: input.direction,
        occurredOn: day(input.occurredOn),
        occurredTime: input.occurredTime ?? null,
        withWhom: input.withWhom,
        summary: input.summary,
        authorId: userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, context, {
      action: "logCaseContact",
      caseId: input.caseId,
      detail: { contactId: contact.id, kind: input.kind, direction: input.direction },
    });
    return input.caseId;
  });
}

/** The case's notes, newest first: personal data, so the read is audited first. */
export async function readCaseNotes(context: GatewayContext, caseId: string) {
  await auditPersonalDataRead(context, caseId);
  const { prisma, councilId } = councilScope(context);
  return prisma.caseNarrative.findMany({
    where: { councilId, caseId, kind: "note" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

/** The case's contact log, most recent first: personal data, so the read is audited first. */
export async function readCaseContacts(context: GatewayContext, caseId: string) {
  await auditPersonalDataRead(context, caseId);
  const { prisma, councilId } = councilScope(context);
  return prisma.caseContact.findMany({
    where: { councilId, caseId },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
  });
}

/** The display name of the officer who wrote a note or logged a contact (a member of the viewer's council). */
export async function authorName(context: GatewayContext, authorId: string | null): Promise<string | null> {
  if (!authorId) return null;
  const { prisma } = councilScope(context);
  const user = await prisma.user.findUnique({ where: { id: authorId }, select: { displayName: true } });
  return user?.displayName ?? null;
}
