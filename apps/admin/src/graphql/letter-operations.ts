/** The GraphQL documents of letters: templates, preview, generation (the gateway checks every wording). */
export const LETTER_TEMPLATES = `query LetterTemplates {
  letterTemplates { kind title version subject body savedAt defaultSubject defaultBody requiredBlocks { tag description source } mergeFields { tag description } }
}`;

export const SAVE_LETTER_TEMPLATE = `mutation SaveLetterTemplate($input: SaveLetterTemplateInput!) {
  saveLetterTemplate(input: $input) { kind version subject body savedAt }
}`;

export const PREVIEW_LETTER = `query PreviewLetter($caseId: ID, $caseReference: String, $template: LetterKind!, $draft: LetterWordingInput) {
  previewLetter(caseId: $caseId, caseReference: $caseReference, template: $template, draft: $draft) { subject templateVersion paragraphs { text statutorySource } }
}`;

export const GENERATE_LETTER = `mutation GenerateLetter($caseId: ID!, $template: LetterKind!, $format: LetterFormat!) {
  generateLetter(caseId: $caseId, template: $template, format: $format) { id fileName mediaType sizeBytes }
}`;

export interface LetterTemplateRow {
  kind: string;
  title: string;
  version: number;
  subject: string;
  body: string;
  savedAt: string | null;
  defaultSubject: string;
  defaultBody: string;
  requiredBlocks: Array<{ tag: string; description: string; source: string }>;
  mergeFields: Array<{ tag: string; description: string }>;
}

export interface LetterPreviewView {
  subject: string;
  templateVersion: number;
  paragraphs: Array<{ text: string; statutorySource: string | null }>;
}

export const RECORD_LETTER_SENT = `mutation RecordLetterSent($input: RecordLetterSentInput!) {
  recordLetterSent(input: $input) { id }
}`;
