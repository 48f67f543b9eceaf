import { useState } from "react";
import type { ChangeEvent, FormEvent } from "react";
import { useClient } from "urql";
import { Button, ErrorSummary, Select, Tag, Textarea } from "../../../components/govuk";
import type { FieldError, TagColour } from "../../../components/govuk";
import { PUBLISHED_FIGURES_COMPARISON, type ComparedCell, type PublishedComparisonData } from "../../../graphql/report-layout-operations";
import { financialYearOf } from "../../reports/ReportsPage";
import { SettingsBackLink } from "../SettingsBackLink";
import { settingsErrors } from "../server-errors";
import { yearLabel } from "./ReportLayoutPage";

const VERDICTS: Record<ComparedCell["verdict"], { words: string; colour: TagColour }> = {
  MATCHED: { words: "Matches", colour: "green" },
  DIFFERS: { words: "Differs", colour: "red" },
  MISSING: { words: "Not in the report", colour: "orange" },
  EXCEPTED: { words: "Listed exception", colour: "grey" },
};

function ComparisonTable({ comparison }: { comparison: PublishedComparisonData["publishedFiguresComparison"] }) {
  const all = comparison.cells.length;
  return (
    <>
      <h2 className="govuk-heading-m" data-testid="comparison-summary">
        {comparison.matched} of {all} figures match
        {comparison.differs > 0 ? `, ${comparison.differs} differ` : ""}
        {comparison.missing > 0 ? `, ${comparison.missing} not in the report` : ""}
      </h2>
      <div className="app-table-scroll" role="region" aria-label="Published and computed figures" tabIndex={0}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Published and computed figures for {yearLabel(comparison.financialYear)}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {["Table", "Row", "Column", "Published", "Computed", "Result"].map((h) => (
                <th key={h} scope="col" className="govuk-table__header">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {comparison.cells.map((c, i) => (
              <tr className="govuk-table__row" key={`${c.table}-${c.row}-${c.column}-${i}`}>
                <td className="govuk-table__cell">{c.table}</td>
                <td className="govuk-table__cell">{c.row}</td>
                <td className="govuk-table__cell">{c.column}</td>
                <td className="govuk-table__cell">{c.published}</td>
                <td className="govuk-table__cell">{c.computed ?? "—"}</td>
                <td className="govuk-table__cell">
                  <Tag colour={VERDICTS[c.verdict].colour}>{VERDICTS[c.verdict].words}</Tag>
                  {c.verdict === "EXCEPTED" && c.detail ? <span className="govuk-body-s"> {c.detail}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Council administrators: upload the figures the council published and compare each with the one computed from its records. */
export function PublishedFiguresPage() {
  const client = useClient();
  const current = financialYearOf(new Date().toISOString().slice(0, 10));
  const [year, setYear] = useState(String(current - 1));
  const [figures, setFigures] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [fetching, setFetching] = useState(false);
  const [comparison, setComparison] = useState<PublishedComparisonData["publishedFiguresComparison"] | null>(null);
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setFigures(await file.text());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setComparison(null);
    if (!figures.trim()) {
      setErrors([{ field: "published-figures", message: "Enter the published figures, or choose a file" }]);
      return;
    }
    setFetching(true);
    const result = await client
      .query<PublishedComparisonData>(PUBLISHED_FIGURES_COMPARISON, { financialYear: Number(year), figures }, { requestPolicy: "network-only" })
      .toPromise();
    setFetching(false);
    setErrors(result.error ? settingsErrors(result.error, (path) => (path[0] === "figures" ? "published-figures" : null)) : []);
    setComparison(result.data?.publishedFiguresComparison ?? null);
  };
  return (
    <>
      <SettingsBackLink to="/settings/report-layout" label="Back to report layout" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Compare with published figures</h1>
        <p className="govuk-body">
          Give the figures your council published for a year, each with the table, row and column of the layout it belongs in. Each is compared with
          the figure computed from your records in the layout in force. Nothing is saved.
        </p>
        <Select
          id="published-year"
          label="Financial year"
          value={year}
          onChange={setYear}
          options={Array.from({ length: 8 }, (_, i) => current - i).map((y) => ({ value: String(y), label: yearLabel(y) }))}
        />
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="published-upload">
            Upload a file of published figures (CSV or JSON)
          </label>
          <input
            className="govuk-file-upload"
            id="published-upload"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => void upload(e)}
          />
        </div>
        <Textarea
          id="published-figures"
          label="Published figures"
          hint="CSV with the columns table, row, column and value (the table's id, the row and column labels as the report prints them), or JSON"
          rows={10}
          value={figures}
          error={errors.find((e) => e.field === "published-figures")?.message}
          onChange={setFigures}
        />
        <Button type="submit" disabled={fetching}>
          Compare
        </Button>
      </form>
      {fetching ? <p className="govuk-body">Computing the report from your records…</p> : null}
      {comparison ? <ComparisonTable comparison={comparison} /> : null}
    </>
  );
}
