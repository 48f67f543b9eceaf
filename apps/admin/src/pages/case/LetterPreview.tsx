import type { LetterPreviewView } from "../../graphql/letter-operations";

/** A letter as it will read: the subject, then each paragraph; statutory wording is marked with its source. */
export function LetterPreview({ preview }: { preview: LetterPreviewView }) {
  return (
    <div className="govuk-inset-text app-letter-preview">
      <p className="govuk-body govuk-!-font-weight-bold">{preview.subject}</p>
      {preview.paragraphs.map((p, index) => (
        <p className="govuk-body" key={index} style={{ whiteSpace: "pre-line" }}>
          {p.text}
          {p.statutorySource ? <span className="govuk-body-s govuk-!-display-block">Required wording: {p.statutorySource}</span> : null}
        </p>
      ))}
    </div>
  );
}
