import type { ReactNode } from "react";
import { Link } from "react-router";
import { useAuth } from "../auth/AuthContext";
import { hasRole } from "../auth/session";

/** A page only some roles may use: others get a plain explanation instead of a form beside a refusal. */
export function RequireRole({ roles, children }: { roles: string[]; children: ReactNode }) {
  const { session } = useAuth();
  if (hasRole(session, ...roles)) return <>{children}</>;
  return (
    <>
      <h1 className="govuk-heading-l">You cannot use this page</h1>
      <p className="govuk-body">Your role does not give access to this page. Ask your council's administrator if you need it.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </>
  );
}
