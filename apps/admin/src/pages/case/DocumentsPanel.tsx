import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { Button, ErrorSummary } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { downloadDocument, formatSize, uploadDocument } from "./documents";
import type { CaseNotesQuery } from "../../graphql/generated/graphql";

type CaseDocumentView = NonNullable<CaseNotesQuery["case"]>["documents"][number];

const MAX_BYTES = 20 * 1024 * 1024;

/** Documents on the case: download each; attach a PDF, Word, Excel, image or email file (GOV.UK file upload). */
export function DocumentsPanel({
  caseId,
  documents,
  onChanged,
}: {
  caseId: string;
  documents: CaseDocumentView[];
  onChanged: (done: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setErrors([{ field: "document-file", message: "Select a document to attach" }]);
    if (file.size > MAX_BYTES) return setErrors([{ field: "document-file", message: "The document must be 20 MB or smaller" }]);
    setBusy(true);
    try {
      const saved = await uploadDocument(caseId, file);
      setErrors([]);
      if (input.current) input.current.value = "";
      onChanged(`${saved.fileName} attached`);
    } catch (error) {
      setErrors([{ field: "document-file", message: error instanceof Error ? error.message : "The document could not be attached" }]);
    } finally {
      setBusy(false);
    }
  };
  const error = errors[0]?.message;
  return (
    <section aria-labelledby="documents-heading">
      <h2 className="govuk-heading-m" id="documents-heading">
        Documents
      </h2>
      {documents.length === 0 ? (
        <p className="govuk-body">No documents attached.</p>
      ) : (
        <ul className="govuk-list">
          {documents.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className="app-link-button"
                onClick={() =>
                  void downloadDocument(d.id, d.fileName).catch((e: unknown) =>
                    setErrors([{ field: "document-file", message: e instanceof Error ? e.message : "Download failed" }]),
                  )
                }
              >
                Download {d.fileName}
              </button>{" "}
              <span className="govuk-body-s">({formatSize(d.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-label="Attach a document">
        <ErrorSummary errors={errors} />
        <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
          <label className="govuk-label" htmlFor="document-file">
            Attach a document
          </label>
          <div id="document-file-hint" className="govuk-hint">
            PDF, Word, Excel, an image or an email (.eml, .msg), up to 20 MB
          </div>
          {error ? (
            <p id="document-file-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <input
            ref={input}
            className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
            id="document-file"
            name="document-file"
            type="file"
            accept=".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.heic,.eml,.msg"
            aria-describedby={`document-file-hint${error ? " document-file-error" : ""}`}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={busy}>
          Attach document
        </Button>
      </form>
    </section>
  );
}
