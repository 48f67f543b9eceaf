import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { useAuth } from "../../auth/AuthContext";
import { hasRole, maySeePersonalData } from "../../auth/session";
import { SummaryList, Table, Tag, WarningText } from "../../components/govuk";
import { SuccessBanner } from "../../components/govuk/SuccessBanner";
import { formatDate, humanise } from "../../format";
import { CASE } from "../../graphql/operations";
import { FeedbackKind, type CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { timelineOutcomes } from "./timeline-outcomes";
import { CaseActionList, CaseActionSection } from "./CaseActionPanel";
import { offeredForms } from "./action-offers";
import { NotConsideredDecisions } from "./NotConsideredDecisions";
import { ClocksByStage, councilClocks } from "./ClocksByStage";
import { CaseStory, ChangeLink } from "./CaseStory";
import { CaseRecordPanel } from "./CaseRecordPanel";
import { CaseWorkbench } from "./CaseWorkbench";
import { KindDetailsPanel } from "./KindDetailsPanel";
import { LearningPanel } from "./LearningPanel";
import { RecommendationsPanel } from "./RecommendationsPanel";

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
  // Feedback with no stages (a compliment, a comment) has no points, investigation or review panel to show.
  const hasStages = c.stages.length > 0 || c.points.length > 0;
  const reload = (updated: CaseDetail | null) => {
    if (updated) setLatest(updated);
    refetch({ requestPolicy: "network-only" });
  };
  const forms = canHandle ? offeredForms(c) : [];
  const opened = forms.find((f) => f.key === openAction);

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
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Details</h2>
          <SummaryList
            rows={[
              { key: "Received", value: formatDate(c.receivedOn) },
              { key: "Procedure", value: c.procedure ? humanise(c.procedure) : "Not decided" },
              {
                key: "Channel",
                value: humanise(c.channel) || "Not recorded",
                action: canHandle ? <ChangeLink to={`/cases/${c.id}/change/channel`} what="the channel" /> : undefined,
              },
              {
                key: "Who made it",
                value: humanise(c.complainantRelationship) || "Not recorded",
                action: canHandle ? <ChangeLink to={`/cases/${c.id}/change/complainantRelationship`} what="who made it" /> : undefined,
              },
              { key: "Made by a child or young person", value: c.madeByChild ? "Yes" : "No" },
              {
                key: "Advocacy",
                value: c.madeByChild
                  ? `${c.advocacyOffered ? "Offered" : "Not offered"}${c.advocacyTaken ? ", taken up" : ""}${c.advocacyProvider ? ` (${c.advocacyProvider})` : ""}`
                  : "Not applicable",
              },
              { key: "Team", value: c.team?.name ?? "Not allocated" },
              { key: "Officer", value: c.officer?.displayName ?? "Not allocated" },
              {
                key: "Acknowledged",
                value: c.acknowledgedOn
                  ? `${formatDate(c.acknowledgedOn)}${c.acknowledgementMet === false ? " (late)" : ""}`
                  : `Due ${formatDate(c.acknowledgementDueOn)}`,
              },
            ]}
          />
          <ClocksByStage clocks={c.clocks} />
          {c.points.length === 0 ? (
            hasStages ? (
              <p className="govuk-body">No points of complaint recorded.</p>
            ) : null
          ) : (
            <Table
              caption="Points of complaint and outcomes"
              head={["Point", "Reason", "Outcomes"]}
              rows={c.points.map((p) => [
                `Point ${p.seq}`,
                // The council's own words for the reason when it was classified by its taxonomy, with the code and theme.
                p.reasonLabel
                  ? `${p.reasonLabel} (${p.reasonCode ?? p.categoryCode ?? ""}; theme: ${humanise(p.theme)})`
                  : `${humanise(p.theme)}${p.reasonCode ? ` (${p.reasonCode})` : ""}`,
                // The council's own words for the outcome when one of its codes was recorded, with the canonical outcome.
                p.outcomes
                  .map(
                    (o) =>
                      `${humanise(o.stage)}: ${o.outcomeLabel ? `${o.outcomeLabel} (${humanise(o.outcome).toLowerCase()})` : humanise(o.outcome)}`,
                  )
                  .join("; ") || "None yet",
              ])}
            />
          )}
          <NotConsideredDecisions decisions={c.notConsideredDecisions ?? []} />
          {maySeePersonalData(session) ? <CaseStory caseId={c.id} canChange={canHandle} /> : null}
          {(c.kind === FeedbackKind.Compliment || c.kind === FeedbackKind.MemberEnquiry) && hasRole(session, "complaints_officer", "manager") ? (
            <KindDetailsPanel caseId={c.id} kind={c.kind} />
          ) : null}
          {maySeePersonalData(session) ? (
            <CaseRecordPanel key={c.version} caseId={c.id} withStages={hasStages || c.lgscoReferrals.length > 0} />
          ) : null}
          {maySeePersonalData(session) ? <CaseWorkbench caseId={c.id} /> : null}
          <h2 className="govuk-heading-m">Timeline</h2>
          {c.timeline.totalCount > c.timeline.nodes.length ? (
            <p className="govuk-body">
              The first {c.timeline.nodes.length} of {c.timeline.totalCount} entries are shown.
            </p>
          ) : null}
          <ol className="app-timeline">
            {c.timeline.nodes.map((t) => (
              <li className="app-timeline__item" key={t.seq}>
                <p className="govuk-body govuk-!-margin-bottom-0">
                  <strong>{humanise(t.type)}</strong>
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  {formatDate(t.on)}
                  {t.actorRole ? ` · ${humanise(t.actorRole)}` : ""}
                </p>
                {timelineOutcomes(c, t) ? <p className="govuk-body-s govuk-!-margin-bottom-0">{timelineOutcomes(c, t)}</p> : null}
              </li>
            ))}
          </ol>
        </div>
        <div className="govuk-grid-column-one-third">
          <h2 className="govuk-heading-m">Next steps</h2>
          {canHandle ? (
            <CaseActionList forms={forms} open={opened ? opened.key : null} onToggle={setOpenAction} />
          ) : (
            <p className="govuk-body">Your role can read this case but not change it.</p>
          )}
          <h2 className="govuk-heading-m">Learning</h2>
          <LearningPanel detail={c} canEdit={hasRole(session, "complaints_officer", "manager")} onChanged={() => reload(null)} />
          <h2 className="govuk-heading-m">Recommendations</h2>
          <RecommendationsPanel caseId={c.id} canEdit={hasRole(session, "complaints_officer", "manager")} />
        </div>
      </div>
    </>
  );
}
