import { useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useClient } from "urql";
import { useAuth } from "../auth/AuthContext";
import { fetchSession } from "../auth/load-session";
import { completeOidcSignIn } from "../auth/oidc-sign-in";
import { CSRF_HEADERS } from "../auth/session";
import { START_BROWSER_SESSION } from "../graphql/session-operations";

/** /auth/callback: where the council's identity provider sends the browser back with a code. */
export function OidcCallbackPage() {
  const client = useClient();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // the code can be exchanged once only
    started.current = true;
    void (async () => {
      try {
        const result = await completeOidcSignIn(new URLSearchParams(window.location.search));
        // The id_token is sent once, to exchange it for the gateway's HttpOnly session cookie; it is never stored.
        const exchanged = await client
          .mutation(
            START_BROWSER_SESSION,
            {},
            { fetchOptions: { credentials: "same-origin", headers: { ...CSRF_HEADERS, authorization: `Bearer ${result.idToken}` } } },
          )
          .toPromise();
        if (exchanged.error || !exchanged.data?.startBrowserSession)
          throw new Error(exchanged.error?.graphQLErrors[0]?.message ?? "The gateway did not recognise this sign-in");
        const session = await fetchSession(client);
        if (!session) throw new Error("The browser did not keep the session cookie");
        signIn({ ...session, councilName: session.councilName ?? result.councilName });
        void navigate("/", { replace: true });
      } catch (error) {
        setProblem(error instanceof Error ? error.message : "The sign-in did not work");
      }
    })();
  }, [client, signIn, navigate]);

  if (!problem) {
    return (
      <>
        <h1 className="govuk-heading-l">Signing you in</h1>
        <p className="govuk-body">Checking your council account…</p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">You could not be signed in</h1>
      <p className="govuk-body">{problem}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/" replace>
          Go back to sign in
        </Link>
      </p>
    </>
  );
}
