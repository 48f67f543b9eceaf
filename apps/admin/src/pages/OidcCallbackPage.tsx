import { useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useClient } from "urql";
import { useAuth } from "../auth/AuthContext";
import { loadSessionFor } from "../auth/load-session";
import { completeOidcSignIn } from "../auth/oidc-sign-in";
import { saveSession } from "../auth/session";

/** The email claim of the (gateway-verified) id_token, to show who is signed in; no other claim is read. */
function emailOf(idToken: string): string | null {
  try {
    const claims: unknown = JSON.parse(atob((idToken.split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/")));
    const email = typeof claims === "object" && claims !== null ? (claims as { email?: unknown }).email : undefined;
    return typeof email === "string" ? email : null;
  } catch {
    return null;
  }
}

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
        const displayName = emailOf(result.idToken) ?? `${result.councilName} account`;
        const session = await loadSessionFor(client, result.idToken, result.councilId, displayName);
        signIn({ ...session, councilName: session.councilName ?? result.councilName });
        void navigate("/", { replace: true });
      } catch (error) {
        saveSession(null);
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
