import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useClient, useMutation, useQuery } from "urql";
import { Button, ErrorSummary, TextInput, Textarea } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { LETTER_TEMPLATES, PREVIEW_LETTER, SAVE_LETTER_TEMPLATE } from "../../graphql/letter-operations";
import type { LetterPreviewView, LetterTemplateRow } from "../../graphql/letter-operations";
import { LetterPreview } from "../case/LetterPreview";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";

const fieldOf = (path: Array<string | number>) =>
  path[0] === "caseReference"
    ? "letter-case"
    : path[0] === "subject" || path[0] === "body"
      ? `letter-${path[0]}`
      : path[0] === "draft" && (path[1] === "subject" || path[1] === "body")
        ? `letter-${path[1]}`
        : null;

function EditForm({ template }: { template: LetterTemplateRow }) {
  const navigate = useNavigate();
  const client = useClient();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [preview, setPreview] = useState<LetterPreviewView | null>(null);
  const [reference, setReference] = useState("");
  const [{ fetching }, save] = useMutation(SAVE_LETTER_TEMPLATE);
  const showPreview = async () => {
    const result = await client
      .query(
        PREVIEW_LETTER,
        { template: template.kind, draft: { subject, body }, caseReference: reference.trim() || null },
        { requestPolicy: "network-only" },
      )
      .toPromise();
    if (result.error) {
      setPreview(null);
      return setErrors(settingsErrors(result.error, fieldOf));
    }
    setErrors([]);
    setPreview(result.data?.previewLetter ?? null);
  };
  const submit = async () => {
    const result = await save({ input: { kind: template.kind, subject, body } });
    if (result.error) return setErrors(settingsErrors(result.error, fieldOf).map((e) => (e.field === "form" ? { ...e, field: "letter-body" } : e)));
    void navigate("/settings/letters", { state: { saved: template.title } });
  };
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">{template.title}</h1>
      <p className="govuk-body">
        {template.version === 0
          ? "This letter uses the platform's default wording."
          : `This letter uses version ${template.version} of your wording.`}{" "}
        Saving adds a new version; letters already written do not change.
      </p>
      <TextInput id="letter-subject" label="Subject line" value={subject} error={errorFor("letter-subject")} onChange={setSubject} />
      <Textarea
        id="letter-body"
        label="Wording"
        hint="Separate paragraphs with a blank line. Put merge fields and required wording in double curly brackets, as listed below."
        rows={18}
        value={body}
        error={errorFor("letter-body")}
        onChange={setBody}
      />
      <h2 className="govuk-heading-s">Required wording this letter must keep</h2>
      {template.requiredBlocks.length === 0 ? (
        <p className="govuk-body">None for this letter.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {template.requiredBlocks.map((b) => (
            <li key={b.tag}>
              <code>{`{{${b.tag}}}`}</code>: {b.description} ({b.source})
            </li>
          ))}
        </ul>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Merge fields you can use</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list">
            {template.mergeFields.map((f) => (
              <li key={f.tag}>
                <code>{`{{${f.tag}}}`}</code>: {f.description}
              </li>
            ))}
          </ul>
        </div>
      </details>
      <TextInput
        id="letter-case"
        label="Preview with a case (optional)"
        hint="A case reference, for example 2026-0001: its dates and reference are used, names are withheld. Leave empty for example details"
        width="10"
        value={reference}
        error={errorFor("letter-case")}
        onChange={setReference}
      />
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => void showPreview()}>
          Preview
        </Button>
        <Button type="submit" disabled={fetching}>
          Save wording
        </Button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setSubject(template.defaultSubject);
            setBody(template.defaultBody);
          }}
        >
          Start from the default wording
        </button>
      </div>
      {preview ? (
        <>
          <h2 className="govuk-heading-m">Preview</h2>
          <LetterPreview preview={preview} />
        </>
      ) : null}
    </form>
  );
}

/** A council administrator edits a letter's wording, previews it with example details and saves a new version. */
export function LetterTemplatePage() {
  const { kind } = useParams();
  const [{ data, error }] = useQuery({ query: LETTER_TEMPLATES, requestPolicy: "network-only" });
  const template = data?.letterTemplates.find((t) => t.kind === kind);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SettingsBackLink to="/settings/letters" label="Back to letters" />
        {error ? <p className="govuk-body">The letter could not be loaded.</p> : null}
        {data && !template ? <h1 className="govuk-heading-l">Letter not found</h1> : null}
        {template ? <EditForm key={template.kind + String(template.version)} template={template} /> : null}
      </div>
    </div>
  );
}
