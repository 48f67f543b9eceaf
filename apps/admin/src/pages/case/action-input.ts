import type { Stage } from "../../graphql/generated/graphql";
import type { ActionForm } from "./action-forms";

/** What the form needs to know about the case beyond its own fields. */
export interface ActionContext {
  caseId: string;
  version: number;
  /** The stage the action is offered for (Case.allowedActionDetails), if any. */
  stage: Stage | null;
  pointCount: number;
  /** The review panel's recommendations by number (for the council's response, reg 20). */
  recommendationSeqs: number[];
  /** The outcomes chosen are the council's own codes (its outcome vocabulary in force), sent as localOutcome. */
  localOutcomes?: boolean;
}

/** The values of a recommendation's decision and reason in the form's values. */
export const recommendationField = (seq: number, part: "decision" | "reason") => `rec-${seq}-${part}`;

/** Builds the mutation's variables (`input`, and `stage` for actions that take it as an argument). */
export function buildVariables(
  form: ActionForm,
  values: Record<string, string>,
  outcomesByPoint: Record<string, string>,
  context: ActionContext,
): { input: Record<string, unknown>; stage?: Stage | null } {
  const input: Record<string, unknown> = { caseId: context.caseId, version: context.version };
  if (context.stage && form.stageAs === "stage") input.stage = context.stage;
  if (context.stage && form.stageAs === "to") input.to = context.stage;
  for (const field of form.fields) {
    const raw = values[field.name] ?? "";
    if (field.kind === "outcomes") {
      const outcomes = Object.entries(outcomesByPoint)
        .filter(([, outcome]) => outcome)
        .map(([pointId, value]) => (context.localOutcomes ? { pointId, localOutcome: value } : { pointId, outcome: value }));
      if (outcomes.length > 0 || !field.optional) input.outcomes = outcomes;
    } else if (field.kind === "recommendations") {
      if (context.recommendationSeqs.length > 0) {
        input[field.name] = context.recommendationSeqs.map((seq) => ({
          seq,
          decision: values[recommendationField(seq, "decision")] ?? "",
          reason: (values[recommendationField(seq, "reason")] ?? "").trim(),
        }));
      }
    } else if (field.kind === "number") {
      if (raw !== "") input[field.name] = Number(raw);
    } else if (field.kind === "lines") {
      input[field.name] = raw
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    } else if (raw !== "" || !field.optional) {
      input[field.name] = raw;
    }
    // The council's own reason (its code in force on the date received), beside the canonical theme.
    if (field.kind === "reason" && values.localReason) input.localReason = values.localReason;
  }
  return form.stageAs === "argument" ? { input, stage: context.stage } : { input };
}

/** Client-side checks; the gateway checks again and names the field and rule. */
export function validateAction(
  form: ActionForm,
  values: Record<string, string>,
  outcomesByPoint: Record<string, string>,
  context: ActionContext,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const hasRecommendations = context.recommendationSeqs.length > 0;
  for (const field of form.fields) {
    const raw = (values[field.name] ?? "").trim();
    if (field.kind === "outcomes") {
      const given = Object.values(outcomesByPoint).filter(Boolean).length;
      if (context.pointCount > 0 && given < context.pointCount) errors[field.name] = "Choose an outcome for every point of complaint";
      continue;
    }
    if (field.kind === "recommendations") {
      for (const seq of context.recommendationSeqs) {
        if (!values[recommendationField(seq, "decision")])
          errors[recommendationField(seq, "decision")] = `Select the council's decision on recommendation ${seq}`;
        if (!(values[recommendationField(seq, "reason")] ?? "").trim())
          errors[recommendationField(seq, "reason")] = `Enter the reason for the decision on recommendation ${seq}`;
      }
      continue;
    }
    // The Independent Person is needed with the decisions on the panel's recommendations (reg 20), and only then.
    const optional = field.name === "decidedWithIndependentPerson" ? !hasRecommendations : field.optional;
    if (!raw && !optional) {
      errors[field.name] =
        field.missing ??
        (field.kind === "select" || field.kind === "reason" ? `Select ${field.label.toLowerCase()}` : `Enter ${field.label.toLowerCase()}`);
    } else if (raw && field.kind === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
      errors[field.name] = `${field.label} must be a real date`;
    } else if (raw && field.kind === "number" && !/^\d+$/.test(raw)) {
      errors[field.name] = `${field.label} must be a whole number`;
    }
  }
  return errors;
}
