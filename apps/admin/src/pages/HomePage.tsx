import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useAuth } from "../auth/AuthContext";
import { hasRole } from "../auth/session";
import { CursorPagination, Select, Table, Tag, useCursorPage } from "../components/govuk";
import { formatDate, humanise } from "../format";
import { CASE_COUNTS, WORKLIST } from "../graphql/operations";
import { ME } from "../graphql/session-operations";
import { clockDueNext, isAcknowledgement } from "./case/ClocksByStage";
import { clockState } from "./case/ClocksTable";
import { financialYearOf } from "./reports/ReportsPage";
import { TimelinessSummary } from "./TimelinessSummary";
import { stageCountRows } from "./cases/StageCounts";
import { InvitationsPanel } from "./councils/InvitationsPanel";

/** Cases a page of the worklist, soonest due first. */
const WORKLIST_CASES_PER_PAGE = 50;

function Worklist({ officerId }: { officerId: string | null }) {
  const page = useCursorPage(WORKLIST_CASES_PER_PAGE);
  const [{ data, error }] = useQuery({ query: WORKLIST, variables: { withinDays: 7, officerId, ...page } });
  if (error) return <p className="govuk-body">The worklist could not be loaded.</p>;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { nodes, totalCount, pageInfo } = data.worklist;
  // One row a case: the clock it waits on next, the one due on the nextDueOn that put it on the worklist (a case's
  // later clocks, e.g. its Stage 1 response beside an acknowledgement due this week, are not due this week). The
  // complainant's windows to ask for the next stage are never it: they are not the council's to meet.
  const rows = nodes.flatMap((c) => {
    const k = clockDueNext(c.clocks, c.nextDueOn);
    return k ? [{ c, k, state: clockState(k) }] : [];
  });
  const overdue = rows.filter((r) => r.k.overdue);
  const acknowledgements = rows.filter((r) => isAcknowledgement(r.k));
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <p className="govuk-body">
            <span className="govuk-heading-xl govuk-!-margin-bottom-0">{overdue.length}</span>overdue
          </p>
        </div>
        <div className="govuk-grid-column-one-third">
          <p className="govuk-body">
            <span className="govuk-heading-xl govuk-!-margin-bottom-0">{rows.length - overdue.length}</span>due in the next 7 days
          </p>
        </div>
        <div className="govuk-grid-column-one-third">
          <p className="govuk-body">
            <span className="govuk-heading-xl govuk-!-margin-bottom-0">{acknowledgements.length}</span>acknowledgements outstanding
          </p>
        </div>
      </div>
      {totalCount > nodes.length ? (
        <p className="govuk-body">
          {totalCount} cases are due this week or overdue; the figures and the table cover {nodes.length} of them on this page.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">Due this week and overdue</h2>
          <p className="govuk-body">No case is due this week or overdue.</p>
        </>
      ) : (
        <Table
          caption="Due this week and overdue"
          head={["Case", "Clock", "Due", "State", "Team"]}
          rows={rows
            .sort((a, b) => a.k.dueOn.localeCompare(b.k.dueOn))
            .map(({ c, k, state }) => [
              <Link key="c" className="govuk-link" to={`/cases/${c.id}`}>
                {c.reference}
              </Link>,
              k.label,
              formatDate(k.dueOn),
              <Tag key="s" colour={state.colour}>
                {state.text}
              </Tag>,
              c.team?.name ?? "Not allocated",
            ])}
        />
      )}
      <CursorPagination label="Pages of the worklist" pageInfo={pageInfo} />
    </>
  );
}

function OpenByStage() {
  const [{ data }] = useQuery({
    query: CASE_COUNTS,
    variables: { groupBy: "CURRENT_STAGE", filter: { open: true } },
  });
  if (!data?.caseCounts) return null;
  return <Table caption="Open cases by stage" head={["Stage", "Cases"]} numeric={[1]} rows={stageCountRows(data.caseCounts)} />;
}

/** The officer's own cases or the whole council's, kept in the URL (?whose=mine). */
function WhoseWork() {
  const [params, setParams] = useSearchParams();
  const [{ data: me }] = useQuery({ query: ME });
  const whose = params.get("whose") === "mine" ? "mine" : "all";
  return (
    <>
      <Select
        id="whose"
        label="Show"
        value={whose}
        onChange={(v) => setParams(v === "mine" ? new URLSearchParams({ whose: "mine" }) : new URLSearchParams())}
        options={[
          { value: "all", label: "All the council's cases" },
          { value: "mine", label: "Cases allocated to me" },
        ]}
      />
      {whose === "mine" && !me ? <p className="govuk-body">Loading…</p> : <Worklist officerId={whose === "mine" ? (me?.me.userId ?? null) : null} />}
    </>
  );
}

export function HomePage() {
  const { session } = useAuth();
  const handles = hasRole(session, "complaints_officer", "manager", "auditor");
  return (
    <>
      <h1 className="govuk-heading-l">{session?.councilName ?? "Home"}</h1>
      <p className="govuk-body">Today is {formatDate(new Date().toISOString().slice(0, 10))}.</p>
      <InvitationsPanel />
      {handles ? <WhoseWork /> : null}
      {hasRole(session, "complaints_officer", "manager", "analyst", "council_admin", "auditor") ? (
        <>
          <OpenByStage />
          <TimelinessSummary financialYear={financialYearOf(new Date().toISOString().slice(0, 10))} />
        </>
      ) : null}
      {!handles ? (
        <p className="govuk-body">
          Your role is {session?.roles.map(humanise).join(", ") || "not set"}. Use{" "}
          <Link className="govuk-link" to="/reports">
            Reports
          </Link>{" "}
          for figures.
        </p>
      ) : null}
    </>
  );
}
