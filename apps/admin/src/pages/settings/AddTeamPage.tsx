import { useCallback } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, DateField, ErrorSummary, Select, TextInput } from "../../components/govuk";
import { useForm } from "../../forms/useForm";
import { ADD_TEAM, SERVICE_AREAS } from "../../graphql/settings-operations";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";

type Fields = { name: string; code: string; serviceAreaCode: string; validFrom: string };
const FIELDS = ["name", "code", "serviceAreaCode", "validFrom"];

function validate(v: Fields): Partial<Record<keyof Fields, string>> {
  return {
    name: v.name.trim() ? undefined : "Enter the team's name",
    code: !v.code.trim()
      ? "Enter a short code for the team"
      : /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(v.code.trim())
        ? undefined
        : "The code must be letters, digits, hyphens or underscores",
    serviceAreaCode: v.serviceAreaCode ? undefined : "Choose the service area",
    validFrom: !v.validFrom
      ? "Enter the date the team starts"
      : /^\d{4}-\d{2}-\d{2}$/.test(v.validFrom)
        ? undefined
        : "The date the team starts must be a real date",
  };
}

/** Adds a team to a service area from a date. */
export function AddTeamPage() {
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: SERVICE_AREAS });
  const form = useForm<Fields>({ name: "", code: "", serviceAreaCode: "", validFrom: "" }, useCallback(validate, []), "add-team");
  const [, add] = useMutation(ADD_TEAM);
  const submit = form.onSubmit(async (v) => {
    const result = await add({ input: { name: v.name.trim(), code: v.code.trim(), serviceAreaCode: v.serviceAreaCode, validFrom: v.validFrom } });
    if (result.error) {
      const errors = settingsErrors(result.error, (path) => (typeof path[0] === "string" && FIELDS.includes(path[0]) ? path[0] : null));
      form.setServerErrors(errors.map((e) => (e.field === "form" ? { ...e, field: "name" } : e)));
      return;
    }
    void navigate("/settings/teams", { state: { added: v.name.trim() } });
  });
  const field = (name: keyof Fields) => ({
    id: name,
    value: form.values[name],
    error: form.errorFor(name),
    onChange: (value: string) => form.set(name, value),
  });
  const areas = (data?.serviceAreas ?? []).filter((a) => a.validTo === null);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SettingsBackLink to="/settings/teams" label="Back to teams" />
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={form.summary} />
          <h1 className="govuk-heading-l">Add a team</h1>
          <TextInput label="Name" {...field("name")} onBlur={() => form.touch("name")} />
          <TextInput
            label="Code"
            hint="A short code that stays the same when the team is renamed, for example EDGE"
            width="10"
            {...field("code")}
            onBlur={() => form.touch("code")}
          />
          <Select
            label="Service area"
            {...field("serviceAreaCode")}
            options={[{ value: "", label: "Choose…" }, ...areas.map((a) => ({ value: a.code, label: a.label }))]}
          />
          <DateField label="Starts on" {...field("validFrom")} onBlur={() => form.touch("validFrom")} />
          <Button type="submit" disabled={form.submitting}>
            Add team
          </Button>
        </form>
      </div>
    </div>
  );
}
