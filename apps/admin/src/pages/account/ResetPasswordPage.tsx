import { useCallback, useState } from "react";
import { Link } from "react-router";
import { useClient } from "urql";
import { Button, ErrorSummary, TextInput } from "../../components/govuk";
import { useForm } from "../../forms/useForm";
import { RESET_PASSWORD } from "../../graphql/session-operations";
import { passwordErrors } from "./password-errors";

type Fields = { newPassword: string; confirmPassword: string };

const validate = (v: Fields) => ({
  ...(!v.newPassword ? { newPassword: "Enter a new password" } : {}),
  ...(v.newPassword && v.confirmPassword !== v.newPassword ? { confirmPassword: "The passwords do not match: type the same password twice" } : {}),
});

/** The reset link's token, from the fragment (#…), which the browser never sends to a server. */
function tokenFromLink(): string {
  return window.location.hash.replace(/^#/, "");
}

/** /reset-password#<token>: the page the e-mailed link opens. The token works once; every session then ends. */
export function ResetPasswordPage() {
  const client = useClient();
  const [token] = useState(tokenFromLink);
  const [done, setDone] = useState(false);
  const form = useForm<Fields>({ newPassword: "", confirmPassword: "" }, useCallback(validate, []));

  const submit = form.onSubmit(async (values) => {
    const result = await client.mutation(RESET_PASSWORD, { input: { token, newPassword: values.newPassword } }).toPromise();
    if (result.error) {
      form.setServerErrors(passwordErrors(result.error, { newPassword: "newPassword" }, { newPassword: "Your new password", form: "This link" }));
      return;
    }
    window.history.replaceState(null, "", window.location.pathname); // the used token leaves the address bar
    setDone(true);
  });

  if (done || !token) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{done ? "Your password has been changed" : "This reset link is not complete"}</h1>
          <p className="govuk-body">
            {done
              ? "You have been signed out everywhere. Sign in with your new password."
              : "Open the link from the email again, or ask for a new link."}
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={done ? "/" : "/forgotten-password"}>
              {done ? "Sign in" : "Ask for a new link"}
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
        <h1 className="govuk-heading-l">Choose a new password</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="newPassword"
            label="New password"
            hint="Use a long password, such as three random words. Common passwords are refused."
            type="password"
            value={form.values.newPassword}
            error={form.errorFor("newPassword")}
            onChange={(v) => form.set("newPassword", v)}
            onBlur={() => form.touch("newPassword")}
            autoComplete="new-password"
          />
          <TextInput
            id="confirmPassword"
            label="Confirm new password"
            type="password"
            value={form.values.confirmPassword}
            error={form.errorFor("confirmPassword")}
            onChange={(v) => form.set("confirmPassword", v)}
            onBlur={() => form.touch("confirmPassword")}
            autoComplete="new-password"
          />
          <Button type="submit" disabled={form.submitting}>
            Change password
          </Button>
        </form>
        {form.summary.some((e) => e.field === "form") ? (
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgotten-password">
              Ask for a new link
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
