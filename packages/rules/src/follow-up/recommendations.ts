import { z } from "zod";

/**
 * Recommendations made on a case and the learning actions a council takes: where they come from, where they
 * stand, and when one is overdue. Local practice (the council's own tracking), not statute; the recommending
 * bodies are the Stage 2 investigation and adjudication (SI 2006/1738 regs 17–18), the review panel (reg 20)
 * and the Local Government and Social Care Ombudsman.
 */
export const RECOMMENDATION_SOURCES = ["stage2", "review_panel", "ombudsman"] as const;
export type RecommendationSource = (typeof RECOMMENDATION_SOURCES)[number];
export const recommendationSourceSchema = z.enum(RECOMMENDATION_SOURCES);
export const RECOMMENDATION_SOURCE_LABELS: Record<RecommendationSource, string> = {
  stage2: "Stage 2 investigation",
  review_panel: "Review panel",
  ombudsman: "Ombudsman",
};

export const RECOMMENDATION_STATUSES = ["open", "in_progress", "done", "not_accepted"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const recommendationStatusSchema = z.enum(RECOMMENDATION_STATUSES);
export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  not_accepted: "Not accepted",
};

/** Statuses still to be acted on: only these can be overdue. */
export const OUTSTANDING_STATUSES: readonly RecommendationStatus[] = ["open", "in_progress"];

/** A learning action's stored status (open, completed, cancelled) on the tracker's scale. */
export function learningActionTrackerStatus(status: "open" | "completed" | "cancelled"): RecommendationStatus {
  return status === "completed" ? "done" : status === "cancelled" ? "not_accepted" : "open";
}

/** Overdue: still outstanding and its due date (ISO) is before today (ISO). Without a due date never overdue. */
export function isOverdue(status: RecommendationStatus, dueOn: string | null, today: string): boolean {
  return dueOn !== null && OUTSTANDING_STATUSES.includes(status) && dueOn < today;
}
