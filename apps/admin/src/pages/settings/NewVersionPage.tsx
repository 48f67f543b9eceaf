import { useState } from "react";
import type { FormEvent } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, DateField, ErrorSummary, Select, TextInput } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { humanise } from "../../format";
import { PUBLISH_VOCABULARY_VERSION, VOCABULARY_VERSIONS } from "../../graphql/settings-operations";
import type { VocabularyVersion } from "../../graphql/settings-operations";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";
import type { VocabularyPageConfig } from "./vocabulary-kinds";
import { type EntryRow, validateVersion } from "./validate-version";

let nextKey = 0;
const rowFrom = (e: Omit<EntryRow, "key">): EntryRow => ({ ...e, key: `row-${(nextKey += 1)}` });

function EntryForm(props: {
  config: VocabularyPageConfig;
  row: EntryRow;
  index: number;
  categories: string[];
  errorFor: (id: string) => string | undefined;
  onChange: (row: EntryRow) => void;
  onRemove: () => void;
}) {
  const { config, row, index, categories, errorFor, onChange, onRemove } = props;
  const id = (field: string) => `entry-${index}-${field}`;
  return (
    <fieldset className="govuk-fieldset app-settings-entry">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        {humanise(config.singular)} {index + 1}
        {row.label ? `: ${row.label}` : ""}
      </legend>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput
            id={id("label")}
            label="Label"
            value={row.label}
            error={errorFor(id("label"))}
            onChange={(label) => onChange({ ...row, label })}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <TextInput id={id("code")} label="Code" value={row.code} error={errorFor(id("code"))} onChange={(code) => onChange({ ...row, code })} />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            id={id("canonical")}
            label="Counts as"
            value={row.canonical}
            error={errorFor(id("canonical"))}
            options={[{ value: "", label: "Choose…" }, ...config.canonical.map((c) => ({ value: c, label: humanise(c) }))]}
            onChange={(canonical) => onChange({ ...row, canonical })}
          />
        </div>
        {config.tree ? (
          <div className="govuk-grid-column-one-half">
            <Select
              id={id("parentCode")}
              label="Category"
              value={row.parentCode}
              error={errorFor(id("parentCode"))}
              options={[
                { value: "", label: "None: this is a category" },
                ...categories.filter((c) => c !== row.code).map((c) => ({ value: c, label: c })),
              ]}
              onChange={(parentCode) => onChange({ ...row, parentCode })}
            />
          </div>
        ) : null}
      </div>
      {config.policyFor && row.canonical === config.policyFor ? (
        <TextInput
          id={id("policy")}
          label="Local policy that gives this ground"
          hint="No law gives the council's own grounds: name the policy and paragraph, for example Unreasonable Behaviour Policy, paragraph 4"
          value={row.policy}
          error={errorFor(id("policy"))}
          onChange={(policy) => onChange({ ...row, policy })}
        />
      ) : null}
      <Button variant="secondary" onClick={onRemove}>
        Remove
        <span className="govuk-visually-hidden">
          {" "}
          {config.singular} {index + 1}
        </span>
      </Button>
    </fieldset>
  );
}

function VersionForm({ config, current }: { config: VocabularyPageConfig; current: VocabularyVersion | undefined }) {
  const navigate = useNavigate();
  const [rows, setRows] = useState<EntryRow[]>(() =>
    (current?.entries ?? []).map((e) =>
      rowFrom({ code: e.code, label: e.label, canonical: e.canonical, parentCode: e.parentCode ?? "", policy: e.policy ?? "" }),
    ),
  );
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [{ fetching }, publish] = useMutation(PUBLISH_VOCABULARY_VERSION);

  const clientErrors = submitted ? validateVersion(config, effectiveFrom, rows) : [];
  const errors = [...clientErrors, ...serverErrors];
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const categories = rows.filter((r) => !r.parentCode && r.code).map((r) => r.code);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors([]);
    if (validateVersion(config, effectiveFrom, rows).length > 0) return;
    const entries = rows.map((r) => ({
      code: r.code.trim(),
      label: r.label.trim(),
      canonical: r.canonical,
      parentCode: r.parentCode || null,
      ...(config.policyFor && r.canonical === config.policyFor ? { policy: r.policy.trim() } : {}),
    }));
    const result = await publish({ input: { kind: config.kind, effectiveFrom, entries } });
    if (result.error) {
      setServerErrors(
        settingsErrors(result.error, (path) => {
          if (path[0] === "effectiveFrom") return "effectiveFrom";
          if (path[0] === "entries" && typeof path[1] === "number" && typeof path[2] === "string") return `entry-${path[1]}-${path[2]}`;
          return null;
        }),
      );
      return;
    }
    const published = (result.data as { publishVocabularyVersion: { version: number } }).publishVocabularyVersion.version;
    void navigate(`/settings/${config.slug}?version=${published}`, { state: { published } });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors.map((e) => (e.field === "form" ? { ...e, field: "effectiveFrom" } : e))} />
      <h1 className="govuk-heading-l">Create a new version: {config.title.toLowerCase()}</h1>
      <p className="govuk-body">
        {current ? `This starts as a copy of version ${current.version}.` : "This is the first version."} Change labels and their mapping, add or
        remove entries, and choose the date it takes effect. Cases received before that date keep the version in force when they were received.
      </p>
      <DateField
        id="effectiveFrom"
        label="In force from"
        hint="Today or later, for example 1 4 2027"
        value={effectiveFrom}
        error={errorFor("effectiveFrom")}
        onChange={setEffectiveFrom}
      />
      {rows.map((row, index) => (
        <EntryForm
          key={row.key}
          config={config}
          row={row}
          index={index}
          categories={categories}
          errorFor={errorFor}
          onChange={(changed) => setRows((all) => all.map((r) => (r.key === row.key ? changed : r)))}
          onRemove={() => setRows((all) => all.filter((r) => r.key !== row.key))}
        />
      ))}
      <div className="govuk-button-group">
        <Button
          variant="secondary"
          onClick={() => setRows((all) => [...all, rowFrom({ code: "", label: "", canonical: "", parentCode: "", policy: "" })])}
        >
          Add a {config.singular}
        </Button>
        <Button type="submit" disabled={fetching}>
          Publish version
        </Button>
      </div>
    </form>
  );
}

/** "Create a new version": a copy of the latest version to edit, published from a chosen date. */
export function NewVersionPage({ config }: { config: VocabularyPageConfig }) {
  const [{ data, error }] = useQuery({ query: VOCABULARY_VERSIONS, variables: { kind: config.kind } });
  return (
    <>
      <SettingsBackLink to={`/settings/${config.slug}`} label={`Back to ${config.title.toLowerCase()}`} />
      {error ? <p className="govuk-body">The current version could not be loaded.</p> : null}
      {data ? <VersionForm config={config} current={data.vocabularyVersions[0]} /> : error ? null : <p className="govuk-body">Loading…</p>}
    </>
  );
}
