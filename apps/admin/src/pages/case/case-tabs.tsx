import type { ReactNode } from "react";
import { hasRole, maySeePersonalData } from "../../auth/session";
import type { Session } from "../../auth/session";
import type { TabItem } from "../../components/govuk/Tabs";
import { FeedbackKind, type CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { CaseRecordPanel } from "./CaseRecordPanel";
import { CaseStory } from "./CaseStory";
import { CaseSummary } from "./CaseSummary";
import { CaseTimeline } from "./CaseTimeline";
import { CaseWorkbench } from "./CaseWorkbench";
import { KindDetailsPanel } from "./KindDetailsPanel";
import { LearningPanel } from "./LearningPanel";
import { RecommendationsPanel } from "./RecommendationsPanel";

/** A tab's panel at GOV.UK's reading width (two-thirds), as its forms and lists are laid out on a page of their own. */
function Narrow({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

/**
 * The case page's tabs for the signed-in role: the summary with the next steps for everyone; the story and
 * people, the investigation and review, notes, and correspondence (contacts, letters, documents) only for the roles that
 * may read personal data (each of those loads is an audited read); learning and the timeline for everyone.
 */
export function caseTabs(
  c: CaseDetail,
  session: Session | null | undefined,
  canHandle: boolean,
  nextSteps: ReactNode,
  reload: (updated: CaseDetail | null) => void,
): TabItem[] {
  // Feedback with no stages (a compliment, a comment) has no points, investigation or review panel to show.
  const hasStages = c.stages.length > 0 || c.points.length > 0;
  const personal = maySeePersonalData(session);
  const kindDetails =
    (c.kind === FeedbackKind.Compliment || c.kind === FeedbackKind.MemberEnquiry) && hasRole(session, "complaints_officer", "manager") ? (
      <KindDetailsPanel caseId={c.id} kind={c.kind} />
    ) : null;
  const tabs: Array<TabItem | null> = [
    { id: "summary", label: "Summary", panel: <CaseSummary detail={c} canHandle={canHandle} nextSteps={nextSteps} after={kindDetails} /> },
    personal ? { id: "people", label: "People", panel: <CaseStory caseId={c.id} canChange={canHandle} /> } : null,
    personal
      ? {
          id: "investigation",
          label: hasStages || c.lgscoReferrals.length > 0 ? "Investigation" : "Closure",
          panel: <CaseRecordPanel key={c.version} caseId={c.id} withStages={hasStages || c.lgscoReferrals.length > 0} />,
        }
      : null,
    personal ? { id: "notes", label: "Notes", panel: <CaseWorkbench caseId={c.id} part="notes" /> } : null,
    personal ? { id: "correspondence", label: "Correspondence", panel: <CaseWorkbench caseId={c.id} part="correspondence" /> } : null,
    {
      id: "learning",
      label: "Learning",
      panel: (
        <>
          <h2 className="govuk-heading-m">Learning</h2>
          <LearningPanel detail={c} canEdit={canHandle} onChanged={() => reload(null)} />
          <h2 className="govuk-heading-m">Recommendations</h2>
          <RecommendationsPanel caseId={c.id} canEdit={canHandle} />
        </>
      ),
    },
    { id: "timeline", label: "Timeline", panel: <CaseTimeline detail={c} /> },
  ];
  return tabs.filter((t): t is TabItem => t !== null).map((t) => (t.id === "summary" ? t : { ...t, panel: <Narrow>{t.panel}</Narrow> }));
}
