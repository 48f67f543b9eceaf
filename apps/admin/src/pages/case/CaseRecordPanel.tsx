import { z } from "zod";
import { useQuery } from "urql";
import { SummaryList } from "../../components/govuk";
import { formatDate, humanise } from "../../format";
import { RecommendationDecision } from "../../graphql/generated/graphql";
import { CASE_RECORD } from "../../graphql/workbench-operations";

const DECISION_WORDS: Record<string, string> = {
  [RecommendationDecision.Accepted]: "accepted by the council",
  [RecommendationDecision.Partly]: "partly accepted by the council",
  [RecommendationDecision.Declined]: "declined by the council",
};

/** A recommendation with the council's decision on it and the reason (reg 20). */
function recommendationText(r: { summary: string; accepted: boolean | null; decision: string | null; decisionReason: string | null }): string {
  const decision = r.decision
    ? (DECISION_WORDS[r.decision] ?? humanise(r.decision))
    : r.accepted === null
      ? "no decision yet"
      : r.accepted
        ? "accepted by the council"
        : "not accepted by the council";
  return `${r.summary} (${decision})${r.decisionReason ? `. Reason: ${r.decisionReason}` : ""}`;
}

const yesNo = (value: boolean | null) => (value === null ? "Not recorded" : value ? "Yes" : "No");

/** The fields of an event's payload the record shows; other fields are let through unread. */
const EVENT_DETAILS = z.looseObject({
  reason: z.string().nullish(),
  totalWorkingDays: z.number().nullish(),
  stage: z.string().nullish(),
  agreedBy: z.string().nullish(),
});

/** An extension's or suspension's details from its event (the reason is personal data, read audited). */
function eventDetail(type: string, details: unknown): string {
  const read = EVENT_DETAILS.safeParse(details);
  if (!read.success) return humanise(type);
  const payload = read.data;
  const parts = [
    payload.stage ? humanise(payload.stage) : "",
    payload.totalWorkingDays ? `to ${payload.totalWorkingDays} working days in all` : "",
    payload.agreedBy ? `by agreement with the complainant, agreed by ${payload.agreedBy}` : "",
    payload.reason ? `Reason: ${payload.reason}` : "",
  ];
  return parts.filter(Boolean).join(", ") || humanise(type);
}

/**
 * The rest of what was recorded on the case, read-only: the Investigating Officer and Independent Person,
 * extensions, suspensions, a stage started by agreement (who agreed), closure and reopening with their reasons,
 * review panels with their recommendations and the council's decisions, and the Ombudsman's reference, decision
 * and remedies (officers and managers: reasons are personal data). Feedback with no stages (`withStages` false,
 * e.g. a compliment) shows only its closure and reopening, or says there has been none.
 */
export function CaseRecordPanel({ caseId, withStages = true }: { caseId: string; withStages?: boolean }) {
  const [{ data, error }] = useQuery({ query: CASE_RECORD, variables: { id: caseId }, requestPolicy: "cache-and-network" });
  if (error) return <p className="govuk-body">The case's record could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p>;
  if (!data) return null;
  const c = data.case;
  const changes = c.timeline.nodes.filter(
    (e) =>
      ["extension_agreed", "suspended", "resumed", "closed", "reopened"].includes(e.type) ||
      (e.type === "stage_started" && EVENT_DETAILS.safeParse(e.payload).data?.agreedBy !== undefined),
  );
  const changeList = (
    <SummaryList
      rows={changes.map((e) => ({
        key: `${humanise(e.type)}, ${formatDate(e.on)}`,
        value: <span className="app-pre-wrap">{eventDetail(e.type, e.payload)}</span>,
      }))}
    />
  );
  if (!withStages) {
    return (
      <section aria-labelledby="record-heading">
        <h2 className="govuk-heading-m" id="record-heading">
          Closure and reopening
        </h2>
        {changes.length === 0 ? <p className="govuk-body">Not closed or reopened.</p> : changeList}
      </section>
    );
  }
  return (
    <section aria-labelledby="record-heading">
      <h2 className="govuk-heading-m" id="record-heading">
        Investigation and review
      </h2>
      <h3 className="govuk-heading-s">Investigating Officer and Independent Person</h3>
      {c.appointments.length === 0 ? (
        <p className="govuk-body">No one appointed yet.</p>
      ) : (
        <SummaryList
          rows={c.appointments.map((a) => ({
            key: humanise(a.role),
            value: `${a.reviewerName ?? "Name not recorded"}, appointed ${formatDate(a.appointedOn)}${a.endedOn ? `, until ${formatDate(a.endedOn)}` : ""}`,
          }))}
        />
      )}
      <h3 className="govuk-heading-s">Extensions, suspensions, agreements and closure</h3>
      {changes.length === 0 ? <p className="govuk-body">None.</p> : changeList}
      <h3 className="govuk-heading-s">Review panel</h3>
      {c.reviewPanels.length === 0 ? (
        <p className="govuk-body">No review panel requested.</p>
      ) : (
        c.reviewPanels.map((p) => (
          <div key={p.id}>
            <SummaryList
              rows={[
                { key: "Requested", value: formatDate(p.requestedOn) },
                { key: "Held", value: p.heldOn ? formatDate(p.heldOn) : "Not yet" },
                { key: "Report", value: p.reportedOn ? formatDate(p.reportedOn) : "Not yet" },
                { key: "Council's response", value: p.councilRespondedOn ? formatDate(p.councilRespondedOn) : "Not yet" },
                ...(p.decidedWithIndependentPerson ? [{ key: "Decided with the Independent Person", value: p.decidedWithIndependentPerson }] : []),
                ...p.recommendations.map((r) => ({
                  key: `Recommendation ${r.seq}`,
                  value: <span className="app-pre-wrap">{recommendationText(r)}</span>,
                })),
              ]}
            />
          </div>
        ))
      )}
      <h3 className="govuk-heading-s">Local Government and Social Care Ombudsman</h3>
      {c.lgscoReferrals.length === 0 ? (
        <p className="govuk-body">Not referred.</p>
      ) : (
        c.lgscoReferrals.map((r) => (
          <SummaryList
            key={r.id}
            rows={[
              { key: "Ombudsman's reference", value: r.lgscoReference ?? "Not recorded" },
              { key: "Referred", value: r.referredOn ? formatDate(r.referredOn) : "Not recorded" },
              {
                key: "Decision",
                value: r.decision
                  ? `${humanise(r.decision)}${r.decidedOn ? `, ${formatDate(r.decidedOn)}` : ""}${r.localDecision ? ` (${r.localDecision})` : ""}`
                  : "Awaited",
              },
              { key: "Fault found", value: yesNo(r.fault) },
              { key: "Injustice found", value: yesNo(r.injustice) },
              { key: "Remedies", value: r.remedies.map(humanise).join(", ") || "None" },
            ]}
          />
        ))
      )}
    </section>
  );
}
