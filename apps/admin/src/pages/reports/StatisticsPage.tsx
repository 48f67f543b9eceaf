import { useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { formatDate, humanise } from "../../format";
import { enumMember } from "../../graphql/enum-member";
import { Metric, Stage } from "../../graphql/generated/graphql";
import { STATISTICS, STATISTICS_CATALOGUE, STATISTICS_CSV, STATISTICS_XLSX, type StatisticsCoverage } from "../../graphql/statistics-operations";
import { ExportButtons, type ExportFormat } from "./ExportButtons";
import { figureText } from "./figure-text";
import { financialYearOf } from "./ReportsPage";
import { filterableDimensions, StatisticsChoices, yearLabel } from "./StatisticsChoices";

/**
 * What the council's records cover (the gateway's coverage): outside it a figure that counted nothing is "No
 * records", not 0, and the page says so and offers the last year on record.
 */
function Coverage({
  coverage,
  year,
  noRecords,
  onYear,
}: {
  coverage: StatisticsCoverage | null;
  year: number;
  noRecords: boolean;
  onYear: (year: number) => void;
}) {
  if (!coverage) return <p className="govuk-body">Your council has no cases on record yet, so there are no figures to show.</p>;
  const span = `${formatDate(coverage.firstReceivedOn)} to ${formatDate(coverage.lastReceivedOn)} (${yearLabel(coverage.firstFinancialYear)} to ${yearLabel(coverage.lastFinancialYear)})`;
  if (!noRecords) return <p className="govuk-body">Your council&apos;s cases on record were received from {span}.</p>;
  const nearest = year > coverage.lastFinancialYear ? coverage.lastFinancialYear : coverage.firstFinancialYear;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        There are no records for {yearLabel(year)}: your council&apos;s cases on record were received from {span}. A figure shown as &ldquo;No
        records&rdquo; is not a count of 0.
      </p>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onYear(nearest)}>
        Show {yearLabel(nearest)}
      </button>
    </div>
  );
}

/** Any measure of the rules' catalogue over the council's cases, grouped by one dimension, and its CSV and XLSX. */
export function StatisticsPage() {
  const [params, setParams] = useSearchParams();
  const current = financialYearOf(new Date().toISOString().slice(0, 10));
  const year = Number(params.get("year") ?? current - 1);
  const metric = params.get("metric") ?? Metric.CasesReceived;
  const groupBy = params.get("groupBy") ?? "";
  const stage = enumMember(Stage, params.get("stage") ?? "") ?? null;
  const [{ data: catalogue }] = useQuery({ query: STATISTICS_CATALOGUE });
  const chosen = catalogue?.metrics.find((m) => m.name === metric);
  // A basis only where the metric has more than one (a snapshot has none); the metric's first is its default.
  const bases = chosen && chosen.bases.length > 1 ? chosen.bases : [];
  const basis = bases.find((b) => b === params.get("basis")) ?? null;
  // One dimension's value to keep: the first of its closed list until one is chosen.
  const filterDimension = filterableDimensions(catalogue ?? null).find((d) => d.name === params.get("filterBy"));
  const filterBy = filterDimension?.name ?? "";
  const filterValue = filterDimension?.values?.find((v) => v === params.get("filterValue")) ?? filterDimension?.values?.[0] ?? "";
  const change = (key: string, value: string) =>
    setParams(
      new URLSearchParams({
        year: String(year),
        metric,
        groupBy,
        stage: stage ?? "",
        basis: basis ?? "",
        filterBy,
        filterValue: key === "filterBy" ? "" : filterValue,
        [key]: value,
      }),
    );
  const variables = {
    metric: enumMember(Metric, metric) ?? Metric.CasesReceived,
    financialYear: year,
    ...(groupBy ? { groupBy: [groupBy] } : {}),
    ...(stage ? { stage } : {}),
    ...(basis ? { basis } : {}),
    ...(filterBy && filterValue ? { filter: [{ dimension: filterBy, values: [filterValue] }] } : {}),
  };
  const [{ data, error, fetching }] = useQuery({ query: STATISTICS, variables });
  // Files are named by the metric's code, as their metric column names it (statistics-cases_received-2020.csv).
  const fileCode = catalogue?.metrics.find((m) => m.name === variables.metric)?.code ?? variables.metric;
  const client = useClient();
  const loadExport = async (format: ExportFormat) => {
    const result = await client
      .query<{ statistics: Partial<Record<ExportFormat, string>> | null }>(format === "csv" ? STATISTICS_CSV : STATISTICS_XLSX, variables, {
        requestPolicy: "network-only",
      })
      .toPromise();
    return result.data?.statistics?.[format] ?? null;
  };
  const years = Array.from({ length: 12 }, (_, i) => current - i);
  // While new choices are counted the last answer is not shown under their caption.
  const result = fetching ? undefined : data?.statistics;
  return (
    <>
      <h1 className="govuk-heading-l">Statistics</h1>
      <p className="govuk-body">
        Any measure of your council&apos;s cases, grouped by one dimension and, if you choose, only where another has one value. Counts from 1 to 4
        are withheld for roles that may not read the cases.
      </p>
      <StatisticsChoices
        catalogue={catalogue ?? null}
        choice={{ year, metric, groupBy, stage, basis, filterBy, filterValue }}
        bases={bases}
        years={years}
        onChange={change}
      />
      {chosen ? (
        <p className="govuk-body">
          <strong>{humanise(chosen.name)}</strong>: {chosen.description}.
        </p>
      ) : null}
      {error ? <p className="govuk-body">The figures could not be made: {error.graphQLErrors[0]?.message ?? "try again"}.</p> : null}
      {fetching ? <p className="govuk-body">Counting…</p> : null}
      {result ? (
        <>
          <Coverage
            coverage={result.coverage ?? null}
            year={year}
            noRecords={result.missing === "NO_RECORDS"}
            onYear={(y) => change("year", String(y))}
          />
          <div className="app-table-scroll" role="region" aria-label="Statistics, scrolls sideways" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">
                {[
                  humanise(metric),
                  stage ? humanise(stage) : null,
                  filterBy ? `${humanise(filterBy)}: ${humanise(filterValue)}` : null,
                  basis ? `by ${basis.toLowerCase()} date` : null,
                  yearLabel(year),
                ]
                  .filter(Boolean)
                  .join(", ")}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    {groupBy ? humanise(groupBy) : "All cases"}
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Figure
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Base
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Total
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{figureText(result)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{result.base ?? "Withheld"}</td>
                </tr>
                {result.groups.map((g) => (
                  <tr className="govuk-table__row" key={g.key.join("|")}>
                    <th scope="row" className="govuk-table__header">
                      {g.key.map((k, i) => g.labels[i] ?? humanise(k)).join(", ")}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{figureText(g)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{g.base ?? "Withheld"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ExportButtons
            name={`statistics-${fileCode}-${year}${stage ? `-${stage.toLowerCase().replace("_", "")}` : ""}${basis ? `-${basis.toLowerCase()}` : ""}${filterBy ? `-${filterBy}-${filterValue}` : ""}${groupBy ? `-by-${groupBy}` : ""}`}
            load={loadExport}
          />
        </>
      ) : null}
    </>
  );
}
