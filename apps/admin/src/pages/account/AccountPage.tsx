import { useCallback, useState } from "react";
import { useClient } from "urql";
import { useAuth } from "../../auth/AuthContext";
import { Button, ErrorSummary, SummaryList, TextInput, WarningText } from "../../components/govuk";
import { SuccessBanner } from "../../components/govuk/SuccessBanner";
import { useForm } from "../../forms/useForm";
import { CHANGE_PASSWORD } from "../../graphql/session-operations";
import { passwordErrors } from "./password-errors";

type Fields = { currentPassword: string; newPassword: string };

const validate = (v: Fields) => ({
  ...(!v.currentPassword ? { currentPassword: "Enter your current password" } : {}),
  ...(!v.newPassword ? { newPassword: "Enter a new password" } : {}),
});

/** Your account: who you are signed in as, change your password, sign out everywhere. */
export function AccountPage() {
  const client = useClient();
  const { session, signOutEverywhere } = useAuth();
  const [changed, setChanged] = useState(false);
  const [ending, setEnding] = useState(false);
  const form = useForm<Fields>({ currentPassword: "", newPassword: "" }, useCallback(validate, []));

  const submit = form.onSubmit(async (values) => {
    setChanged(false);
    const result = await client.mutation(CHANGE_PASSWORD, { input: values }).toPromise();
    if (result.error) {
      form.setServerErrors(
        passwordErrors(
          result.error,
          { currentPassword: "currentPassword", newPassword: "newPassword" },
          { currentPassword: "Your current password", newPassword: "Your new password" },
        ),
      );
      return;
    }
    form.reset();
    setChanged(true);
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {changed ? <SuccessBanner id="password-changed">Your password has been changed</SuccessBanner> : null}
        <ErrorSummary errors={form.summary} />
        <h1 className="govuk-heading-l">Your account</h1>
        <SummaryList
          rows={[
            { key: "Signed in as", value: session?.displayName ?? "" },
            { key: "Council", value: session?.councilName ?? "Platform (no council)" },
            { key: "Roles", value: (session?.roles ?? []).join(", ").replace(/_/g, " ") },
          ]}
        />
        <h2 className="govuk-heading-m">Change your password</h2>
        <p className="govuk-body">If you sign in with your council's own account, change your password there instead.</p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="currentPassword"
            label="Current password"
            type="password"
            value={form.values.currentPassword}
            error={form.errorFor("currentPassword")}
            onChange={(v) => form.set("currentPassword", v)}
            onBlur={() => form.touch("currentPassword")}
            autoComplete="current-password"
          />
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
          <Button type="submit" disabled={form.submitting}>
            Change password
          </Button>
        </form>
        <h2 className="govuk-heading-m">Sign out everywhere</h2>
        <p className="govuk-body">
          This signs you out in every browser and on every device where you are signed in, including this one. Use it if you left yourself signed in
          somewhere or think someone else has used your account.
        </p>
        <WarningText>You will need to sign in again everywhere.</WarningText>
        <Button
          variant="warning"
          disabled={ending}
          onClick={() => {
            setEnding(true);
            void signOutEverywhere().finally(() => setEnding(false));
          }}
        >
          Sign out everywhere
        </Button>
      </div>
    </div>
  );
}
