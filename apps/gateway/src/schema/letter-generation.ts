import { roleAllows } from "../auth/roles";
import { builder } from "../builder";
import { forbidden } from "../errors/gateway-error";
import type { LetterParagraph } from "../letters/merge";
import type { LetterPreviewShape } from "../letters/write-letter";
import { generateLetter, previewLetter } from "../letters/write-letter";
import { CaseDocument } from "./case-workbench-fields";
import { LetterKindEnum, LetterWordingInput } from "./letter-template";

export const LetterFormatEnum = builder.enumType("LetterFormat", {
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

builder.queryField("previewLetter", (t) =>
  t.field({
    type: LetterPreview,
    description:
      "Preview a letter: the council's current wording (or an unsaved draft, checked as a save would be) merged with a case's values, or with example values when no case is given. Merging a case's values needs an officer's or manager's role and is audited as a read of personal data",
    authScopes: { handleCases: true, configureCouncil: true },
    args: {
      caseId: t.arg.id({ required: false, description: "The case whose values to merge; omit for example values" }),
      template: t.arg({ type: LetterKindEnum, required: true, description: "Which letter" }),
      draft: t.arg({ type: LetterWordingInput, required: false, description: "Unsaved wording to preview instead of the current one" }),
    },
    resolve: (_root, args, context) => {
      const caseId = args.caseId ? String(args.caseId) : null;
      if (caseId && !roleAllows(context.viewer?.roles ?? [], "readPersonalData")) throw forbidden("Your role does not allow merging a case's personal data");
      return previewLetter(context, { caseId, kind: args.template, draft: args.draft ?? null });
    },
  }),
);

builder.mutationField("generateLetter", (t) =>
  t.field({
    type: CaseDocument,
    description:
      "Write a letter for a case from the council's current wording, as Word or PDF, and keep it on the case as a document (officers and managers). Audited without the letter's words",
    authScopes: { handleCases: true },
    args: {
      caseId: t.arg.id({ required: true, description: "The case" }),
      template: t.arg({ type: LetterKindEnum, required: true, description: "Which letter" }),
      format: t.arg({ type: LetterFormatEnum, required: true, description: "Word (editable) or PDF" }),
    },
    resolve: (_root, args, context) => generateLetter(context, { caseId: String(args.caseId), kind: args.template, format: args.format }),
  }),
);
