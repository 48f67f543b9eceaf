import { useState } from "react";
import { Link, useLocation } from "react-router";
import { useQuery } from "urql";
import { Select, SummaryList } from "../../../components/govuk";
import { SuccessBanner } from "../../../components/govuk/SuccessBanner";
import { REPORT } from "../../../graphql/report-operations";
import { REPORT_LAYOUT, type ReportLayoutData } from "../../../graphql/report-layout-operations";
import { financialYearOf } from "../../reports/ReportsPage";
import { ReportTableView } from "../../reports/ReportTableView";
import { SettingsBackLink } from "../SettingsBackLink";

const SOURCE_WORDS: Record<ReportLayoutData["reportLayout"]["source"], string> = {
  STORED: "Saved by your council",
  PACKAGED: "Your council's packaged layout (not changed in the app yet)",
  STANDARD: "The platform's standard layout (your council has not saved one yet)",
};

export const yearLabel = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, "0")}`;

/** The report on the council's records in the layout in force, for a year the administrator chooses. */
function Preview() {
  const current = financialYearOf(new Date().toISOString().slice(0, 10));
  const [year, setYear] = useState(String(current - 1));
  const [{ data, fetching, error }] = useQuery({
    query: REPORT,
    variables: { financialYear: Number(year) },
    requestPolicy: "network-only",
  });
  return (
    <>
      <h2 className="govuk-heading-m">Preview the report</h2>
      <Select
        id="preview-year"
        label="Financial year"
        value={year}
        onChange={setYear}
        options={Array.from({ length: 8 }, (_, i) => current - i).map((y) => ({ value: String(y), label: yearLabel(y) }))}
      />
      {fetching ? <p className="govuk-body">Computing the report from your records…</p> : null}
      {error ? <p className="govuk-body">The report could not be computed.</p> : null}
      {(data?.report?.sections ?? []).map((section) => (
        <section key={section.id} aria-labelledby={`preview-${section.id}`}>
          <h3 className="govuk-heading-s" id={`preview-${section.id}`}>
            {section.title}
          </h3>
          {section.tables.map((t) => (
            <ReportTableView key={t.id} table={t} />
          ))}
        </section>
      ))}
    </>
  );
}

/** Council administrators: the report layout in force, its versions, and the ways to change and check it. */
export function ReportLayoutPage() {
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const [{ data, error }] = useQuery({ query: REPORT_LAYOUT, requestPolicy: "network-only" });
  const layout = data?.reportLayout;
  return (
    <>
      <SettingsBackLink />
      {saved ? <SuccessBanner id="layout-saved">{saved}</SuccessBanner> : null}
      <h1 className="govuk-heading-l">Report layout</h1>
      <p className="govuk-body">
        The layout chooses and labels the figures of your annual report: its sections, tables and the measures in each cell. Every figure is computed
        from your case records.
      </p>
      {error ? <p className="govuk-body">The layout could not be loaded.</p> : null}
      {layout ? (
        <SummaryList
          rows={[
            { key: "Layout in force", value: SOURCE_WORDS[layout.source] },
            { key: "Version", value: layout.version === null ? "None saved" : `Version ${layout.version}` },
          ]}
        />
      ) : null}
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/settings/report-layout/add-table">
            Add a table
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/settings/report-layout/file">
            Upload or edit the layout file
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/settings/report-layout/published">
            Compare with published figures
          </Link>
        </li>
      </ul>
      {layout && layout.versions.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Saved versions</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Version
              </th>
              <th scope="col" className="govuk-table__header">
                Saved by
              </th>
              <th scope="col" className="govuk-table__header">
                Saved
              </th>
              <th scope="col" className="govuk-table__header">
                What changed
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {layout.versions.map((v) => (
              <tr className="govuk-table__row" key={v.version}>
                <td className="govuk-table__cell">{v.version}</td>
                <td className="govuk-table__cell">{v.savedByName}</td>
                <td className="govuk-table__cell">{new Date(v.savedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="govuk-table__cell">{v.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Preview />
    </>
  );
}
