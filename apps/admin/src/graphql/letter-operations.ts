import { graphql } from "./generated";
import type { LetterTemplatesQuery, PreviewLetterQuery } from "./generated/graphql";

/** The GraphQL documents of letters: templates, preview, generation (the gateway checks every wording). */
export const LETTER_TEMPLATES = graphql(`
  query LetterTemplates {
    letterTemplates {
      kind
      title
      version
      subject
      body
      savedAt
      defaultSubject
      defaultBody
      requiredBlocks {
        tag
        description
        source
      }
      mergeFields {
        tag
        description
      }
    }
  }
`);

export const SAVE_LETTER_TEMPLATE = graphql(`
  mutation SaveLetterTemplate($input: SaveLetterTemplateInput!) {
    saveLetterTemplate(input: $input) {
      kind
      version
      subject
      body
      savedAt
    }
  }
`);

export const PREVIEW_LETTER = graphql(`
  query PreviewLetter($caseId: ID, $caseReference: String, $template: LetterKind!, $draft: LetterWordingInput) {
    previewLetter(caseId: $caseId, caseReference: $caseReference, template: $template, draft: $draft) {
      subject
      templateVersion
      paragraphs {
        text
        statutorySource
      }
    }
  }
`);

export const GENERATE_LETTER = graphql(`
  mutation GenerateLetter($caseId: ID!, $template: LetterKind!, $format: LetterFormat!) {
    generateLetter(caseId: $caseId, template: $template, format: $format) {
      id
      fileName
      mediaType
      sizeBytes
    }
  }
`);

/** A letter's wording as the settings pages show it (generated from LETTER_TEMPLATES). */
export type LetterTemplateRow = LetterTemplatesQuery["letterTemplates"][number];

/** A letter previewed with a case's or example details (generated from PREVIEW_LETTER). */
export type LetterPreviewView = PreviewLetterQuery["previewLetter"];

export const RECORD_LETTER_SENT = graphql(`
  mutation RecordLetterSent($input: RecordLetterSentInput!) {
    recordLetterSent(input: $input) {
      id
    }
  }
`);
