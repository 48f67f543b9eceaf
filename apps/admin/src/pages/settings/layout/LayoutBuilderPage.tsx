import { useState } from "react";
import type { FormEvent } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, Radios, Select, TextInput } from "../../../components/govuk";
import type { FieldError } from "../../../components/govuk";
import { LAYOUT_METRICS, SAVE_REPORT_LAYOUT } from "../../../graphql/report-layout-operations";
import { SettingsBackLink } from "../SettingsBackLink";
import { STAGES, withSection, type Aggregation, type TableKind } from "./layout-builder";
import { saveErrors } from "./layout-errors";

const KINDS = [
  { value: "stages-over-years", label: "A measure by stage over financial years", hint: "Rows are financial years, columns Stages 1, 2 and 3" },
  { value: "single-figure", label: "A single figure", hint: "For example, the average working days to respond at Stage 1" },
];

/** Council administrators: add a section with one table to the layout in force, without writing JSON. */
export function LayoutBuilderPage() {
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: LAYOUT_METRICS, requestPolicy: "network-only" });
  const [sectionTitle, setSectionTitle] = useState("");
  const [tableTitle, setTableTitle] = useState("");
  const [kind, setKind] = useState<TableKind>("stages-over-years");
  const [metric, setMetric] = useState("");
  const [years, setYears] = useState("3");
  const [stage, setStage] = useState("stage1");
  const [figureLabel, setFigureLabel] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, save] = useMutation(SAVE_REPORT_LAYOUT);
  // Stage metrics count stages of cases: those a stage can be chosen for.
  const metrics = (data?.metrics ?? []).filter((m) => kind === "single-figure" || m.unit === "stage");
  // A layout names a measure by the rules' code (stages_started), so the choice is the code.
  const chosen = metrics.find((m) => m.code === metric);
  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;
  // A field's error goes once it is answered (the summary keeps the others until the next submit).
  const answered =
    (field: string, set: (value: string) => void) =>
    (value: string): void => {
      set(value);
      if (value.trim()) setErrors((current) => current.filter((e) => e.field !== field));
    };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!sectionTitle.trim()) found.push({ field: "section-title", message: "Enter the section's title" });
    if (!tableTitle.trim()) found.push({ field: "table-title", message: "Enter the table's title" });
    if (!chosen) found.push({ field: "metric", message: "Choose what the table measures" });
    if (kind === "single-figure" && !figureLabel.trim()) found.push({ field: "figure-label", message: "Enter the figure's label" });
    setErrors(found);
    if (found.length > 0 || !chosen || !data) return;
    const layout = withSection(data.reportLayout.json, {
      sectionTitle: sectionTitle.trim(),
      tableTitle: tableTitle.trim(),
      kind,
      metric: chosen.code,
      aggregation: chosen.aggregation as Aggregation,
      years: Number(years),
      stage: kind === "single-figure" && chosen.unit === "stage" ? stage : "",
      figureLabel: figureLabel.trim(),
      complaintsOnly: true,
    });
    const result = await save({ input: { layout, note: `Added "${tableTitle.trim()}"` } });
    const refused = saveErrors(result.error, result.data?.saveReportLayout.problems, "metric");
    setErrors(refused);
    const version = result.data?.saveReportLayout.layout?.version;
    if (refused.length === 0 && version)
      void navigate("/settings/report-layout", { state: { saved: `"${tableTitle.trim()}" added: layout version ${version} saved` } });
  };

  return (
    <>
      <SettingsBackLink to="/settings/report-layout" label="Back to report layout" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Add a table</h1>
        <p className="govuk-body">
          The table goes in a new section at the end of your report. Every figure in it is computed from your case records.
        </p>
        <TextInput
          id="section-title"
          label="Section title"
          value={sectionTitle}
          error={fieldError("section-title")}
          onChange={answered("section-title", setSectionTitle)}
        />
        <TextInput
          id="table-title"
          label="Table title"
          value={tableTitle}
          error={fieldError("table-title")}
          onChange={answered("table-title", setTableTitle)}
        />
        <Radios id="table-kind" label="What kind of table?" value={kind} options={KINDS} onChange={(v) => setKind(v as TableKind)} />
        <Select
          id="metric"
          label="What it measures"
          hint="Complaints only. Counts, percentages and averages come from the platform's catalogue of measures."
          value={metric}
          error={fieldError("metric")}
          onChange={answered("metric", setMetric)}
          options={[{ value: "", label: "Choose a measure" }, ...metrics.map((m) => ({ value: m.code, label: m.description }))]}
        />
        {kind === "stages-over-years" ? (
          <Select
            id="years"
            label="How many financial years"
            hint="This year and the years before it, oldest first"
            value={years}
            onChange={setYears}
            options={[2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} years` }))}
          />
        ) : (
          <>
            {chosen?.unit === "stage" ? (
              <Select id="stage" label="Stage" value={stage} onChange={setStage} options={STAGES.map((s) => ({ value: s.value, label: s.label }))} />
            ) : null}
            <TextInput
              id="figure-label"
              label="The figure's label"
              hint="For example, Average working days to respond at Stage 1"
              value={figureLabel}
              error={fieldError("figure-label")}
              onChange={answered("figure-label", setFigureLabel)}
            />
          </>
        )}
        <Button type="submit" disabled={fetching || !data}>
          Add table
        </Button>
      </form>
    </>
  );
}
