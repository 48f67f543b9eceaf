import type { GatewayContext } from "../context";
import { withCouncil, withPlatform } from "../db/client";
import { postgresDocumentStore } from "../documents/document-store";
import { keepCaseDocument } from "../documents/keep-case-document";
import { writeAudit } from "../services/audit";
import { councilScope } from "../services/council-scope";
import { badInput } from "../errors/gateway-error";
import { letterFitOfCase } from "./case-stages";
import { caseLetterData, longDate } from "./case-values";
import { letterMisfit } from "./letters-for-case";
import type { LetterWording } from "./defaults";
import type { LetterFormat, LetterKind } from "./kinds";
import { LETTER_TITLES } from "./kinds";
import type { LetterHeading } from "./letter-heading";
import type { LetterContent } from "./merge";
import { mergeLetter } from "./merge";
import { SAMPLE_VALUES } from "./merge-fields";
import { renderLetterDocx } from "./render-letter-docx";
import { renderLetterHtml, renderLetterPdf } from "./render-letter-pdf";
import { assertWording, currentTemplate } from "./templates";

const MEDIA_TYPES: Record<LetterFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export interface LetterPreviewShape extends LetterContent {
  html: string;
  templateVersion: number;
}

/**
 * A letter merged with a case's values (or example values when no case is given), without keeping it. A draft
 * wording (the settings page's unsaved text) is checked as a save would check it.
 */
export async function previewLetter(
  context: GatewayContext,
  input: { caseId: string | null; kind: LetterKind; draft: LetterWording | null; personalData?: boolean },
): Promise<LetterPreviewShape> {
  const { prisma, councilId } = councilScope(context);
  if (input.draft) assertWording(input.kind, input.draft, ["draft"]);
  const template = await currentTemplate(prisma, councilId, input.kind);
  const wording = input.draft ?? template;
  const data = input.caseId
    ? await caseLetterData(context, input.caseId, { personalData: input.personalData ?? true })
    : {
        reference: SAMPLE_VALUES["case.reference"],
        councilName: (await withPlatform(context.root, (tx) => tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { name: true } })))
          .name,
        values: SAMPLE_VALUES,
        facts: { madeByChild: true, madeForChild: true, notConsideredReason: "court_proceedings", stage1DueOn: SAMPLE_VALUES["stage1.dueOn"] },
      };
  const values = { ...data.values, "council.name": data.councilName };
  const letter = mergeLetter(wording, values, data.facts);
  const heading: LetterHeading = {
    councilName: data.councilName,
    title: LETTER_TITLES[input.kind],
    date: longDate(context.asOf),
    reference: data.reference,
  };
  return { ...letter, html: renderLetterHtml(heading, letter), templateVersion: input.draft ? template.version + 1 : template.version };
}

/**
 * Writes a letter from the council's current wording for a case, as Word or PDF, and keeps it on the case as a
 * document. Only a letter that fits the case (letters-for-case.ts: its kind of feedback, and a stage's letter once
 * the case has had that stage); any other is refused naming `template` and why. The audit names the letter, format, template version and document; never a value from the letter.
 */
export async function generateLetter(context: GatewayContext, input: { caseId: string; kind: LetterKind; format: LetterFormat }) {
  const { prisma, councilId, viewer } = councilScope(context);
  const data = await caseLetterData(context, input.caseId);
  const fit = await letterFitOfCase(prisma, councilId, input.caseId);
  const misfit = fit && letterMisfit(input.kind, fit.kind, fit.stages);
  if (misfit) throw badInput(["template"], misfit);
  const template = await currentTemplate(prisma, councilId, input.kind);
  const letter = mergeLetter(template, data.values, data.facts);
  const heading: LetterHeading = {
    councilName: data.councilName,
    title: LETTER_TITLES[input.kind],
    date: longDate(context.asOf),
    reference: data.reference,
  };
  const bytes = input.format === "docx" ? await renderLetterDocx(heading, letter) : await renderLetterPdf(heading, letter);
  const fileName = `${LETTER_TITLES[input.kind]} ${data.reference} ${context.asOf}.${input.format}`.replace(/[\\/]/g, "-");
  return withCouncil(context.root, councilId, async (tx) => {
    const row = await keepCaseDocument(
      tx,
      (context.documentStores ?? (() => postgresDocumentStore))(councilId),
      { councilId, caseId: input.caseId, fileName, mediaType: MEDIA_TYPES[input.format], uploadedBy: viewer.userId },
      bytes,
    );
    await writeAudit(tx, context, {
      action: "generateLetter",
      caseId: input.caseId,
      detail: { kind: input.kind, format: input.format, templateVersion: template.version, documentId: row.id },
    });
    return row;
  });
}
