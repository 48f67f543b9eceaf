import {
  isOverdue,
  isoFromDate,
  dateFromIso,
  learningActionTrackerStatus,
  OUTSTANDING_STATUSES,
  type RecommendationSource,
  type RecommendationStatus,
} from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { councilScope } from "./council-scope";

/**
 * The follow-up tracker: the council's recommendations (Stage 2, review panel, Ombudsman) and learning actions in
 * one list, filtered by status, source and overdue, soonest due first (no due date last), a page at a time. Overdue
 * is @csc/rules `isOverdue` against the gateway's today.
 */
export type FollowUpSource = RecommendationSource | "learning";

export interface FollowUpItem {
  kind: "recommendation" | "learning_action";
  id: string;
  caseId: string | null;
  caseReference: string | null;
  source: FollowUpSource;
  summary: string;
  ownerName: string | null;
  madeOn: string;
  dueOn: string | null;
  status: RecommendationStatus;
  completedOn: string | null;
  evidence: string | null;
  overdue: boolean;
  /** The optimistic lock of a recommendation (learning actions have none). */
  version: number | null;
}

interface FollowUpFilter {
  status?: RecommendationStatus | null;
  source?: FollowUpSource | null;
  overdue?: boolean | null;
  /** Only this recommendation (a mutation's answer). */
  recommendationId?: string;
  /** Only items of this case. */
  caseId?: string | null;
}

export interface FollowUpPage {
  items: FollowUpItem[];
  total: number;
}

const LEARNING_STATUS: Record<RecommendationStatus, "open" | "completed" | "cancelled" | null> = {
  open: "open",
  in_progress: null,
  done: "completed",
  not_accepted: "cancelled",
};

function byDue(a: FollowUpItem, b: FollowUpItem): number {
  if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
  return a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : a.id < b.id ? -1 : 1;
}

export async function listFollowUp(context: GatewayContext, filter: FollowUpFilter, page: { first: number; offset: number }): Promise<FollowUpPage> {
  const { councilId } = councilScope(context);
  const today = context.asOf;
  const overdueWhere = { ...(filter.overdue ? { dueOn: { lt: dateFromIso(today) } } : {}), ...(filter.caseId ? { caseId: filter.caseId } : {}) };
  return withCouncil(context.root, councilId, async (tx) => {
    const wantRecommendations = filter.source !== "learning";
    const wantLearning =
      !filter.recommendationId && (!filter.source || filter.source === "learning") && (!filter.status || LEARNING_STATUS[filter.status] !== null);
    const recommendations = wantRecommendations
      ? await tx.recommendation.findMany({
          where: {
            councilId,
            ...(filter.recommendationId ? { id: filter.recommendationId } : {}),
            ...(filter.source ? { source: filter.source } : {}),
            ...(filter.status ? { status: filter.status } : filter.overdue ? { status: { in: [...OUTSTANDING_STATUSES] } } : {}),
            ...overdueWhere,
          },
          include: { case: { select: { reference: true } }, owner: { select: { displayName: true } } },
        })
      : [];
    const learningStatus = filter.status ? LEARNING_STATUS[filter.status] : filter.overdue ? "open" : null;
    const learning = wantLearning
      ? await tx.learningAction.findMany({
          where: { councilId, ...(learningStatus ? { status: learningStatus } : {}), ...overdueWhere },
          include: { case: { select: { reference: true } } },
        })
      : [];
    const ownerIds = [...new Set(learning.map((l) => l.ownerId).filter((o): o is string => o !== null))];
    const owners = new Map(
      (ownerIds.length ? await tx.user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, displayName: true } }) : []).map((u) => [
        u.id,
        u.displayName,
      ]),
    );
    const items: FollowUpItem[] = [
      ...recommendations.map((r): FollowUpItem => {
        const status = r.status as RecommendationStatus;
        const dueOn = r.dueOn ? isoFromDate(r.dueOn) : null;
        return {
          kind: "recommendation",
          id: r.id,
          caseId: r.caseId,
          caseReference: r.case.reference,
          source: r.source as RecommendationSource,
          summary: r.summary,
          ownerName: r.owner?.displayName ?? null,
          madeOn: isoFromDate(r.madeOn),
          dueOn,
          status,
          completedOn: r.completedOn ? isoFromDate(r.completedOn) : null,
          evidence: r.evidence,
          overdue: isOverdue(status, dueOn, today),
          version: r.version,
        };
      }),
      ...learning.map((l): FollowUpItem => {
        const status = learningActionTrackerStatus(l.status);
        const dueOn = l.dueOn ? isoFromDate(l.dueOn) : null;
        return {
          kind: "learning_action",
          id: l.id,
          caseId: l.caseId,
          caseReference: l.case?.reference ?? null,
          source: "learning",
          summary: l.summary,
          ownerName: l.ownerId ? (owners.get(l.ownerId) ?? null) : null,
          madeOn: isoFromDate(l.identifiedOn),
          dueOn,
          status,
          completedOn: l.completedOn ? isoFromDate(l.completedOn) : null,
          evidence: null,
          overdue: isOverdue(status, dueOn, today),
          version: null,
        };
      }),
    ].sort(byDue);
    return { items: items.slice(page.offset, page.offset + page.first), total: items.length };
  });
}
