import { useCallback } from "react";
import { useNavigate } from "react-router";
import { gql, useClient, useQuery } from "urql";
import { useAuth } from "../auth/AuthContext";
import { saveSession } from "../auth/session";
import { Button, ErrorSummary, Select, TextInput } from "../components/govuk";
import { useForm } from "../forms/useForm";
import { toFieldErrors } from "../graphql/errors";
import { COUNCIL, ME, SIGN_IN } from "../graphql/operations";

type Fields = { councilId: string; email: string; password: string };

/** Public list of councils (ids and names only) so people choose rather than type their council. */
const COUNCILS = gql`
  query Councils {
    councils {
      id
      name
    }
  }
`;

const validate = (v: Fields) => ({
  ...(v.councilId && !/^[a-z0-9-]+$/.test(v.councilId) ? { councilId: "Council must be written in lower-case letters, digits and hyphens, like demo-north" } : {}),
  ...(!v.email.trim() ? { email: "Enter your email address" } : !/^\S+@\S+$/.test(v.email) ? { email: "Enter an email address in the correct format, like name@council.gov.uk" } : {}),
  ...(!v.password ? { password: "Enter your password" } : {}),
});

export function SignInPage() {
  const client = useClient();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const form = useForm<Fields>({ councilId: "", email: "", password: "" }, useCallback(validate, []));
  const [{ data: councils, fetching: loadingCouncils }] = useQuery<{ councils: Array<{ id: string; name: string }> }>({ query: COUNCILS });

  const submit = form.onSubmit(async (values) => {
    const result = await client
      .mutation(SIGN_IN, { input: { councilId: values.councilId || null, email: values.email.trim(), password: values.password } })
      .toPromise();
    if (result.error || !result.data) {
      form.setServerErrors(
        result.error
          ? toFieldErrors(result.error).map((e) => ({ ...e, field: e.field === "form" ? "email" : e.field }))
          : [{ field: "email", message: "Sign-in failed" }],
      );
      return;
    }
    const { token, councilId } = result.data.signIn as { token: string; councilId: string | null };
    saveSession({ token, councilId, councilName: null, displayName: values.email, roles: [] });
    const me = await client.query(ME, {}, { requestPolicy: "network-only" }).toPromise();
    const roles: string[] = me.data?.me?.roles ?? [];
    const platformAdmin: boolean = me.data?.me?.platformAdmin ?? false;
    let councilName: string | null = null;
    if (councilId) {
      const council = await client.query(COUNCIL, {}, { requestPolicy: "network-only" }).toPromise();
      councilName = council.data?.council?.name ?? null;
    }
    signIn({ token, councilId, councilName, displayName: values.email.trim(), roles: platformAdmin ? [...roles, "platform_admin"] : roles });
    navigate("/");
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.summary} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Sign in with the account your council gave you. If your council uses its own sign-in, use the link your
          council sent you.
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
              options={[{ value: "", label: "Platform administrator (no council)" }, ...councils.councils.map((c) => ({ value: c.id, label: c.name }))]}
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
        </form>
      </div>
    </div>
  );
}
