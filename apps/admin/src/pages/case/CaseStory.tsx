import { Link } from "react-router";
import { useQuery } from "urql";
import { SummaryList } from "../../components/govuk";
import { formatDate } from "../../format";
import { CASE_STORY } from "../../graphql/workbench-operations";

export interface CaseStoryData {
  id: string;
  version: number;
  reference: string;
  channel: string | null;
  complainantRelationship: string | null;
  summary: string | null;
  outcomeSought: string | null;
  complainant: { name: string | null; email: string | null; phone: string | null; address: string | null } | null;
  child: { name: string | null; dateOfBirth: string | null } | null;
}

/** A GOV.UK summary list "Change" link, with the row named for screen readers. */
export function ChangeLink({ to, what }: { to: string; what: string }) {
  return (
    <Link className="govuk-link" to={to}>
      Change<span className="govuk-visually-hidden"> {what}</span>
    </Link>
  );
}

/**
 * The story of the case as recorded: what they said, what they want, who made it and the child it is about
 * (personal data: officers and managers; the load is an audited read), each with a Change link for handlers.
 */
export function CaseStory({ caseId, canChange }: { caseId: string; canChange: boolean }) {
  const [{ data, error }] = useQuery({ query: CASE_STORY, variables: { id: caseId }, requestPolicy: "cache-and-network" });
  if (error) return <p className="govuk-body">The complainant's details could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p>;
  if (!data) return <p className="govuk-body">Loading the complainant's details…</p>;
  const c = data.case;
  const change = (field: string, what: string) => (canChange ? <ChangeLink to={`/cases/${caseId}/change/${field}`} what={what} /> : undefined);
  const lines = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join(", ") || "Not given";
  return (
    <section aria-labelledby="story-heading">
      <h2 className="govuk-heading-m" id="story-heading">
        What they said
      </h2>
      <SummaryList
        rows={[
          {
            key: "What the feedback says",
            value: <span className="app-pre-wrap">{c.summary ?? "Not recorded"}</span>,
            action: change("summary", "what the feedback says"),
          },
          {
            key: "Outcome sought",
            value: <span className="app-pre-wrap">{c.outcomeSought ?? "Not recorded"}</span>,
            action: change("outcomeSought", "the outcome sought"),
          },
        ]}
      />
      <h2 className="govuk-heading-m">People</h2>
      <SummaryList
        rows={[
          {
            key: "Complainant",
            value: c.complainant?.name ?? "Not given",
            action: change("complainant", "the complainant's name and contact details"),
          },
          {
            key: "Contact details",
            value: lines(c.complainant?.email, c.complainant?.phone, c.complainant?.address),
            action: change("complainant", "the complainant's contact details"),
          },
          {
            key: "Child or young person",
            value:
              c.child?.name || c.child?.dateOfBirth
                ? lines(c.child?.name, c.child?.dateOfBirth ? `born ${formatDate(c.child.dateOfBirth)}` : null)
                : "Not given",
            action: change("child", "the child's name and date of birth"),
          },
        ]}
      />
    </section>
  );
}
