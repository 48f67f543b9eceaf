import { useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { BarChart } from "../../components/chart/BarChart";
import { Select } from "../../components/govuk";
import { humanise } from "../../format";
import { ComparisonMetric } from "../../graphql/generated/graphql";
import { COMPARE, COMPARE_CSV, COMPARE_XLSX, type ComparisonData } from "../../graphql/report-operations";
import { ExportButtons, type ExportFormat } from "./ExportButtons";
import { financialYearOf } from "./ReportsPage";

/** A timeliness measure's words from the figure in its name (the gateway's, from the rules engine), e.g. stage1_within_10. */
const withinLabel = (metric: string) => {
  const [, stage, days] = /^STAGE_(\d)_WITHIN_(\d+)$/.exec(metric) ?? [];
  return `Stage ${stage} responses within ${days} working days (%)`;
};

const METRICS = [
  { metric: ComparisonMetric.Stage_1Within_10, label: withinLabel(ComparisonMetric.Stage_1Within_10) },
  { metric: ComparisonMetric.Stage_1Within_20, label: withinLabel(ComparisonMetric.Stage_1Within_20) },
  { metric: ComparisonMetric.UpheldShare, label: "Upheld or partly upheld (%)" },
  { metric: ComparisonMetric.EscalationRate, label: "Escalated to Stage 2 (%)" },
  { metric: ComparisonMetric.ComplaintsPer_1000Contacts, label: "Complaints per 1,000 contacts" },
  { metric: ComparisonMetric.ComplaintsPer_10000Children, label: "Complaints per 10,000 children aged 0–17" },
] as const;

/** A figure, or why it has none (the gateway's missing reason: no records, nothing to measure, …). */
function show(value: number | null, suppressed: boolean, missing?: string | null): string {
  if (suppressed) return "Suppressed (small count)";
  if (value === null) return missing ? humanise(missing) : "No data";
  return (Math.round(value * 10) / 10).toLocaleString("en-GB");
}

export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const current = financialYearOf(new Date().toISOString().slice(0, 10));
  const year = Number(params.get("year") ?? current - 1);
  const metric = params.get("metric") ?? ComparisonMetric.Stage_1Within_10;
  const variables = { financialYear: year, metrics: [...METRICS.map((m) => m.metric), ComparisonMetric.ReasonThemes] };
  const [{ data, error, fetching }] = useQuery({ query: COMPARE, variables });
  const client = useClient();
  const loadExport = async (format: ExportFormat) => {
    const result = await client
      .query<{ compareCouncils: Partial<Record<ExportFormat, string>> | null }>(format === "csv" ? COMPARE_CSV : COMPARE_XLSX, variables, {
        requestPolicy: "network-only",
      })
      .toPromise();
    return result.data?.compareCouncils?.[format] ?? null;
  };
  const years = Array.from({ length: 12 }, (_, i) => current - i);
  const chosen = METRICS.find((m) => m.metric === metric) ?? METRICS[0];
  const councils = data?.compareCouncils?.councils ?? [];
  const valueOf = (c: ComparisonData["councils"][number], m: string) => c.figures.find((f) => f.metric === m && !f.key);

  return (
    <>
      <h1 className="govuk-heading-l">Compare councils</h1>
      <p className="govuk-body">
        Canonical measures computed the same way for every council. Counts from 1 to 4, and percentages resting on them, are suppressed so that no
        child can be identified.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="year"
            label="Financial year"
            value={String(year)}
            onChange={(v) => setParams(new URLSearchParams({ year: v, metric }))}
            options={years.map((y) => ({ value: String(y), label: `${y}/${String((y + 1) % 100).padStart(2, "0")}` }))}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <Select
            id="metric"
            label="Measure to chart"
            value={metric}
            onChange={(v) => setParams(new URLSearchParams({ year: String(year), metric: v }))}
            options={METRICS.map((m) => ({ value: m.metric, label: m.label }))}
          />
        </div>
      </div>
      {error ? <p className="govuk-body">The comparison could not be made: {error.graphQLErrors[0]?.message ?? "try again"}.</p> : null}
      {fetching && !data ? <p className="govuk-body">Comparing…</p> : null}
      {data?.compareCouncils ? (
        <>
          {/* Scroll regions of their own, so the page never scrolls sideways at 320 px (WCAG 1.4.10 reflow). */}
          <div className="app-table-scroll" role="region" aria-label="Councils side by side, scrolls sideways" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Councils side by side</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Council
                  </th>
                  {METRICS.map((m) => (
                    <th scope="col" key={m.metric} className="govuk-table__header govuk-table__header--numeric">
                      {m.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {councils.map((c) => (
                  <tr className="govuk-table__row" key={c.councilId}>
                    <th scope="row" className="govuk-table__header">
                      {c.name}
                    </th>
                    {METRICS.map((m) => {
                      const f = valueOf(c, m.metric);
                      return (
                        <td key={m.metric} className="govuk-table__cell govuk-table__cell--numeric">
                          {f ? show(f.value, f.suppressed, f.missing) : "No data"}
                          {f?.source ? (
                            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">Supplied: {f.source}</span>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ExportButtons name={`compare-councils-${year}`} load={loadExport} />
          <BarChart
            title={`${chosen.label}, ${year}/${String((year + 1) % 100).padStart(2, "0")}`}
            bars={councils.map((c) => ({ label: c.name, value: valueOf(c, chosen.metric)?.value ?? Number.NaN }))}
          />
          <h2 className="govuk-heading-m">Reason themes</h2>
          <div className="app-table-scroll" role="region" aria-label="Share of reasons by theme, scrolls sideways" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">Share of reasons by theme (%)</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Council
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Themes
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {councils.map((c) => (
                  <tr className="govuk-table__row" key={c.councilId}>
                    <th scope="row" className="govuk-table__header">
                      {c.name}
                    </th>
                    <td className="govuk-table__cell">
                      {c.figures
                        .filter((f) => f.metric === "REASON_THEMES" && f.key)
                        .map((f) => `${humanise(f.key)}: ${show(f.value, f.suppressed, f.missing)}`)
                        .join("; ") || "No data"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
