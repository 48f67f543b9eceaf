import { Fragment, useState } from "react";
import type { ChangeEvent } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, NotificationBanner, Select } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { IMPORT_MAPPING_CHOICES, type ImportMappingTrial, SAVE_IMPORT_MAPPING, TRY_IMPORT_MAPPING } from "../../graphql/import-mapping-operations";
import {
  CODED_COLUMNS,
  COLUMN_GROUPS,
  mappingChoices,
  COLUMN_FIELDS,
  type CodedKey,
  DATE_FORMAT_CHOICES,
  fieldOfProblem,
  guessEntry,
  type MappingAnswers,
  mappingOf,
} from "./import-mapping-form";
import { ImportMappingFileUpload } from "./ImportMappingFileUpload";
import { ImportMappingTrialView } from "./ImportMappingTrialView";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";

const MAX_FILE_BYTES = 1800 * 1024;
const today = () => new Date().toISOString().slice(0, 10);
const NO_VALUES: MappingAnswers["values"] = { kind: {}, points: {}, stage1Outcome: {}, stage2Outcome: {}, stage3Outcome: {}, lgscoDecision: {} };

/**
 * Settings → Import mapping: the council administrator uploads a sample of the old system's export, picks the
 * column of each field, the date format and the vocabulary entry for each local value, tries the mapping on the
 * sample (every refusal by row and column) and saves it; Import cases then reads exports with it.
 */
export function ImportMappingPage() {
  const [on] = useState(today);
  const [{ data }, reload] = useQuery({ query: IMPORT_MAPPING_CHOICES, variables: { on } });
  const [{ fetching: trying }, tryMapping] = useMutation(TRY_IMPORT_MAPPING);
  const [{ fetching: saving }, save] = useMutation(SAVE_IMPORT_MAPPING);
  const [csv, setCsv] = useState<string | null>(null);
  const [sample, setSample] = useState<ImportMappingTrial | null>(null);
  const [trial, setTrial] = useState<ImportMappingTrial | null>(null);
  const [answers, setAnswers] = useState<MappingAnswers>({ dateFormat: "DD/MM/YYYY", columns: {}, values: NO_VALUES });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const entries = mappingChoices({
    kinds: data?.kinds?.entries ?? [],
    reasons: data?.reasons?.entries ?? [],
    outcomes: data?.outcomes?.entries ?? [],
    lgscoDecisions: data?.lgscoDecisions?.entries ?? [],
  });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setTrial(null);
    setSaved(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setErrors([{ field: "sample-file", message: "The sample must be smaller than 1.8 MB" }]);
    const text = await file.text();
    const result = await tryMapping({ csv: text, mapping: null });
    if (result.error || !result.data) return setErrors(result.error ? settingsErrors(result.error, () => "sample-file") : []);
    setErrors([]);
    setCsv(text);
    setSample(result.data.tryImportMapping);
  };

  const valuesOf = (key: CodedKey) => sample?.values.find((v) => v.column === answers.columns[key])?.values ?? [];
  const setColumn = (key: (typeof COLUMN_FIELDS)[number]["key"], column: string) => {
    const next = { ...answers, columns: { ...answers.columns, [key]: column || undefined } };
    if (key in CODED_COLUMNS) {
      const list = entries[CODED_COLUMNS[key as CodedKey]];
      const local = sample?.values.find((v) => v.column === column)?.values ?? [];
      next.values = { ...answers.values, [key]: Object.fromEntries(local.map((value) => [value, guessEntry(value, list)])) };
    }
    setAnswers(next);
  };
  const setValue = (key: CodedKey, value: string, code: string) =>
    setAnswers({ ...answers, values: { ...answers.values, [key]: { ...answers.values[key], [value]: code } } });

  const problemsAsErrors = (problems: Array<{ path: string; message: string }>) =>
    problems.map((p) => ({ field: fieldOfProblem(p.path), message: `${p.path}: ${p.message}` }));

  const runTry = async () => {
    if (!csv) return setErrors([{ field: "sample-file", message: "Upload a sample of your export first" }]);
    setSaved(null);
    const result = await tryMapping({ csv, mapping: mappingOf(answers) });
    if (result.error || !result.data) return setErrors(result.error ? settingsErrors(result.error, () => "sample-file") : []);
    const answer = result.data.tryImportMapping;
    setErrors(problemsAsErrors(answer.problems));
    setTrial(answer.problems.length > 0 ? null : answer);
  };

  const runSave = async () => {
    const result = await save({ mapping: mappingOf(answers) });
    if (result.error || !result.data) return setErrors(result.error ? settingsErrors(result.error, () => "form") : []);
    const answer = result.data.saveImportMapping;
    setErrors(problemsAsErrors(answer.problems));
    setSaved(answer.importMapping?.version ?? null);
    if (answer.importMapping) reload({ requestPolicy: "network-only" });
  };

  const uploadMapping = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setSaved(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setErrors([{ field: "mapping-file", message: "The mapping file must be smaller than 1.8 MB" }]);
    let mapping: unknown;
    try {
      mapping = JSON.parse(await file.text());
    } catch {
      return setErrors([{ field: "mapping-file", message: "The mapping file must be JSON" }]);
    }
    const result = await save({ mapping });
    if (result.error || !result.data) return setErrors(result.error ? settingsErrors(result.error, () => "mapping-file") : []);
    const answer = result.data.saveImportMapping;
    setErrors(answer.problems.map((p) => ({ field: "mapping-file", message: `${p.path}: ${p.message}` })));
    setSaved(answer.importMapping?.version ?? null);
    if (answer.importMapping) reload({ requestPolicy: "network-only" });
  };

  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  const columnOptions = [{ value: "", label: "Not in the export" }, ...(sample?.headers ?? []).map((h) => ({ value: h, label: h }))];
  return (
    <>
      <SettingsBackLink />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {saved !== null ? (
            <NotificationBanner title="Success" success>
              <p className="govuk-notification-banner__heading">Import mapping version {saved} saved.</p>
              <p className="govuk-body">
                <Link className="govuk-notification-banner__link" to="/settings/import">
                  Import cases with it
                </Link>
              </p>
            </NotificationBanner>
          ) : null}
          <h1 className="govuk-heading-l">Import mapping</h1>
          <p className="govuk-body">
            Tell the platform how your old system's CSV export is laid out. Upload a sample, pick the column of each field and what each of your
            values means, then try the mapping on the sample. Nothing is imported here.
          </p>
          {data?.importMapping ? (
            <p className="govuk-body" data-testid="mapping-in-force">
              Version {data.importMapping.version} is in force, saved by {data.importMapping.savedByName}.
            </p>
          ) : (
            <p className="govuk-body">Your council has no import mapping yet.</p>
          )}
          <div className={`govuk-form-group${error("sample-file") ? " govuk-form-group--error" : ""}`}>
            <label className="govuk-label govuk-label--s" htmlFor="sample-file">
              Sample export (CSV)
            </label>
            <div id="sample-file-hint" className="govuk-hint">
              A few rows with the header row your export uses
            </div>
            {error("sample-file") ? (
              <p id="sample-file-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error("sample-file")}
              </p>
            ) : null}
            <input
              className={`govuk-file-upload${error("sample-file") ? " govuk-file-upload--error" : ""}`}
              id="sample-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="sample-file-hint"
              onChange={(e) => void choose(e)}
            />
          </div>
          <ImportMappingFileUpload error={error("mapping-file")} onChange={(e) => void uploadMapping(e)} />
          {sample ? (
            <>
              <h2 className="govuk-heading-m">Columns</h2>
              {COLUMN_GROUPS.map(({ group, title }) => (
                <Fragment key={group}>
                  <h3 className="govuk-heading-s">{title}</h3>
                  {COLUMN_FIELDS.filter((field) => field.group === group).map((field) => (
                    <Select
                      key={field.key}
                      id={`column-${field.key}`}
                      label={field.required ? field.label : `${field.label} (optional)`}
                      value={answers.columns[field.key] ?? ""}
                      options={columnOptions}
                      error={error(`column-${field.key}`)}
                      onChange={(column) => setColumn(field.key, column)}
                    />
                  ))}
                </Fragment>
              ))}
              <h2 className="govuk-heading-m">Dates and values</h2>
              <Select
                id="date-format"
                label="How dates are written"
                value={answers.dateFormat}
                options={DATE_FORMAT_CHOICES.map((f) => ({ value: f, label: f }))}
                error={error("date-format")}
                onChange={(dateFormat) => setAnswers({ ...answers, dateFormat })}
              />
              {(Object.keys(CODED_COLUMNS) as CodedKey[])
                .filter((key) => valuesOf(key).length > 0)
                .map((key) => (
                  <fieldset className="govuk-fieldset" key={key}>
                    <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                      Your values in "{answers.columns[key]}" and what they mean
                    </legend>
                    {valuesOf(key).map((value, i) => (
                      <Select
                        key={value}
                        id={`value-${key}-${i}`}
                        label={`"${value}" means`}
                        value={answers.values[key][value] ?? ""}
                        options={[
                          { value: "", label: "Choose an entry" },
                          ...entries[CODED_COLUMNS[key]].map((e) => ({ value: e.code, label: e.label })),
                        ]}
                        onChange={(code) => setValue(key, value, code)}
                      />
                    ))}
                  </fieldset>
                ))}
              <div className="govuk-button-group">
                <Button variant="secondary" disabled={trying} onClick={() => void runTry()}>
                  Try the mapping on the sample
                </Button>
                <Button disabled={saving} onClick={() => void runSave()}>
                  Save the mapping
                </Button>
              </div>
            </>
          ) : null}
        </div>
      </div>
      {trial ? <ImportMappingTrialView trial={trial} /> : null}
    </>
  );
}
