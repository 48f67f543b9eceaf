import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { useAuth } from "../../auth/AuthContext";
import { hasRole } from "../../auth/session";
import { Tag, WarningText } from "../../components/govuk";
import { Tabs } from "../../components/govuk/Tabs";
import { SuccessBanner } from "../../components/govuk/SuccessBanner";
import { formatDate, humanise } from "../../format";
import { CASE } from "../../graphql/operations";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { CaseActionList, CaseActionSection } from "./CaseActionPanel";
import { offeredForms } from "./action-offers";
import { NextDue, councilClocks } from "./ClocksByStage";
import { caseTabs } from "./case-tabs";

export function CasePage() {
  const { id = "" } = useParams();
  const { session } = useAuth();
  const location = useLocation();
  const done = (location.state as { done?: string } | null)?.done;
  const canHandle = hasRole(session, "complaints_officer", "manager");
  // The case as the last action returned it: newer than the query's copy until that is refetched.
  const [latest, setLatest] = useState<CaseDetail | null>(null);
  // The action whose form is open (its form shows full width under the heading, not in the side column).
  const [openAction, setOpenAction] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: CASE, variables: { id }, requestPolicy: "cache-and-network" });

  if (error?.graphQLErrors.some((e) => e.extensions?.code === "NOT_FOUND")) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">There is no case with this reference in your council.</p>
        <p className="govuk-body">
          <Link to="/cases" className="govuk-link">
            Go to your council's cases
          </Link>
        </p>
      </>
    );
  }
  if (error) return <p className="govuk-body">The case could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p>;
  if (!data) return <p className="govuk-body">{fetching ? "Loading…" : ""}</p>;
  const c = latest && latest.id === data.case.id && latest.version > data.case.version ? latest : data.case;
  const reload = (updated: CaseDetail | null) => {
    if (updated) setLatest(updated);
    refetch({ requestPolicy: "network-only" });
  };
  // A running clock's figures are as of the day the case was last derived; open cases are brought up to date each
  // night. Said plainly when that has not happened yet today (a case changed now is derived as of today).
  const asOf = c === data.case ? data.case.derivedOn : null;
  const behind = asOf && asOf < data.today && c.nextDueOn ? asOf : null;
  const forms = canHandle ? offeredForms(c) : [];
  const opened = forms.find((f) => f.key === openAction);
  const nextSteps = canHandle ? (
    <CaseActionList forms={forms} open={opened ? opened.key : null} onToggle={setOpenAction} />
  ) : (
    <p className="govuk-body">Your role can read this case but not change it.</p>
  );

  return (
    <>
      {done ? <SuccessBanner id="case-changed">{done}</SuccessBanner> : null}
      <span className="govuk-caption-l">{humanise(c.kind)}</span>
      <h1 className="govuk-heading-l">Case {c.reference}</h1>
      <p className="govuk-body">
        <Tag colour="blue">{humanise(c.status)}</Tag> {c.currentStage ? <Tag colour="purple">{humanise(c.currentStage)}</Tag> : null}{" "}
        {c.suspended ? <Tag colour="yellow">On hold</Tag> : null}{" "}
        {councilClocks(c.clocks).some((k) => k.overdue) ? <Tag colour="red">Overdue</Tag> : null}
      </p>
      <NextDue clocks={c.clocks} nextDueOn={c.nextDueOn ?? null} />
      {behind ? (
        <WarningText>
          The timescales are as of {formatDate(behind)}, the day this case was last brought up to date; they are brought up to date each night.
        </WarningText>
      ) : null}
      {c.flags.map((f) => (
        <WarningText key={f.code}>{f.message}</WarningText>
      ))}
      {opened ? (
        <CaseActionSection
          form={opened}
          detail={c}
          onDone={(updated) => {
            setOpenAction(null);
            if (updated) reload(updated);
          }}
        />
      ) : null}
      <Tabs title="Contents" items={caseTabs(c, session, canHandle, nextSteps, reload)} />
    </>
  );
}
