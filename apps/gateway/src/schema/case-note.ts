import { z } from "zod";
import { builder } from "../builder";
import { addCaseNote, authorName } from "../services/case-notes";
import { councilScope } from "../services/council-scope";

interface CaseNoteShape {
  id: string;
  text: string;
  authorId: string | null;
  createdAt: Date;
}

/** PERSONAL DATA. A note an officer added to a case. Only officers and managers; reads are audited. */
export const CaseNote = builder.objectRef<CaseNoteShape>("CaseNote").implement({
  description: "A note an officer added to the case (personal data: officers and managers only; reads audited)",
  authScopes: { readPersonalData: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The note's id" }),
    text: t.exposeString("text", { description: "What the note says" }),
    writtenAt: t.field({ type: "DateTime", description: "When it was written", resolve: (row) => row.createdAt }),
    author: t.string({ nullable: true, description: "Who wrote it", resolve: (row, _args, context) => authorName(context, row.authorId) }),
  }),
});

const AddCaseNoteInput = builder.inputType("AddCaseNoteInput", {
  description: "A note to add to a case. Notes add to the case without changing it, so they take no version",
  fields: (t) => ({
    caseId: t.id({ description: "The case" }),
    text: t.string({ description: "What the note says (personal data), up to 10,000 characters" }),
  }),
});

builder.mutationField("addCaseNote", (t) =>
  t.prismaField({
    type: "Case",
    description: "Add a note to a case (officers and managers); the audit trail records that a note was added, not its words",
    authScopes: { handleCases: true },
    args: { input: t.arg({ type: AddCaseNoteInput, required: true, description: "The case and the note to add" }) },
    validate: z.object({
      input: z.object({ text: z.string().trim().min(1, "must not be empty").max(10_000, "must be at most 10000 characters") }).passthrough(),
    }),
    resolve: async (query, _root, args, context) => {
      const caseId = await addCaseNote(context, { caseId: String(args.input.caseId), text: args.input.text.trim() });
      const { prisma, councilId } = councilScope(context);
      return prisma.case.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id: caseId } } });
    },
  }),
);
