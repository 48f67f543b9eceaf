import { Select } from "../../components/govuk";
import { humanise } from "../../format";
import { Basis, Stage, type StatisticsCatalogueQuery } from "../../graphql/generated/graphql";

const STAGES = [Stage.Stage_1, Stage.Stage_2, Stage.Stage_3] as const;
const BASIS_LABELS: Record<Basis, string> = {
  [Basis.Received]: "Received or started in the year",
  [Basis.Completed]: "Completed in the year (responded to, closed or decided)",
};

export const yearLabel = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, "0")}`;

/** What the analyst has chosen (kept in the page's URL). */
interface StatisticsChoice {
  year: number;
  metric: string;
  groupBy: string;
  stage: Stage | null;
  basis: Basis | null;
  /** A canonical dimension to keep one value of ("" for every case), and that value. */
  filterBy: string;
  filterValue: string;
}

/** The dimensions a filter offers: those with a closed list of values (the catalogue's canonical ones). */
export const filterableDimensions = (catalogue: StatisticsCatalogueQuery | null) =>
  (catalogue?.dimensions ?? []).filter((d) => (d.values?.length ?? 0) > 0);

/**
 * The Statistics page's choices: year, measure, grouping; stage and, where the measure has more than one, basis;
 * and one dimension's value to keep (the gateway's filter), from the catalogue's closed lists of values.
 */
export function StatisticsChoices({
  catalogue,
  choice,
  bases,
  years,
  onChange,
}: {
  catalogue: StatisticsCatalogueQuery | null;
  choice: StatisticsChoice;
  bases: readonly Basis[];
  years: readonly number[];
  onChange: (key: string, value: string) => void;
}) {
  const filterable = filterableDimensions(catalogue);
  const filterDimension = filterable.find((d) => d.name === choice.filterBy);
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="year"
            label="Financial year"
            value={String(choice.year)}
            onChange={(v) => onChange("year", v)}
            options={years.map((y) => ({ value: String(y), label: yearLabel(y) }))}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="metric"
            label="Measure"
            value={choice.metric}
            onChange={(v) => onChange("metric", v)}
            options={(catalogue?.metrics ?? [{ name: choice.metric }]).map((m) => ({ value: m.name, label: humanise(m.name) }))}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="groupBy"
            label="Group by"
            value={choice.groupBy}
            onChange={(v) => onChange("groupBy", v)}
            options={[{ value: "", label: "No grouping" }, ...(catalogue?.dimensions ?? []).map((d) => ({ value: d.name, label: humanise(d.name) }))]}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="stage"
            label="Stage"
            value={choice.stage ?? ""}
            onChange={(v) => onChange("stage", v)}
            options={[{ value: "", label: "Every stage" }, ...STAGES.map((s, i) => ({ value: s, label: `Stage ${i + 1}` }))]}
          />
        </div>
        {bases.length > 0 ? (
          <div className="govuk-grid-column-two-thirds">
            <Select
              id="basis"
              label="Count by"
              value={choice.basis ?? bases[0]!}
              onChange={(v) => onChange("basis", v)}
              options={bases.map((b) => ({ value: b, label: BASIS_LABELS[b] }))}
            />
          </div>
        ) : null}
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="filterBy"
            label="Only where"
            value={choice.filterBy}
            onChange={(v) => onChange("filterBy", v)}
            options={[{ value: "", label: "Every case" }, ...filterable.map((d) => ({ value: d.name, label: humanise(d.name) }))]}
          />
        </div>
        {filterDimension ? (
          <div className="govuk-grid-column-one-third">
            <Select
              id="filterValue"
              label={`${humanise(filterDimension.name)} is`}
              value={choice.filterValue}
              onChange={(v) => onChange("filterValue", v)}
              options={(filterDimension.values ?? []).map((v) => ({ value: v, label: humanise(v) }))}
            />
          </div>
        ) : null}
      </div>
    </>
  );
}
