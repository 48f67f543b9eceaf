import { useState } from "react";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { usePageTitle } from "../app/usePageTitle";
import { Button, Select, TextInput } from "../components/govuk";
import { Pagination } from "../components/govuk/Pagination";
import { humanise } from "../format";
import { AUDIT_TRAIL, OFFICERS } from "../graphql/workbench-operations";

const KEYS = ["case", "user", "action", "from", "to"] as const;
type Choices = Record<(typeof KEYS)[number], string>;
const PAGE_SIZE = 50;

/** A change's codes by field (`before` or `after` of a detail, an object); anything else has none. */
const codesOf = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The detail in words: which fields changed and, for codes, from what to what (never a value about a person). */
function describeDetail(detail: unknown): string {
  if (typeof detail !== "object" || detail === null || Array.isArray(detail)) return "";
  const parsed = detail as Record<string, unknown>;
  const parts: string[] = [];
  const before = codesOf(parsed.before);
  const after = codesOf(parsed.after);
  for (const key of Object.keys(after))
    parts.push(`${humanise(key)}: ${humanise(String(before[key] ?? "none"))} → ${humanise(String(after[key] ?? "none"))}`);
  const personal = Array.isArray(parsed.personalFieldsChanged) ? (parsed.personalFieldsChanged as string[]) : [];
  if (personal.length > 0) parts.push(`Personal details changed: ${personal.join(", ")}`);
  for (const [key, value] of Object.entries(parsed)) {
    if (["before", "after", "fields", "personalFieldsChanged"].includes(key) || typeof value === "object") continue;
    parts.push(`${humanise(key)}: ${String(value)}`);
  }
  return parts.join("; ");
}

const paramsOf = (choices: Partial<Choices>, page = 1) => {
  const params = new URLSearchParams();
  for (const key of KEYS) if (choices[key]?.trim()) params.set(key, choices[key].trim());
  if (page > 1) params.set("page", String(page));
  return params;
};

/** The audit trail for auditors and council administrators: filter by case, user, action and date; paged. */
export function AuditTrailPage() {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ""])) as Choices;
  const page = Math.max(1, Number(params.get("page")) || 1);
  const [choices, setChoices] = useState(applied);
  const filter = {
    caseReference: applied.case || null,
    actorId: applied.user || null,
    action: applied.action || null,
    from: applied.from || null,
    to: applied.to || null,
  };
  const [{ data, error }] = useQuery({
    query: AUDIT_TRAIL,
    variables: { filter, page, pageSize: PAGE_SIZE },
  });
  const [{ data: officers }] = useQuery({ query: OFFICERS });
  usePageTitle(page > 1 ? `Audit trail (page ${page})` : "Audit trail", Boolean(error));
  const set = (key: keyof Choices) => (value: string) => setChoices({ ...choices, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(paramsOf(choices));
  };
  const trail = data?.auditTrail;
  return (
    <>
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">Every change and every read of personal data, newest first. It never shows what a person said.</p>
      <form onSubmit={submit} noValidate aria-label="Filter the audit trail">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <TextInput id="case" label="Case reference" hint="For example, 2026-0042" value={choices.case} onChange={set("case")} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="user"
              label="User"
              value={choices.user}
              onChange={set("user")}
              options={[{ value: "", label: "Anyone" }, ...(officers?.officers ?? []).map((o) => ({ value: o.id, label: o.displayName }))]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput id="action" label="Action" hint="For example, updateCaseDetails" value={choices.action} onChange={set("action")} />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <TextInput id="from" label="From (date)" hint="For example, 2026-12-01" value={choices.from} onChange={set("from")} />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput id="to" label="To (date)" hint="For example, 2026-12-31" value={choices.to} onChange={set("to")} />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button type="submit">Apply filters</Button>
          <Link className="govuk-link" to="/audit">
            Clear filters
          </Link>
        </div>
      </form>
      {error ? <p className="govuk-error-message">The audit trail could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p> : null}
      {trail ? (
        <>
          <p className="govuk-body" role="status">
            {trail.totalCount} record{trail.totalCount === 1 ? "" : "s"}
            {trail.pageCount > 1 ? `, page ${trail.page} of ${trail.pageCount}` : ""}
          </p>
          <div className="app-table-scroll" role="region" aria-label="Audit records, scrolls sideways" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Audit records, newest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {["When", "Who", "Action", "Case", "Detail"].map((h) => (
                    <th key={h} scope="col" className="govuk-table__header">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {trail.records.map((r) => (
                  <tr key={r.id} className="govuk-table__row">
                    <td className="govuk-table__cell app-nowrap">{new Date(r.at).toLocaleString("en-GB", { timeZone: "Europe/London" })}</td>
                    <td className="govuk-table__cell">
                      {r.actorName ?? "Unknown"} ({humanise(r.actorRole)})
                    </td>
                    <td className="govuk-table__cell">{r.action}</td>
                    <td className="govuk-table__cell">
                      {r.caseReference && r.caseId ? (
                        <Link className="govuk-link" to={`/cases/${r.caseId}`}>
                          {r.caseReference}
                        </Link>
                      ) : (
                        "–"
                      )}
                    </td>
                    <td className="govuk-table__cell">{describeDetail(r.detail) || "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            label="Pages of the audit trail"
            current={trail.page}
            count={trail.pageCount}
            hrefFor={(n) => `/audit?${paramsOf(applied, n).toString()}`}
          />
        </>
      ) : null}
    </>
  );
}
