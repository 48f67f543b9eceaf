import { useState } from "react";
import type { ChangeEvent } from "react";
import { useMutation } from "urql";
import { Button, ErrorSummary, NotificationBanner } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";

const IMPORT_CASE_EXPORT = /* GraphQL */ `
  mutation ImportCaseExport($csv: String!, $dryRun: Boolean) {
    importCaseExport(csv: $csv, dryRun: $dryRun) {
      dryRun
      parsed
      imported
      duplicates
      refused {
        externalId
        row
        reason
      }
    }
  }
`;

interface Summary {
  dryRun: boolean;
  parsed: number;
  imported: number;
  duplicates: number;
  refused: Array<{ externalId: string | null; row: number; reason: string }>;
}

/** The gateway's body limit for an import (LIMITS.maxImportBodyBytes, 2 MB) less room for the query and JSON escaping. */
const MAX_FILE_BYTES = 1800 * 1024;

/** Records in a CSV export: its non-empty lines less the header (a quoted line break would count twice; only for the progress text). */
export function recordCount(csv: string): number {
  return Math.max(0, csv.split(/\r?\n/).filter((line) => line.trim().length > 0).length - 1);
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

function SummaryView({ summary }: { summary: Summary }) {
  const rows: Array<[string, string]> = [
    ["Records in the file", String(summary.parsed)],
    [summary.dryRun ? "Would be imported" : "Imported", String(summary.imported)],
    ["Already cases (left as they are)", String(summary.duplicates)],
    ["Refused", String(summary.refused.length)],
  ];
  return (
    <>
      <h2 className="govuk-heading-m">{summary.dryRun ? "Check of the file" : "Import finished"}</h2>
      <dl className="govuk-summary-list" data-testid="import-summary">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {summary.refused.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Refused records</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Row
              </th>
              <th scope="col" className="govuk-table__header">
                Reference
              </th>
              <th scope="col" className="govuk-table__header">
                Reason
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {summary.refused.map((r) => (
              <tr className="govuk-table__row" key={r.row}>
                <th scope="row" className="govuk-table__header">
                  {r.row}
                </th>
                <td className="govuk-table__cell">{r.externalId ?? "None"}</td>
                <td className="govuk-table__cell">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** A council administrator imports the export of the council's old case system: check the file, then import it. */
export function ImportPage() {
  const [csv, setCsv] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState("");
  const [summary, setSummary] = useState<Summary | null>(null);
  const [checked, setChecked] = useState(false);
  const [{ fetching }, run] = useMutation(IMPORT_CASE_EXPORT);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setSummary(null);
    setChecked(false);
    setStatus("");
    if (!file) return setCsv(null);
    if (file.size > MAX_FILE_BYTES) {
      setCsv(null);
      setErrors([{ field: "import-file", message: "The selected file must be smaller than 1.8 MB" }]);
      return;
    }
    setErrors([]);
    setCsv(await file.text());
  };

  const send = async (dryRun: boolean) => {
    if (!csv) {
      setErrors([{ field: "import-file", message: "Select a CSV file exported from your old case system" }]);
      return;
    }
    setErrors([]);
    setSummary(null);
    const count = recordCount(csv);
    setStatus(`${dryRun ? "Checking" : "Importing"} ${plural(count, "record")}…`);
    const result = await run({ csv, dryRun });
    if (result.error || !result.data) {
      setStatus("");
      setErrors(
        result.error ? settingsErrors(result.error, () => "import-file") : [{ field: "form", message: "The import gave no answer: try again." }],
      );
      return;
    }
    const answer = result.data.importCaseExport;
    setSummary(answer);
    setChecked(dryRun);
    setStatus(dryRun ? `Checked ${plural(answer.parsed, "record")}.` : `Imported ${plural(answer.imported, "record")}.`);
  };

  const fileError = errors.find((e) => e.field === "import-file")?.message;
  return (
    <>
      <SettingsBackLink />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {summary && !summary.dryRun ? (
            <NotificationBanner title="Success" success>
              <p className="govuk-notification-banner__heading">{plural(summary.imported, "case")} imported.</p>
            </NotificationBanner>
          ) : null}
          <h1 className="govuk-heading-l">Import cases from your old system</h1>
          <p className="govuk-body">
            Upload the CSV export of your old case system. Check the file first: nothing is stored until you import it. Records whose reference is
            already a case are left as they are.
          </p>
          <div className={`govuk-form-group${fileError ? " govuk-form-group--error" : ""}`}>
            <label className="govuk-label govuk-label--s" htmlFor="import-file">
              Export file (CSV)
            </label>
            <div id="import-file-hint" className="govuk-hint">
              Up to 1.8 MB, with the header row your council's export uses
            </div>
            {fileError ? (
              <p id="import-file-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {fileError}
              </p>
            ) : null}
            <input
              className={`govuk-file-upload${fileError ? " govuk-file-upload--error" : ""}`}
              id="import-file"
              name="import-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={`import-file-hint${fileError ? " import-file-error" : ""}`}
              onChange={(e) => void choose(e)}
            />
          </div>
          <div className="govuk-button-group">
            <Button variant="secondary" disabled={fetching} onClick={() => void send(true)}>
              Check the file
            </Button>
            <Button disabled={fetching || !checked} onClick={() => void send(false)}>
              Import
            </Button>
          </div>
          <p className="govuk-body" role="status" aria-live="polite" data-testid="import-status">
            {status}
          </p>
          {summary ? <SummaryView summary={summary} /> : null}
        </div>
      </div>
    </>
  );
}
