import { useCallback, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useClient, useQuery } from "urql";
import { graphql } from "../graphql/generated";
import { type SignedOutReason, useAuth } from "../auth/AuthContext";
import { fetchSession } from "../auth/load-session";
import { beginOidcSignIn } from "../auth/oidc-sign-in";
import { Button, ErrorSummary, NotificationBanner, Select, TextInput } from "../components/govuk";
import { useForm } from "../forms/useForm";
import { toFieldErrors } from "../graphql/errors";
import { SIGN_IN } from "../graphql/session-operations";

type Fields = { councilId: string; email: string; password: string };
/** Public list of councils (ids, names, identity provider if any) so people choose rather than type their council. */
const COUNCILS = graphql(`
  query Councils {
    councils {
      id
      name
      oidc {
        issuer
        clientId
      }
    }
  }
`);

const validate = (v: Fields) => ({
  ...(v.councilId && !/^[a-z0-9-]+$/.test(v.councilId)
    ? { councilId: "Council must be written in lower-case letters, digits and hyphens, like demo-north" }
    : {}),
  ...(!v.email.trim()
    ? { email: "Enter your email address" }
    : !/^\S+@\S+$/.test(v.email)
      ? { email: "Enter an email address in the correct format, like name@council.gov.uk" }
      : {}),
  ...(!v.password ? { password: "Enter your password" } : {}),
});

/** Why the sign-in page shows again (the session cookie is shared by the tabs; see auth/AuthContext.tsx). */
const SIGNED_OUT: Record<SignedOutReason, string> = {
  signed_out: "You have signed out.",
  signed_out_elsewhere: "You signed out in another tab or window of this browser. Sign in again to continue.",
  session_ended: "Your session has ended (it was not used for a while, was signed out everywhere or has expired). Sign in again to continue.",
};

export function SignInPage() {
  const client = useClient();
  const { signIn, signedOutReason } = useAuth();
  const navigate = useNavigate();
  const form = useForm<Fields>({ councilId: "", email: "", password: "" }, useCallback(validate, []));
  const [{ data: councils, fetching: loadingCouncils }] = useQuery({ query: COUNCILS });
  const [oidcProblem, setOidcProblem] = useState<string | null>(null);
  const chosen = councils?.councils.find((c) => c.id === form.values.councilId);
  const oidcCouncil = chosen?.oidc ? { id: chosen.id, name: chosen.name, oidc: chosen.oidc } : null;

  const signInWithCouncil = async () => {
    if (!oidcCouncil) return;
    setOidcProblem(null);
    try {
      window.location.assign(await beginOidcSignIn(oidcCouncil, window.location.origin));
    } catch (error) {
      setOidcProblem(error instanceof Error ? error.message : "The council's sign-in service could not be reached");
    }
  };

  const submit = form.onSubmit(async (values) => {
    const result = await client
      .mutation(SIGN_IN, { input: { councilId: values.councilId || null, email: values.email.trim(), password: values.password, session: "COOKIE" } })
      .toPromise();
    if (result.error || !result.data) {
      form.setServerErrors(
        result.error
          ? toFieldErrors(result.error).map((e) => ({ ...e, field: e.field === "form" ? "email" : e.field }))
          : [{ field: "email", message: "Sign-in failed" }],
      );
      return;
    }
    // The session is now the gateway's HttpOnly cookie: ask who it belongs to, as every other tab does.
    const session = await fetchSession(client);
    if (!session) {
      form.setServerErrors([{ field: "email", message: "Sign-in failed: the browser did not keep the session cookie" }]);
      return;
    }
    signIn(session);
    // The deep link survives sign-in: a case URL opened signed out opens that case once signed in.
    void navigate(window.location.pathname === "/sign-in" ? "/" : `${window.location.pathname}${window.location.search}`, { replace: true });
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {signedOutReason ? (
          <NotificationBanner title="Important">
            <p className="govuk-notification-banner__heading">{SIGNED_OUT[signedOutReason]}</p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary errors={form.summary} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Choose your council. If it uses its own sign-in, use the button to sign in with your council account; otherwise sign in with the account
          your council gave you.
        </p>
        {loadingCouncils ? <p className="govuk-body">Loading…</p> : null}
        <form onSubmit={submit} noValidate hidden={loadingCouncils}>
          {councils?.councils.length ? (
            <Select
              id="councilId"
              label="Council"
              value={form.values.councilId}
              error={form.errorFor("councilId")}
              onChange={(v) => form.set("councilId", v)}
              options={[
                { value: "", label: "Platform administrator (no council)" },
                ...councils.councils.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          ) : (
            <TextInput
              id="councilId"
              label="Council"
              hint="Your council's short name, like demo-north. Leave blank only if you are the platform administrator."
              value={form.values.councilId}
              error={form.errorFor("councilId")}
              onChange={(v) => form.set("councilId", v)}
              onBlur={() => form.touch("councilId")}
              width="20"
              autoComplete="organization"
            />
          )}
          {oidcCouncil ? (
            <div className="govuk-!-margin-bottom-6">
              {oidcProblem ? (
                <p className="govuk-error-message" id="oidc-error">
                  <span className="govuk-visually-hidden">Error:</span> {oidcProblem}
                </p>
              ) : null}
              <Button onClick={() => void signInWithCouncil()}>Sign in with {oidcCouncil.name}&apos;s account</Button>
              <p className="govuk-body">Or sign in with an account on this platform:</p>
            </div>
          ) : null}
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
          <TextInput
            id="password"
            label="Password"
            type="password"
            value={form.values.password}
            error={form.errorFor("password")}
            onChange={(v) => form.set("password", v)}
            onBlur={() => form.touch("password")}
            autoComplete="current-password"
          />
          <Button type="submit" disabled={form.submitting}>
            Sign in
          </Button>
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgotten-password">
              Forgotten your password?
            </Link>
          </p>
        </form>
      </div>
    </div>
  );
}
