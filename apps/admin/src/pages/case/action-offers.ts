import type { CaseDetail } from "../../graphql/types";
import { ACTION_FORMS, type ActionForm } from "./action-forms";

/** An action the rules engine offers now, with the stage it is for (from `Case.allowedActionDetails`). */
export interface OfferedForm extends ActionForm {
  /** Unique on the page: the action and its stage. */
  key: string;
  stage: string | null;
}

/** Where a stage has its own answer, the generic stage response for it is the same step under another name. */
const OWN_ANSWER: Record<string, string> = { stage2: "recordAdjudication", stage3: "recordCouncilResponse" };

const agreedBy = {
  name: "agreedBy",
  label: "Who agreed it with the complainant, for the council",
  kind: "text" as const,
  hint: "Going straight to this stage while the previous one is unanswered needs the complainant's agreement (Getting the Best from Complaints)",
};

/** One form for an offered action at a stage: its title, and for a stage started by agreement who agreed. */
function formFor(template: ActionForm, stage: string | null, detail: CaseDetail): OfferedForm {
  const key = `${template.action}${stage ? `:${stage}` : ""}`;
  const title = stage && template.titleFor ? template.titleFor(stage) : template.title;
  if (template.action === "startStage" && stage) {
    // A stage not yet requested nor begun starts here only by agreement with the complainant.
    const byAgreement = stage !== "stage1" && !detail.stages.some((s) => s.stage === stage);
    if (byAgreement) return { ...template, key, stage, title: `${title} by agreement`, fields: [agreedBy, ...template.fields] };
  }
  return { ...template, key, stage, title };
}

/**
 * The forms to offer on the case: every (action, stage) pair the rules allow now, in the catalogue's order,
 * then the steps that are not lifecycle events (allocating, adding a point) on a case still open.
 */
export function offeredForms(detail: CaseDetail): OfferedForm[] {
  const offered = detail.allowedActionDetails;
  const has = (action: string) => offered.some((o) => o.action === action);
  const open = !detail.closedOn && !detail.withdrawnOn;
  const forms: OfferedForm[] = [];
  for (const template of ACTION_FORMS) {
    if (template.always) {
      if (open) forms.push(formFor(template, null, detail));
      continue;
    }
    for (const { action, stage } of offered) {
      if (action !== template.action) continue;
      if (action === "recordStageResponse" && stage && OWN_ANSWER[stage] && has(OWN_ANSWER[stage])) continue;
      // The request for a review panel is the Stage 3 request (SI 2006/1738 reg 18): one button for it.
      if (action === "requestEscalation" && stage === "stage3" && has("requestReviewPanel")) continue;
      forms.push(formFor(template, template.stageAs ? stage : null, detail));
    }
  }
  const seen = new Set<string>();
  return forms.filter((f) => (seen.has(f.key) ? false : (seen.add(f.key), true)));
}
