import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { enumMember } from "../../graphql/enum-member";
import { LetterKind } from "../../graphql/generated/graphql";
import { Button, ErrorSummary, Radios } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { GENERATE_LETTER, LETTER_TEMPLATES, PREVIEW_LETTER } from "../../graphql/letter-operations";
import { LetterPreview } from "./LetterPreview";
import { LetterSentForm } from "./LetterSentForm";

/**
 * "Write a letter": choose one of the procedure's letters that fit the case (its kind, the stages it has had),
 * preview it with the case's details, and write it as Word (to edit) or PDF. The letter is kept on the case and appears under Documents with a download link.
 */
export function LettersPanel({
  caseId,
  offered,
  documents,
  onChanged,
}: {
  caseId: string;
  /** The letters that fit the case (Case.letters: its kind of feedback and the stages it has had). */
  offered: readonly LetterKind[];
  documents: Array<{ id: string; fileName: string }>;
  onChanged: (done: string) => void;
}) {
  const [{ data, error }] = useQuery({ query: LETTER_TEMPLATES });
  const [kind, setKind] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, generate] = useMutation(GENERATE_LETTER);
  const [previewState, loadPreview] = useState(false);
  const [{ data: previewData, fetching: previewing }] = useQuery({
    query: PREVIEW_LETTER,
    variables: { caseId, template: enumMember(LetterKind, kind) ?? LetterKind.Acknowledgement },
    pause: !previewState || !enumMember(LetterKind, kind),
    requestPolicy: "network-only",
  });
  const shown = previewState && previewData ? previewData.previewLetter : null;
  if (error) return <p className="govuk-body">Letters could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p>;
  if (!data) return <p className="govuk-body">Loading letters…</p>;
  const title = data.letterTemplates.find((t) => t.kind === kind)?.title ?? "";
  const options = data.letterTemplates.filter((t) => offered.includes(t.kind)).map((t) => ({ value: t.kind, label: t.title }));
  const write = async (format: "DOCX" | "PDF") => {
    const template = enumMember(LetterKind, kind);
    if (!template) return setErrors([{ field: "letter-kind", message: "Select the letter to write" }]);
    const result = await generate({ caseId, template, format });
    if (result.error) {
      return setErrors([{ field: "letter-kind", message: result.error.graphQLErrors[0]?.message ?? "The letter could not be written: try again" }]);
    }
    setErrors([]);
    onChanged(`${(result.data as { generateLetter: { fileName: string } }).generateLetter.fileName} written and kept on the case`);
  };
  return (
    <section aria-labelledby="letters-heading">
      <h2 className="govuk-heading-m" id="letters-heading">
        Write a letter
      </h2>
      <ErrorSummary errors={errors} />
      {options.length === 0 ? (
        <p className="govuk-body">No letter of the procedure is written for this kind of feedback.</p>
      ) : (
        <>
          <Radios
            id="letter-kind"
            label="Which letter?"
            hint="The letter uses your council's wording and the case's details; the wording the regulations require is always included"
            value={kind}
            error={errors[0]?.message}
            options={options}
            onChange={(value) => {
              setKind(value);
              loadPreview(false);
              setErrors([]);
            }}
          />
          <div className="govuk-button-group">
            <Button variant="secondary" disabled={!kind || previewing} onClick={() => loadPreview(true)}>
              Preview letter
            </Button>
            <Button disabled={fetching} onClick={() => void write("DOCX")}>
              Write as Word
            </Button>
            <Button disabled={fetching} onClick={() => void write("PDF")}>
              Write as PDF
            </Button>
          </div>
        </>
      )}
      {shown ? (
        <>
          <h3 className="govuk-heading-s" id="letter-preview-heading">
            Preview: {title}
          </h3>
          <LetterPreview preview={shown} />
        </>
      ) : null}
      <LetterSentForm documents={documents} onChanged={onChanged} />
    </section>
  );
}
