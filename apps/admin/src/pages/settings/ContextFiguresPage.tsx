import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, Select, TextInput } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { CONTEXT_FIGURES, SAVE_CONTEXT_FIGURE } from "../../graphql/context-figure-operations";
import { enumMember } from "../../graphql/enum-member";
import { ContextMeasure } from "../../graphql/generated/graphql";
import { financialYearOf } from "../reports/ReportsPage";
import { usePageOutcome } from "../../components/govuk/usePageOutcome";
import { SettingsPageTop } from "./SettingsPageTop";
import { settingsErrors } from "./server-errors";

const yearLabel = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
const FIELD_IDS: Record<string, string> = { financialYear: "figure-year", measure: "figure-measure", value: "figure-value", source: "figure-source" };

function FigureForm({ measures, onSaved }: { measures: Array<{ value: string; label: string }>; onSaved: (message: string) => void }) {
  const current = financialYearOf(new Date().toISOString().slice(0, 10));
  const [year, setYear] = useState(String(current));
  const [measure, setMeasure] = useState<string>(ContextMeasure.ChildrenAged_0_17);
  const [value, setValue] = useState("");
  const [source, setSource] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, save] = useMutation(SAVE_CONTEXT_FIGURE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!/^\d+$/.test(value.trim())) found.push({ field: "figure-value", message: "Enter the figure as a whole number, for example 23450" });
    if (!source.trim()) found.push({ field: "figure-source", message: "Enter where the figure comes from" });
    const counted = enumMember(ContextMeasure, measure);
    if (!counted) found.push({ field: "figure-measure", message: "Select what the figure counts" });
    setErrors(found);
    if (!counted || found.length > 0) return;
    const result = await save({ input: { financialYear: Number(year), measure: counted, value: Number(value.trim()), source: source.trim() } });
    if (result.error) {
      setErrors(settingsErrors(result.error, (path) => FIELD_IDS[String(path[0])] ?? null));
      return;
    }
    setValue("");
    onSaved(`${measures.find((m) => m.value === measure)?.label ?? measure} for ${yearLabel(Number(year))} saved`);
  };
  const years = Array.from({ length: 12 }, (_, i) => current - i);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Enter a figure</h2>
      <Select
        id="figure-year"
        label="Financial year"
        value={year}
        onChange={setYear}
        options={years.map((y) => ({ value: String(y), label: yearLabel(y) }))}
      />
      <Select id="figure-measure" label="What the figure counts" value={measure} onChange={setMeasure} options={measures} />
      <TextInput
        id="figure-value"
        label="Figure"
        width="10"
        value={value}
        error={errors.find((e) => e.field === "figure-value")?.message}
        onChange={setValue}
      />
      <TextInput
        id="figure-source"
        label="Where does the figure come from?"
        hint="For example, ONS mid-year population estimates 2024. Comparisons show it beside the rate."
        value={source}
        error={errors.find((e) => e.field === "figure-source")?.message}
        onChange={setSource}
      />
      <Button type="submit" disabled={fetching}>
        Save figure
      </Button>
    </form>
  );
}

/** Council administrators: context figures per year (children aged 0–17, contacts …) for rates in comparisons. */
export function ContextFiguresPage() {
  const [{ data, error }, reload] = useQuery({ query: CONTEXT_FIGURES });
  const { notice, noticeKey, announce } = usePageOutcome();
  const measures = (data?.measures?.enumValues ?? []).map((m) => ({ value: m.name, label: m.description ?? m.name }));
  const labelOf = (name: string) => measures.find((m) => m.value === name)?.label ?? name;
  return (
    <>
      <SettingsPageTop title="Context figures" notice={notice} noticeKey={noticeKey} />
      <p className="govuk-body">
        Figures about your area and your children&apos;s services for each financial year. Comparisons use them for rates, such as complaints per
        10,000 children, and label each rate with the source you give.
      </p>
      {error ? <p className="govuk-body">The figures could not be loaded.</p> : null}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Figures entered</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Year
            </th>
            <th scope="col" className="govuk-table__header">
              What it counts
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Figure
            </th>
            <th scope="col" className="govuk-table__header">
              Source
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {data && data.contextFigures.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={4}>
                No figures yet
              </td>
            </tr>
          ) : null}
          {(data?.contextFigures ?? []).map((f) => (
            <tr className="govuk-table__row" key={`${f.financialYear}-${f.measure}`}>
              <td className="govuk-table__cell">{yearLabel(f.financialYear)}</td>
              <td className="govuk-table__cell">{labelOf(f.measure)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{f.value.toLocaleString("en-GB")}</td>
              <td className="govuk-table__cell">{f.source ?? "From the council's set-up"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {measures.length > 0 ? (
        <FigureForm
          measures={measures}
          onSaved={(message) => {
            announce(message);
            reload({ requestPolicy: "network-only" });
          }}
        />
      ) : null}
    </>
  );
}
