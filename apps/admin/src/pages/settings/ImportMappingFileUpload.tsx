import type { ChangeEvent } from "react";

/**
 * The mapping-file upload of Settings → Import mapping: a mapping written as JSON (the council-kit import mapping
 * schema), for what the page's questions do not ask — extensions read from a column, suspensions, investigators, the
 * Ombudsman's remedies, points' parent categories, flags from which columns are filled in. The gateway checks it
 * as it checks the page's answers and names every problem by path.
 */
export function ImportMappingFileUpload({
  error,
  onChange,
}: {
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label govuk-label--s" htmlFor="mapping-file">
        Or upload a mapping file (JSON)
      </label>
      <div id="mapping-file-hint" className="govuk-hint">
        For an export this page cannot describe: extensions and suspensions, investigators, complaints not considered, teams, the Ombudsman's
        remedies, or values worked out from which columns are filled in. These can only be set in a mapping file; uploading one saves it as the next
        version.
      </div>
      {error ? (
        <p id="mapping-file-error" className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input
        className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        id="mapping-file"
        type="file"
        accept=".json,application/json"
        aria-describedby={error ? "mapping-file-hint mapping-file-error" : "mapping-file-hint"}
        onChange={onChange}
      />
    </div>
  );
}
