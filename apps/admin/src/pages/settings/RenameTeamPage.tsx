import { useCallback } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, DateField, ErrorSummary, TextInput } from "../../components/govuk";
import { useForm } from "../../forms/useForm";
import { formatDate } from "../../format";
import { RENAME_TEAM, TEAM } from "../../graphql/settings-operations";
import { notFound } from "../../graphql/errors";
import type { TeamRow } from "../../graphql/settings-operations";
import { SettingsBackLink } from "./SettingsBackLink";
import { settingsErrors } from "./server-errors";

type Fields = { name: string; from: string };

function RenameForm({ team }: { team: TeamRow }) {
  const navigate = useNavigate();
  const validate = useCallback(
    (v: Fields) => ({
      name: !v.name.trim() ? "Enter the team's new name" : v.name.trim() === team.name ? "Enter a name different from the current one" : undefined,
      from: !v.from ? "Enter the date the new name takes effect" : !/^\d{4}-\d{2}-\d{2}$/.test(v.from) ? "The date must be a real date" : undefined,
    }),
    [team.name],
  );
  const form = useForm<Fields>({ name: "", from: "" }, validate, `rename-team:${team.id}`);
  const [, rename] = useMutation(RENAME_TEAM);
  const submit = form.onSubmit(async (values) => {
    const result = await rename({ input: { teamId: team.id, name: values.name.trim(), from: values.from } });
    if (result.error) {
      const errors = settingsErrors(result.error, (path) => (path[0] === "name" || path[0] === "from" ? path[0] : null));
      form.setServerErrors(errors.map((e) => (e.field === "form" ? { ...e, field: "name" } : e)));
      return;
    }
    void navigate("/settings/teams", { state: { renamed: values.name.trim() } });
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={form.summary} />
      <h1 className="govuk-heading-l">Rename {team.name}</h1>
      <p className="govuk-body">
        The current name has been in force since {formatDate(team.validFrom)}. It stays on cases allocated before the new name takes effect.
      </p>
      <TextInput
        id="name"
        label="New name"
        value={form.values.name}
        error={form.errorFor("name")}
        onChange={(v) => form.set("name", v)}
        onBlur={() => form.touch("name")}
      />
      <DateField
        id="from"
        label="New name takes effect on"
        hint="The current name ends the day before, for example 4 1 2027"
        value={form.values.from}
        error={form.errorFor("from")}
        onChange={(v) => form.set("from", v)}
        onBlur={() => form.touch("from")}
      />
      <Button type="submit" disabled={form.submitting}>
        Rename team
      </Button>
    </form>
  );
}

export function RenameTeamPage() {
  const { id } = useParams();
  const [{ data, error }] = useQuery({ query: TEAM, variables: { id: id ?? "" }, pause: !id });
  const team = data?.team.validTo === null ? data.team : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SettingsBackLink to="/settings/teams" label="Back to teams" />
        {error && !notFound(error) ? <p className="govuk-body">The team could not be loaded.</p> : null}
        {(data && !team) || notFound(error) ? <h1 className="govuk-heading-l">Team not found or already closed</h1> : null}
        {team ? <RenameForm team={team} /> : null}
      </div>
    </div>
  );
}
