import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation } from "urql";
import { Button, ErrorSummary, Textarea } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { toFieldErrors } from "../../graphql/errors";
import { SAVE_REPORT_NARRATIVE, type SectionTextVersion } from "../../graphql/report-narrative-operations";
import { SectionText } from "./SectionText";

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  });

const HINT = 'A blank line starts a new paragraph. Start a line with "## " for a heading or "- " for a list item. A link: [words](https://…)';

/**
 * A report section's text: what the council wrote (latest version, with who wrote it), or the layout's prompts,
 * and a plain editor to write or change it. Each save is a new version; the downloads print the latest.
 */
export function SectionTextEditor({
  financialYear,
  sectionId,
  sectionTitle,
  prompts,
  current,
  onSaved,
}: {
  financialYear: number;
  sectionId: string;
  sectionTitle: string;
  prompts: string[];
  current: SectionTextVersion | undefined;
  onSaved: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(current?.text ?? "");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, save] = useMutation(SAVE_REPORT_NARRATIVE);
  const fieldId = `text-${sectionId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({ input: { financialYear, sectionId, text } });
    if (result.error) {
      setErrors(toFieldErrors(result.error, { text: fieldId, sectionId: fieldId }));
      return;
    }
    setErrors([]);
    setEditing(false);
    onSaved(`Text of “${sectionTitle}” saved`);
  };

  return (
    <div className="govuk-!-margin-bottom-6">
      {current ? (
        <div className="govuk-inset-text">
          <SectionText text={current.text} sectionId={sectionId} />
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            Version {current.version}, written by {current.authorName}, {when(current.writtenAt)}
          </p>
        </div>
      ) : (
        prompts.map((prompt) => (
          <div className="govuk-inset-text" key={prompt}>
            Narrative for the council to write: {prompt}
          </div>
        ))
      )}
      {editing ? (
        <form onSubmit={submit} noValidate aria-label={`Text of ${sectionTitle}`}>
          <ErrorSummary errors={errors} />
          <Textarea
            id={fieldId}
            label={`Text of “${sectionTitle}”`}
            hint={HINT}
            rows={8}
            value={text}
            onChange={setText}
            error={errors.find((e) => e.field === fieldId)?.message}
          />
          <div className="govuk-button-group">
            <Button type="submit" disabled={fetching}>
              Save text
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setText(current?.text ?? "");
            setEditing(true);
          }}
        >
          {current ? "Edit text" : "Write text"}
          <span className="govuk-visually-hidden"> of {sectionTitle}</span>
        </Button>
      )}
    </div>
  );
}
