import { roleAllows } from "../auth/roles";
import { builder } from "../builder";
import type { GatewayContext } from "../context";
import { badInput } from "../errors/gateway-error";
import type { LetterParagraph } from "../letters/merge";
import type { LetterPreviewShape } from "../letters/write-letter";
import { generateLetter, previewLetter } from "../letters/write-letter";
import { councilScope } from "../services/council-scope";
import { CaseDocument } from "./case-workbench-fields";
import { LetterKindEnum, LetterWordingInput } from "./letter-template";

const LetterFormatEnum = builder.enumType("LetterFormat", {
  description: "The file a letter is written as",
  values: {
    DOCX: { value: "docx", description: "A Word document the officer can edit before sending" },
    PDF: { value: "pdf", description: "A PDF, ready to send" },
  } as const,
});

const LetterParagraphRef = builder.objectRef<LetterParagraph>("LetterParagraph").implement({
  description: "One paragraph of a letter",
  authScopes: { handleCases: true, configureCouncil: true },
  fields: (t) => ({
    text: t.exposeString("text", { description: "What it says (line breaks as \\n)" }),
    statutorySource: t.exposeString("statutorySource", {
      nullable: true,
      description: "For a statutory block, the provision that requires it; null for the council's own wording",
    }),
  }),
});

const LetterPreview = builder.objectRef<LetterPreviewShape>("LetterPreview").implement({
  description: "A letter merged with a case's values (or example values), not kept. Personal data when merged with a case",
  authScopes: { handleCases: true, configureCouncil: true },
  fields: (t) => ({
    subject: t.exposeString("subject", { description: "The subject line" }),
    paragraphs: t.field({ type: [LetterParagraphRef], description: "The body's paragraphs", resolve: (row) => row.paragraphs }),
    html: t.exposeString("html", { description: "The letter as a print-ready HTML page (values escaped), as the PDF prints it" }),
    templateVersion: t.exposeInt("templateVersion", { description: "The wording's version (0: the platform's default)" }),
  }),
});

/** A case of the viewer's council by its reference, or BAD_USER_INPUT naming caseReference. */
async function caseIdByReference(context: GatewayContext, reference: string): Promise<string> {
  const { prisma, councilId } = councilScope(context);
  const found = await prisma.case.findFirst({ where: { councilId, reference: reference.trim() }, select: { id: true } });
  if (!found) throw badInput(["caseReference"], `no case of your council has the reference ${JSON.stringify(reference.trim().slice(0, 40))}`);
  return found.id;
}

builder.queryField("previewLetter", (t) =>
  t.field({
    type: LetterPreview,
    description:
      "Preview a letter: the council's current wording (or an unsaved draft, checked as a save would be) merged with a case's values, or with example values when no case is given. Officers and managers see the people's names (audited as a read of personal data); a council administrator previewing wording on a case sees its facts with each name withheld",
    authScopes: { handleCases: true, configureCouncil: true },
    args: {
      caseId: t.arg.id({ required: false, description: "The case whose values to merge; omit for example values" }),
      caseReference: t.arg.string({ required: false, description: "Or the case by its reference (e.g. 2026-0001), as an administrator knows it" }),
      template: t.arg({ type: LetterKindEnum, required: true, description: "Which letter" }),
      draft: t.arg({ type: LetterWordingInput, required: false, description: "Unsaved wording to preview instead of the current one" }),
    },
    resolve: async (_root, args, context) => {
      const caseId = args.caseId ? String(args.caseId) : args.caseReference ? await caseIdByReference(context, args.caseReference) : null;
      const personalData = roleAllows(context.viewer?.roles ?? [], "readPersonalData");
      return previewLetter(context, { caseId, kind: args.template, draft: args.draft ?? null, personalData });
    },
  }),
);

builder.mutationField("generateLetter", (t) =>
  t.field({
    type: CaseDocument,
    description:
      "Write a letter for a case from the council's current wording, as Word or PDF, and keep it on the case as a document (officers and managers). Only a letter that fits the case (Case.letters); any other is refused with BAD_USER_INPUT naming template and why. Audited without the letter's words",
    authScopes: { handleCases: true },
    args: {
      caseId: t.arg.id({ required: true, description: "The case" }),
      template: t.arg({ type: LetterKindEnum, required: true, description: "Which letter" }),
      format: t.arg({ type: LetterFormatEnum, required: true, description: "Word (editable) or PDF" }),
    },
    resolve: (_root, args, context) => generateLetter(context, { caseId: String(args.caseId), kind: args.template, format: args.format }),
  }),
);
