import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { useMemo, useState } from "react";
import { CSRF_HEADERS } from "../../auth/session";
import { EXAMPLE_QUERIES } from "./example-queries";

/**
 * A self-hosted GraphiQL (no CDN), signed in as the analyst: requests carry the analyst's own session (the cookie), so they see
 * exactly what their role allows — aggregates, never personal data.
 */
export function GraphiqlPage() {
  const [example, setExample] = useState(0);
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: `${window.location.origin}/graphql`,
        headers: { ...CSRF_HEADERS },
      }),
    [],
  );
  const chosen = EXAMPLE_QUERIES[example] ?? EXAMPLE_QUERIES[0];
  return (
    <>
      <h1 className="govuk-heading-l">Query the figures</h1>
      <p className="govuk-body">
        Ask the GraphQL API directly. You are signed in as yourself, so you see only what your role allows. Start from an example:
      </p>
      <ul className="govuk-list">
        {EXAMPLE_QUERIES.map((q, i) => (
          <li key={q.title}>
            <button type="button" className="app-link-button" aria-pressed={i === example} onClick={() => setExample(i)}>
              {q.title}
            </button>
          </li>
        ))}
      </ul>
      <div style={{ height: "70vh", border: "1px solid #b1b4b6" }}>
        <GraphiQL key={example} fetcher={fetcher} initialQuery={chosen?.query} />
      </div>
    </>
  );
}
