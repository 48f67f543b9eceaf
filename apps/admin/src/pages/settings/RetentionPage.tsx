import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { CursorPagination, type FieldError, useCursorPage } from "../../components/govuk";
import { formatDate } from "../../format";
import { RetentionRule } from "../../graphql/generated/graphql";
import { RETENTION_DRY_RUN, SET_LEGAL_HOLD, type RetentionCandidate } from "../../graphql/retention-operations";
import { SettingsPageTop } from "./SettingsPageTop";

/** Cases a page, in the order the run takes them. */
const CASES_PER_PAGE = 50;

/** Which rule set a case's retention date, in words (the gateway's RetentionRule). */
const RULE_LABELS: Record<RetentionRule, string> = {
  [RetentionRule.YearsAfterClosure]: "Years after closure",
  [RetentionRule.LookedAfterUntilAge]: "Looked-after child: until the age in your policy",
  [RetentionRule.LookedAfterBirthDateUnknown]: "Looked-after child, birth date not known: years after closure",
};

const holdButtonId = (c: RetentionCandidate) => `hold-${c.caseId}`;

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** What the run would erase of a case, in words, leaving out what it has none of: "1 person, 3 narratives or notes". */
export function erasureSummary(counts: RetentionCandidate["counts"]): string {
  const parts = [
    counts.people > 0 ? count(counts.people, "person", "people") : null,
    counts.narratives > 0 ? count(counts.narratives, "narrative or note", "narratives or notes") : null,
    counts.contacts > 0 ? count(counts.contacts, "contact log entry", "contact log entries") : null,
    counts.documents > 0 ? count(counts.documents, "document", "documents") : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : "Nothing left to erase";
}

/**
 * The retention dry run for council administrators: the closed cases whose personal data the next nightly run
 * would erase today, with what it would erase, and a legal hold placed or released on each (audited). A held case
 * stays on the list, marked held, and is not erased while the hold is in place.
 */
export function RetentionPage() {
  const page = useCursorPage(CASES_PER_PAGE);
  const [{ data, error, fetching: loading }, reload] = useQuery({ query: RETENTION_DRY_RUN, variables: page, requestPolicy: "network-only" });
  const [{ fetching }, setHold] = useMutation(SET_LEGAL_HOLD);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<FieldError[]>([]);
  const toggle = async (candidate: RetentionCandidate) => {
    const held = !candidate.onLegalHold;
    const result = await setHold({ input: { caseId: candidate.caseId, held } });
    if (result.error) {
      setNotice(null);
      setFailure([
        {
          field: holdButtonId(candidate),
          message: `The legal hold on ${candidate.reference} could not be ${held ? "placed" : "released"}: try again`,
        },
      ]);
      return;
    }
    setFailure([]);
    setNotice(
      held
        ? `A legal hold was placed on ${candidate.reference}: its personal data is kept until the hold is released.`
        : `The legal hold on ${candidate.reference} was released: the next run erases its personal data.`,
    );
    reload({ requestPolicy: "network-only" });
  };
  const policy = data?.retentionPolicy;
  const run = data?.retentionDryRun;
  return (
    <>
      <SettingsPageTop title="Personal data due for erasure" errors={failure} notice={notice} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Each night the platform erases the personal data of closed cases past their retention date: the people and their contact details, the
            narrative and notes, the contact log and the documents. It keeps the anonymous facts every report counts, and writes each erasure to the
            audit trail.
          </p>
          <p className="govuk-body">
            These are the cases the next run would take today. Place a legal hold on a case whose records are still needed (a claim, an Ombudsman
            investigation, an inquiry or a subject access request): the run leaves it alone until the hold is released.
          </p>
        </div>
      </div>
      {policy ? (
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Retention policy</dt>
            <dd className="govuk-summary-list__value">
              Personal data kept {count(policy.yearsAfterClosure, "year", "years")} after closure
              {policy.lookedAfterUntilAge ? `; a looked-after child's records until they are ${policy.lookedAfterUntilAge}` : ""}
              <br />
              <span className="govuk-hint govuk-!-margin-bottom-0">Set by: {policy.source}</span>
            </dd>
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to="/settings/notifications">
                Change<span className="govuk-visually-hidden"> the retention policy</span>
              </Link>
            </dd>
          </div>
        </dl>
      ) : null}
      {error ? <p className="govuk-body">The dry run could not be loaded. Try again later.</p> : null}
      {loading && !data ? <p className="govuk-body">Loading…</p> : null}
      {run && run.totalCount === 0 ? <p className="govuk-body">No case is due for erasure today.</p> : null}
      {run && run.totalCount > 0 ? (
        <>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {count(run.totalCount, "case", "cases")} due for erasure or kept by a legal hold
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Case
                </th>
                <th scope="col" className="govuk-table__header">
                  Closed
                </th>
                <th scope="col" className="govuk-table__header">
                  Kept until
                </th>
                <th scope="col" className="govuk-table__header">
                  Rule
                </th>
                <th scope="col" className="govuk-table__header">
                  What the run would erase
                </th>
                <th scope="col" className="govuk-table__header">
                  Legal hold
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {run.nodes.map((c) => (
                <tr className="govuk-table__row" key={c.caseId}>
                  <th scope="row" className="govuk-table__header">
                    {c.reference}
                  </th>
                  <td className="govuk-table__cell">{formatDate(c.closedOn)}</td>
                  <td className="govuk-table__cell">{formatDate(c.retainUntil)}</td>
                  <td className="govuk-table__cell">{RULE_LABELS[c.rule]}</td>
                  <td className="govuk-table__cell">{erasureSummary(c.counts)}</td>
                  <td className="govuk-table__cell">
                    {c.onLegalHold ? <strong className="govuk-tag govuk-tag--yellow">Held</strong> : <span>None</span>}{" "}
                    <button
                      id={holdButtonId(c)}
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2"
                      disabled={fetching}
                      onClick={() => void toggle(c)}
                    >
                      {c.onLegalHold ? "Release legal hold" : "Place legal hold"}
                      <span className="govuk-visually-hidden"> on {c.reference}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <CursorPagination label="Pages of the cases due for erasure" pageInfo={run.pageInfo} />
        </>
      ) : null}
    </>
  );
}
