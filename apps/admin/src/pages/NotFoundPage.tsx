import { Link } from "react-router";

export function NotFoundPage() {
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </>
  );
}
