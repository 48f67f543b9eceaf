import { Link, useLocation } from "react-router";
import { useQuery } from "urql";
import { CursorPagination, useCursorPage } from "../../components/govuk";
import { formatDate, humanise } from "../../format";
import { TEAM_HISTORY } from "../../graphql/settings-operations";
import type { TeamRow } from "../../graphql/settings-operations";
import { SettingsPageTop } from "./SettingsPageTop";

interface TeamLine {
  code: string;
  latest: TeamRow;
  /** Earlier rows of the same line (renames), newest first. */
  earlier: TeamRow[];
}

/** Team rows grouped into lines: a rename ends one row and starts another with the same code that names it. */
export function teamLines(rows: TeamRow[]): TeamLine[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replaced = new Set(rows.map((r) => r.predecessorId).filter((id): id is string => id !== null));
  return rows
    .filter((r) => !replaced.has(r.id))
    .map((latest) => {
      const earlier: TeamRow[] = [];
      let at = latest.predecessorId ? byId.get(latest.predecessorId) : undefined;
      while (at) {
        earlier.push(at);
        at = at.predecessorId ? byId.get(at.predecessorId) : undefined;
      }
      return { code: latest.code, latest, earlier };
    })
    .sort((a, b) => a.latest.name.localeCompare(b.latest.name));
}

/** Team rows a page (a rename's rows sit next to each other: the rows come by code, then start date). */
const TEAM_ROWS_PER_PAGE = 50;

export function TeamsPage() {
  const location = useLocation();
  const state = location.state as { renamed?: string; added?: string } | null;
  const notice = state?.renamed
    ? `The team is now called ${state.renamed}. Its earlier name is kept for past cases.`
    : state?.added
      ? `${state.added} was added.`
      : null;
  const page = useCursorPage(TEAM_ROWS_PER_PAGE);
  const [{ data, error }] = useQuery({ query: TEAM_HISTORY, variables: page });
  const lines = data ? teamLines(data.teamHistory.nodes) : [];
  return (
    <>
      <SettingsPageTop title="Teams and service areas" notice={notice} />
      <p className="govuk-body">Renaming a team keeps its history: cases allocated before the change keep the name in force at the time.</p>
      <Link className="govuk-button govuk-button--secondary" to="/settings/teams/new">
        Add a team
      </Link>
      {error ? <p className="govuk-body">The teams could not be loaded.</p> : null}
      {!data && !error ? <p className="govuk-body">Loading…</p> : null}
      {data ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Teams with their history</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Team
              </th>
              <th scope="col" className="govuk-table__header">
                Service area
              </th>
              <th scope="col" className="govuk-table__header">
                In force
              </th>
              <th scope="col" className="govuk-table__header">
                Earlier names
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {lines.map(({ code, latest, earlier }) => (
              <tr className="govuk-table__row" key={latest.id}>
                <th scope="row" className="govuk-table__header">
                  {latest.name} <span className="govuk-hint govuk-!-display-inline">({code})</span>
                </th>
                <td className="govuk-table__cell">{humanise(latest.serviceArea)}</td>
                <td className="govuk-table__cell">
                  From {formatDate(latest.validFrom)}
                  {latest.validTo ? ` to ${formatDate(latest.validTo)}` : ""}
                </td>
                <td className="govuk-table__cell">
                  {earlier.length === 0 ? (
                    "None"
                  ) : (
                    <ul className="govuk-list">
                      {earlier.map((row) => (
                        <li key={row.id}>
                          {row.name}, {formatDate(row.validFrom)} to {row.validTo ? formatDate(row.validTo) : "now"}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="govuk-table__cell">
                  {latest.validTo ? (
                    "Closed"
                  ) : (
                    <Link className="govuk-link" to={`/settings/teams/${latest.id}/rename`}>
                      Rename<span className="govuk-visually-hidden"> {latest.name}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data ? <CursorPagination label="Pages of the teams" pageInfo={data.teamHistory.pageInfo} /> : null}
    </>
  );
}
