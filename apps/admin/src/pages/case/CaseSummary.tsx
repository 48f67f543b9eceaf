import { SummaryList, Table } from "../../components/govuk";
import { formatDate, humanise } from "../../format";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import type { ReactNode } from "react";
import { ClocksByStage } from "./ClocksByStage";
import { ChangeLink } from "./CaseStory";
import { NotConsideredDecisions } from "./NotConsideredDecisions";

/** The case's particulars as a GOV.UK summary list, with Change links for those who handle it. */
function CaseDetails({ detail: c, canHandle }: { detail: CaseDetail; canHandle: boolean }) {
  return (
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
  );
}

/** Each point of complaint with its reason in the council's words and the outcome at each stage. */
function PointsTable({ detail: c }: { detail: CaseDetail }) {
  return (
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
          .map((o) => `${humanise(o.stage)}: ${o.outcomeLabel ? `${o.outcomeLabel} (${humanise(o.outcome).toLowerCase()})` : humanise(o.outcome)}`)
          .join("; ") || "None yet",
      ])}
    />
  );
}

/**
 * The case page's first tab: its particulars beside the next steps the rules allow, then the statutory clocks
 * and the points of complaint at the full width of the page (so the clocks' five columns are not squeezed).
 */
export function CaseSummary({
  detail: c,
  canHandle,
  nextSteps,
  after,
}: {
  detail: CaseDetail;
  canHandle: boolean;
  nextSteps: ReactNode;
  after?: ReactNode;
}) {
  const hasStages = c.stages.length > 0 || c.points.length > 0;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Summary</h2>
          <CaseDetails detail={c} canHandle={canHandle} />
        </div>
        <div className="govuk-grid-column-one-third">
          <h2 className="govuk-heading-m">Next steps</h2>
          {nextSteps}
        </div>
      </div>
      <ClocksByStage clocks={c.clocks} />
      {c.points.length > 0 ? <PointsTable detail={c} /> : hasStages ? <p className="govuk-body">No points of complaint recorded.</p> : null}
      <NotConsideredDecisions decisions={c.notConsideredDecisions ?? []} />
      {after}
    </>
  );
}
