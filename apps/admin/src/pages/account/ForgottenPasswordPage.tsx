import { useCallback, useState } from "react";
import { Link } from "react-router";
import { useClient } from "urql";
import { Button, ErrorSummary, TextInput } from "../../components/govuk";
import { useForm } from "../../forms/useForm";
import { toFieldErrors } from "../../graphql/errors";
import { REQUEST_PASSWORD_RESET } from "../../graphql/session-operations";

type Fields = { email: string };

const validate = (v: Fields) =>
  !v.email.trim()
    ? { email: "Enter your email address" }
    : !/^\S+@\S+$/.test(v.email.trim())
      ? { email: "Enter an email address in the correct format, like name@council.gov.uk" }
      : {};

/**
 * "Forgotten your password?": asks for the address and says the same thing whether or not it has an account (the
 * gateway does too), so nobody can learn from this page who has an account.
 */
export function ForgottenPasswordPage() {
  const client = useClient();
  const form = useForm<Fields>({ email: "" }, useCallback(validate, []));
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    const result = await client.mutation(REQUEST_PASSWORD_RESET, { input: { email: values.email.trim() } }).toPromise();
    if (result.error) {
      form.setServerErrors(toFieldErrors(result.error, { email: "email" }));
      return;
    }
    setSentTo(values.email.trim());
  });

  if (sentTo) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Check your email</h1>
          <p className="govuk-body">
            If <strong>{sentTo}</strong> is the address of an account, we have sent it a link to reset the password. The link works once and only for
            a short time.
          </p>
          <p className="govuk-body">If no email arrives within a few minutes, check your spam folder, or ask your council's administrator.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              Back to sign in
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.summary} />
        <h1 className="govuk-heading-l">Reset your password</h1>
        <p className="govuk-body">Enter the email address you sign in with. We will email you a link to choose a new password.</p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="email"
            label="Email address"
            type="email"
            value={form.values.email}
            error={form.errorFor("email")}
            onChange={(v) => form.set("email", v)}
            onBlur={() => form.touch("email")}
            autoComplete="username"
          />
          <Button type="submit" disabled={form.submitting}>
            Send the link
          </Button>
        </form>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Back to sign in
          </Link>
        </p>
      </div>
    </div>
  );
}
