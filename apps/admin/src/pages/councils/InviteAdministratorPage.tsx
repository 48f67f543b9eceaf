import { useCallback } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useMutation } from "urql";
import { Button, ErrorSummary, NotificationBanner, TextInput } from "../../components/govuk";
import { useForm } from "../../forms/useForm";
import { INVITE_COUNCIL_ADMINISTRATOR } from "../../graphql/onboarding-operations";
import { settingsErrors } from "../settings/server-errors";

type Fields = { displayName: string; email: string; initialPassword: string };
const FIELDS = ["displayName", "email", "initialPassword"];

function validate(v: Fields): Partial<Record<keyof Fields, string>> {
  return {
    displayName: v.displayName.trim() ? undefined : "Enter the administrator's name",
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim()) ? undefined : "Enter an e-mail address, like name@council.gov.uk",
    initialPassword: !v.initialPassword || v.initialPassword.length >= 12 ? undefined : "The initial password must be at least 12 characters",
  };
}

/** The platform administrator gives a new council its first council administrator. */
export function InviteAdministratorPage() {
  const { councilId = "" } = useParams();
  const navigate = useNavigate();
  const created = (useLocation().state as { created?: string } | null)?.created;
  const form = useForm<Fields>({ displayName: "", email: "", initialPassword: "" }, useCallback(validate, []));
  const [, invite] = useMutation(INVITE_COUNCIL_ADMINISTRATOR);
  const submit = form.onSubmit(async (v) => {
    const input = { councilId, displayName: v.displayName.trim(), email: v.email.trim(), initialPassword: v.initialPassword || null };
    const result = await invite({ input });
    if (result.error) {
      const errors = settingsErrors(result.error, (path) => (typeof path[0] === "string" && FIELDS.includes(path[0]) ? path[0] : null));
      form.setServerErrors(errors.map((e) => (e.field === "form" ? { ...e, field: "email" } : e)));
      return;
    }
    const answer = (result.data as { inviteCouncilAdministrator: { userId: string | null } }).inviteCouncilAdministrator;
    void navigate("/councils", { state: { invited: v.displayName.trim(), account: answer.userId !== null } });
  });
  // Checked when the form is sent (GOV.UK), so nothing moves under the pointer as a field loses focus.
  const field = (name: keyof Fields) => ({
    id: name,
    value: form.values[name],
    error: form.errorFor(name),
    onChange: (value: string) => form.set(name, value),
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/councils" className="govuk-back-link">
          Back to councils
        </Link>
        {created ? (
          <NotificationBanner title="Success" success>
            <p className="govuk-notification-banner__heading">{created} was added with the statutory timescales and the canonical vocabularies.</p>
          </NotificationBanner>
        ) : null}
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={form.summary} />
          <h1 className="govuk-heading-l">Invite the council's administrator</h1>
          <p className="govuk-body">
            Someone who already has an account accepts the invitation when they next sign in. For anyone else, type an initial password: they sign in
            with it and choose their own.
          </p>
          <TextInput label="Name" {...field("displayName")} />
          <TextInput label="E-mail" type="email" {...field("email")} />
          <TextInput
            label="Initial password (only for a new account)"
            hint="At least 12 characters, not a common password"
            type="password"
            {...field("initialPassword")}
          />
          <Button type="submit" disabled={form.submitting}>
            Invite administrator
          </Button>
        </form>
      </div>
    </div>
  );
}
