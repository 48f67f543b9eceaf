import { useState } from "react";
import type { ChangeEvent } from "react";
import { useClient } from "urql";
import { graphql } from "../../graphql/generated";
import type { ImportJobQuery } from "../../graphql/generated/graphql";
import { Button, ErrorSummary, NotificationBanner } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { SettingsBackLink } from "./SettingsBackLink";
import { uploadExport } from "./import-upload";

const IMPORT_JOB = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      recordsTotal
      recordsRead
      casesStored
      error
      summary {
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
  }
`);

type Job = NonNullable<ImportJobQuery["importJob"]>;

type Summary = NonNullable<Job["summary"]>;

/** The gateway's limit for an uploaded export (MAX_IMPORT_UPLOAD_BYTES on POST /imports/cases). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  const [file, setFile] = useState<File | null>(null);
  const [fetching, setFetching] = useState(false);
  const client = useClient();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState("");
  const [summary, setSummary] = useState<Summary | null>(null);
  const [checked, setChecked] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setSummary(null);
    setChecked(false);
    setStatus("");
    if (!file) return setFile(null);
    if (file.size > MAX_FILE_BYTES) {
      setFile(null);
      setErrors([{ field: "import-file", message: "The selected file must be smaller than 50 MB" }]);
      return;
    }
    setErrors([]);
    setFile(file);
  };

  /** Follows the import job until it ends, showing records read and cases stored as it goes. */
  const follow = async (id: string, dryRun: boolean): Promise<Job | null> => {
    for (;;) {
      const result = await client.query(IMPORT_JOB, { id }, { requestPolicy: "network-only" }).toPromise();
      const job = result.data?.importJob;
      if (!job) return null;
      if (job.status !== "RUNNING") return job;
      const total = job.recordsTotal === null ? "" : ` of ${job.recordsTotal}`;
      setStatus(
        `${dryRun ? "Checking" : "Importing"}: ${job.recordsRead}${total} records read, ${plural(job.casesStored, "case")} ${dryRun ? "to import" : "stored"}…`,
      );
      await wait(500);
    }
  };

  const send = async (dryRun: boolean) => {
    if (!file) {
      setErrors([{ field: "import-file", message: "Select a CSV file exported from your old case system" }]);
      return;
    }
    setErrors([]);
    setSummary(null);
    setFetching(true);
    setStatus(`${dryRun ? "Checking" : "Importing"}: uploading the file…`);
    try {
      const job = await follow(await uploadExport(file, dryRun), dryRun);
      if (!job || job.status === "FAILED" || !job.summary) {
        setStatus("");
        setErrors([{ field: "import-file", message: (job?.error ?? "The import gave no answer: try again.").replace(/^(csv|file): /, "") }]);
        return;
      }
      const answer = job.summary;
      setSummary(answer);
      setChecked(dryRun);
      setStatus(dryRun ? `Checked ${plural(answer.parsed, "record")}.` : `Imported ${plural(answer.imported, "record")}.`);
    } catch (error) {
      setStatus("");
      setErrors([{ field: "import-file", message: error instanceof Error ? error.message : "The file could not be uploaded: try again." }]);
    } finally {
      setFetching(false);
    }
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
              Up to 50 MB, with the header row your council's export uses
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
