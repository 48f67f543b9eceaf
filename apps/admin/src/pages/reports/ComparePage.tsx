import { useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { BarChart } from "../../components/chart/BarChart";
import { Select } from "../../components/govuk";
import { humanise } from "../../format";
import { Basis, ComparisonMetric, Stage } from "../../graphql/generated/graphql";
import { COMPARE, COMPARE_CSV, COMPARE_XLSX, type ComparisonData } from "../../graphql/report-operations";
import { type ComparedColumn, ComparisonTable, figureOf } from "./ComparisonTable";
import { CouncilPicker } from "./CouncilPicker";
import { ExportButtons, type ExportFormat } from "./ExportButtons";
import { figureText } from "./figure-text";
import { financialYearOf } from "./ReportsPage";

const yearLabel = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, "0")}`;

/** A timeliness measure's words from the figure in its name (the gateway's, from the rules engine), e.g. STAGE_1_WITHIN_10. */
const withinLabel = (metric: string) => {
  const [, stage, days] = /^STAGE_(\d)_WITHIN_(\d+)$/.exec(metric) ?? [];
  return `Stage ${stage} responses within ${days} working days (%)`;
};

const STAGES = [Stage.Stage_1, Stage.Stage_2, Stage.Stage_3] as const;
const stageNumber = (stage: Stage) => STAGES.indexOf(stage as (typeof STAGES)[number]) + 1;

/** The measures that rest on the chosen stage (the gateway's `stage` argument); Stage 1's own limits only for Stage 1. */
function stageColumns(stage: Stage): ComparedColumn[] {
  const n = stageNumber(stage);
  return [
    { metric: ComparisonMetric.WithinTimescale, label: `Stage ${n} responses within timescale (%)` },
    ...(stage === Stage.Stage_1
      ? [ComparisonMetric.Stage_1Within_10, ComparisonMetric.Stage_1Within_20].map((metric) => ({ metric, label: withinLabel(metric) }))
      : []),
    { metric: ComparisonMetric.UpheldShare, label: `Stage ${n} responses upheld or partly upheld (%)` },
    ...(n < 3 ? [{ metric: ComparisonMetric.EscalationRate, label: `Escalated to Stage ${n + 1} (%)` }] : []),
  ];
}

/** Measures of the complaints received, whatever the basis and stage. */
const VOLUME_COLUMNS: readonly ComparedColumn[] = [
  { metric: ComparisonMetric.ComplaintsPer_1000Contacts, label: "Complaints per 1,000 contacts" },
  { metric: ComparisonMetric.ComplaintsPer_10000Children, label: "Complaints per 10,000 children aged 0–17" },
  { metric: ComparisonMetric.ChildrenComplaintsShare, label: "Complaints made by children or young people (%)" },
  { metric: ComparisonMetric.AdvocacyOfferedShare, label: "Advocate offered (%)" },
  { metric: ComparisonMetric.LgscoReferrals, label: "Referrals to the Ombudsman (LGSCO)" },
  { metric: ComparisonMetric.LgscoUpheldShare, label: "Upheld by the Ombudsman (% of its investigations)" },
];

const BASES = [
  { value: Basis.Received, label: "Complaints received in the year" },
  { value: Basis.Completed, label: "Responses sent in the year" },
];

export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const current = financialYearOf(new Date().toISOString().slice(0, 10));
  const year = Number(params.get("year") ?? current - 1);
  const basis = BASES.find((b) => b.value === params.get("basis"))?.value ?? Basis.Received;
  const stage = STAGES.find((s) => s === params.get("stage")) ?? Stage.Stage_1;
  const columns = [...stageColumns(stage), ...VOLUME_COLUMNS];
  const chosen = columns.find((m) => m.metric === params.get("metric")) ?? columns[0]!;
  // The councils chosen (none: every council); the page shows them and the files hold them.
  const picked = (params.get("councils") ?? "").split(",").filter(Boolean);
  const choose = (change: Record<string, string>) =>
    setParams(new URLSearchParams({ year: String(year), basis, stage, metric: chosen.metric, councils: picked.join(","), ...change }));
  const variables = {
    financialYear: year,
    basis,
    stage,
    metrics: [...columns.map((m) => m.metric as ComparisonMetric), ComparisonMetric.ReasonThemes],
  };
  const [{ data, error, fetching }] = useQuery({ query: COMPARE, variables });
  const client = useClient();
  const loadExport = async (format: ExportFormat) => {
    const result = await client
      .query<{ compareCouncils: Partial<Record<ExportFormat, string>> | null }>(
        format === "csv" ? COMPARE_CSV : COMPARE_XLSX,
        { ...variables, ...(picked.length > 0 ? { councils: picked } : {}) },
        {
          requestPolicy: "network-only",
        },
      )
      .toPromise();
    return result.data?.compareCouncils?.[format] ?? null;
  };
  const years = Array.from({ length: 12 }, (_, i) => current - i);
  // While new choices are compared the last answer is not shown under their captions.
  const comparison = fetching ? undefined : data?.compareCouncils;
  const everyCouncil = comparison?.councils ?? [];
  const councils = picked.length > 0 ? everyCouncil.filter((c) => picked.includes(c.councilId)) : everyCouncil;
  const bars = councils.map((c) => ({ label: c.name, value: figureOf(c, chosen.metric)?.value ?? Number.NaN }));
  const fileName = `compare-councils-${year}${basis === Basis.Received && stage === Stage.Stage_1 ? "" : `-${basis.toLowerCase()}-stage${stageNumber(stage)}`}`;

  return (
    <>
      <h1 className="govuk-heading-l">Compare councils</h1>
      <p className="govuk-body">
        Canonical measures computed the same way for every council. Responses are counted by the complaints received in the year, as councils publish
        them, unless you choose the responses sent in the year. Counts from 1 to 4, and percentages resting on them, are withheld so that no child can
        be identified.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="year"
            label="Financial year"
            value={String(year)}
            onChange={(v) => choose({ year: v })}
            options={years.map((y) => ({ value: String(y), label: yearLabel(y) }))}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Select id="basis" label="Count responses by" value={basis} onChange={(v) => choose({ basis: v })} options={BASES} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="stage"
            label="Stage"
            value={stage}
            onChange={(v) => choose({ stage: v })}
            options={STAGES.map((s) => ({ value: s, label: `Stage ${stageNumber(s)}` }))}
          />
        </div>
      </div>
      {error ? <p className="govuk-body">The comparison could not be made: {error.graphQLErrors[0]?.message ?? "try again"}.</p> : null}
      {fetching ? <p className="govuk-body">Comparing…</p> : null}
      {comparison ? (
        <>
          <CouncilPicker key={picked.join(",")} councils={everyCouncil} chosen={picked} onChoose={(ids) => choose({ councils: ids.join(",") })} />
          <ComparisonTable caption={`Timeliness and outcomes, Stage ${stageNumber(stage)}`} columns={stageColumns(stage)} councils={councils} />
          <ComparisonTable caption="Volumes, who complained and the Ombudsman" columns={VOLUME_COLUMNS} councils={councils} />
          <p className="govuk-body-s">The volumes count the complaints received in the year, whichever way responses are counted.</p>
          <ExportButtons name={fileName} load={loadExport} />
          <h2 className="govuk-heading-m">Chart</h2>
          <Select
            id="metric"
            label="Measure to chart"
            value={chosen.metric}
            onChange={(v) => choose({ metric: v })}
            options={columns.map((m) => ({ value: m.metric, label: m.label }))}
          />
          {bars.some((b) => Number.isFinite(b.value)) ? (
            <BarChart title={`${chosen.label}, ${yearLabel(year)}`} bars={bars} />
          ) : (
            <p className="govuk-body">No council has a figure for this measure in {yearLabel(year)}.</p>
          )}
          <ReasonThemes councils={councils} />
        </>
      ) : null}
    </>
  );
}

/** Each council's reasons for complaint by canonical theme (a complaint may give several); a council with none says why (no records, or none recorded). */
function ReasonThemes({ councils }: { councils: ComparisonData["councils"] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Reason themes</h2>
      <div className="app-table-scroll" role="region" aria-label="Reasons for complaint by theme, scrolls sideways" tabIndex={0}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Reasons for complaint by theme (number of reasons)</caption>
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
            {councils.map((c) => {
              const themes = c.figures.filter((f) => f.metric === ComparisonMetric.ReasonThemes && f.key);
              const noRecords = c.figures.some((f) => f.missing === "NO_RECORDS");
              return (
                <tr className="govuk-table__row" key={c.councilId}>
                  <th scope="row" className="govuk-table__header">
                    {c.name}
                  </th>
                  <td className="govuk-table__cell">
                    {themes.map((f) => `${humanise(f.key)}: ${figureText(f)}`).join("; ") ||
                      (noRecords ? humanise("no_records") : "No reasons recorded")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
