import {
  dateFromIso,
  isoFromDate,
  RECOMMENDATION_SOURCE_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  type Period,
  type RecommendationSource,
  type RecommendationStatus,
} from "@csc/rules";
import type { CouncilTransaction } from "../db/client";

/** A recommendation or learning action of the year, in the words every report table prints. */
interface YearImprovement {
  readonly kind: "recommendation" | "learning";
  readonly summary: string;
  /** Where it came from: the recommendation's source label, or the team a learning action is for ("Learning" if none). */
  readonly from: string;
  readonly owner: string | null;
  readonly due: string | null;
  readonly status: string;
  readonly evidence: string | null;
}

const LEARNING_STATUS_LABELS = { open: "Open", completed: "Done", cancelled: "Not accepted" } as const;

/**
 * The recommendations made and learning actions identified in a period (recommendations first, each in date
 * order): the one list the Code report's improvement table and the annual reports' learning and recommendations
 * tables are made from.
 */
export async function yearImprovements(db: CouncilTransaction, councilId: string, period: Period): Promise<YearImprovement[]> {
  const within = { gte: dateFromIso(period.start), lte: dateFromIso(period.end) };
  const recommendations = await db.recommendation.findMany({
    where: { councilId, madeOn: within },
    include: { owner: { select: { displayName: true } } },
    orderBy: [{ madeOn: "asc" }, { id: "asc" }],
  });
  const learning = await db.learningAction.findMany({
    where: { councilId, identifiedOn: within },
    include: { team: { select: { name: true } } },
    orderBy: [{ identifiedOn: "asc" }, { id: "asc" }],
  });
  const learningOwners = [...new Set(learning.flatMap((l) => (l.ownerId ? [l.ownerId] : [])))];
  const owners = learningOwners.length
    ? await db.user.findMany({ where: { id: { in: learningOwners } }, select: { id: true, displayName: true } })
    : [];
  const ownerName = new Map(owners.map((o) => [o.id, o.displayName]));
  return [
    ...recommendations.map((r) => ({
      kind: "recommendation" as const,
      summary: r.summary,
      from: RECOMMENDATION_SOURCE_LABELS[r.source as RecommendationSource],
      owner: r.owner?.displayName ?? null,
      due: r.dueOn ? isoFromDate(r.dueOn) : null,
      status: RECOMMENDATION_STATUS_LABELS[r.status as RecommendationStatus],
      evidence: r.evidence,
    })),
    ...learning.map((l) => ({
      kind: "learning" as const,
      summary: l.summary,
      from: l.team?.name ?? "Learning",
      owner: l.ownerId ? (ownerName.get(l.ownerId) ?? null) : null,
      due: l.dueOn ? isoFromDate(l.dueOn) : null,
      status: LEARNING_STATUS_LABELS[l.status],
      evidence: null,
    })),
  ];
}
