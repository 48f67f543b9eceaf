import { useState } from "react";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { enumMember } from "../graphql/enum-member";
import { CaseSort, CaseStatus, FeedbackKind, Procedure, Stage } from "../graphql/generated/graphql";
import { usePageTitle } from "../app/usePageTitle";
import { Button, Select, Tag, TextInput } from "../components/govuk";
import { Pagination } from "../components/govuk/Pagination";
import { formatDate, humanise } from "../format";
import { CASE_PAGE, OFFICERS, TEAMS } from "../graphql/workbench-operations";
import type { CaseSummaryFieldsFragment as CaseSummary } from "../graphql/generated/graphql";
import { clockDueNext } from "./case/ClocksByStage";
import { clockState } from "./case/ClocksTable";
import { StageCounts } from "./cases/StageCounts";
import { DUE_SOON_DAYS, choicesFromParams, filterFor, pageFromParams, paramsFor } from "./cases/case-list-params";
import type { ListChoices, ListKey } from "./cases/case-list-params";

const PAGE_SIZE = 25;
const ANY = { value: "", label: "Any" };
const STATUSES = [
  CaseStatus.Received,
  CaseStatus.Acknowledged,
  CaseStatus.InStage,
  CaseStatus.Suspended,
  CaseStatus.AwaitingEscalation,
  CaseStatus.Responded,
  CaseStatus.NotConsidered,
  CaseStatus.Withdrawn,
  CaseStatus.Closed,
];
const KINDS = Object.values(FeedbackKind);
const PROCEDURES = [Procedure.ChildrensStatutory, Procedure.Corporate, Procedure.AdultSocialCare, Procedure.PublicHealth];

/** Search and filters: chosen in the form, applied with the button, kept in the URL. */
function CaseFilters({ applied, onApply }: { applied: ListChoices; onApply: (choices: ListChoices) => void }) {
  const [choices, setChoices] = useState(applied);
  const [{ data: teams }] = useQuery({ query: TEAMS });
  const [{ data: officers }] = useQuery({ query: OFFICERS });
  const set = (key: ListKey) => (value: string) => setChoices({ ...choices, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(choices);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Search and filter cases">
      <TextInput
        id="q"
        label="Search"
        hint="A case reference, or the name or date of birth (for example 27/3/2014) of the complainant or the child"
        type="search"
        value={choices.q}
        onChange={set("q")}
      />
      <Select
        id="show"
        label="Open or finished"
        value={choices.show}
        onChange={set("show")}
        options={[
          { value: "", label: "Open cases" },
          { value: "finished", label: "Finished (closed, withdrawn, not considered)" },
          { value: "all", label: "All cases" },
        ]}
      />
      <Select
        id="status"
        label="Status"
        value={choices.status}
        onChange={set("status")}
        options={[ANY, ...STATUSES.map((s) => ({ value: s, label: humanise(s) }))]}
      />
      <Select
        id="stage"
        label="Stage"
        value={choices.stage}
        onChange={set("stage")}
        options={[ANY, ...Object.values(Stage).map((s) => ({ value: s, label: humanise(s) }))]}
      />
      <Select
        id="team"
        label="Team"
        value={choices.team}
        onChange={set("team")}
        options={[ANY, ...(teams?.council.teams ?? []).map((t) => ({ value: t.id, label: t.validTo ? `${t.name} (ended)` : t.name }))]}
      />
      <Select
        id="officer"
        label="Officer"
        value={choices.officer}
        onChange={set("officer")}
        options={[ANY, ...(officers?.officers ?? []).map((o) => ({ value: o.id, label: o.displayName }))]}
      />
      <Select
        id="due"
        label="Due"
        value={choices.due}
        onChange={set("due")}
        options={[ANY, { value: "overdue", label: "Overdue" }, { value: "soon", label: `Due in the next ${DUE_SOON_DAYS} days` }]}
      />
      <Select
        id="kind"
        label="Kind"
        value={choices.kind}
        onChange={set("kind")}
        options={[ANY, ...KINDS.map((k) => ({ value: k, label: humanise(k) }))]}
      />
      <Select
        id="procedure"
        label="Procedure"
        value={choices.procedure}
        onChange={set("procedure")}
        options={[ANY, ...PROCEDURES.map((k) => ({ value: k, label: humanise(k) }))]}
      />
      <Select
        id="madeByChild"
        label="Made by a child"
        value={choices.madeByChild}
        onChange={set("madeByChild")}
        options={[ANY, { value: "true", label: "Yes" }, { value: "false", label: "No" }]}
      />
      <Select
        id="sort"
        label="Sort by"
        value={choices.sort}
        onChange={set("sort")}
        options={[
          { value: "", label: "Due soonest" },
          { value: "RECEIVED_NEWEST", label: "Newest first" },
          { value: "RECEIVED_OLDEST", label: "Oldest first" },
          { value: "REFERENCE", label: "Reference" },
        ]}
      />
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to="/cases">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

function CaseRows({ cases }: { cases: CaseSummary[] }) {
  return (
    <div className="app-table-scroll" role="region" aria-label="Cases, scrolls sideways" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Cases matching the search and filters</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {["Reference", "Next due", "Stage", "Team", "Officer", "Received"].map((h) => (
              <th key={h} scope="col" className="govuk-table__header">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {cases.map((c) => {
            // The clock the case waits on next, as on its page: the one due on the nextDueOn the rules decide.
            const running = clockDueNext(c.clocks, c.nextDueOn);
            const state = running ? clockState(running) : null;
            // What an officer scans for first, first: the case and when it is next due; then where it stands and whose it is.
            return (
              <tr className="govuk-table__row" key={c.id}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/cases/${c.id}`}>
                    {c.reference}
                  </Link>
                  <span className="app-cell-secondary">{humanise(c.kind)}</span>
                </th>
                <td className="govuk-table__cell">
                  {running && state ? (
                    <>
                      <span className="app-nowrap">{formatDate(running.dueOn)}</span> <Tag colour={state.colour}>{state.text}</Tag>
                    </>
                  ) : (
                    "–"
                  )}
                </td>
                <td className="govuk-table__cell">
                  {humanise(c.currentStage) || "–"}
                  <span className="app-cell-secondary">{humanise(c.status)}</span>
                </td>
                <td className="govuk-table__cell">{c.team?.name ?? "–"}</td>
                <td className="govuk-table__cell">{c.officer?.displayName ?? "–"}</td>
                <td className="govuk-table__cell">{formatDate(c.receivedOn)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The case list: open cases by default, search and filters applied with a button and kept in the URL, numbered pages. */
export function CasesPage() {
  const [params, setParams] = useSearchParams();
  const applied = choicesFromParams(params);
  const page = pageFromParams(params);
  const [{ data, fetching, error }] = useQuery({
    query: CASE_PAGE,
    variables: { filter: filterFor(applied), sort: enumMember(CaseSort, applied.sort) ?? CaseSort.DueSoonest, page, pageSize: PAGE_SIZE },
  });
  usePageTitle(page > 1 ? `Cases (page ${page})` : "Cases", Boolean(error));
  const result = data?.casePage;
  return (
    <>
      <h1 className="govuk-heading-l">Cases</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <CaseFilters key={params.toString()} applied={applied} onApply={(choices) => setParams(paramsFor(choices))} />
        </div>
        <div className="govuk-grid-column-three-quarters">
          {error ? (
            <div className="govuk-error-summary" data-module="govuk-error-summary">
              <div role="alert">
                <h2 className="govuk-error-summary__title">There is a problem</h2>
                <div className="govuk-error-summary__body">
                  <p className="govuk-body">The cases could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p>
                </div>
              </div>
            </div>
          ) : null}
          {result ? (
            <>
              <p className="govuk-body" role="status">
                {result.totalCount} case{result.totalCount === 1 ? "" : "s"}
                {result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}
              </p>
              {result.cases.length > 0 ? (
                <CaseRows cases={result.cases} />
              ) : (
                <p className="govuk-body">No cases match. Try fewer filters or another search.</p>
              )}
              <Pagination
                label="Pages of cases"
                current={result.page}
                count={result.pageCount}
                hrefFor={(n) => `/cases?${paramsFor(applied, n).toString()}`}
              />
              <StageCounts filter={filterFor(applied)} />
            </>
          ) : (
            <p className="govuk-body">{fetching ? "Loading…" : ""}</p>
          )}
        </div>
      </div>
    </>
  );
}
