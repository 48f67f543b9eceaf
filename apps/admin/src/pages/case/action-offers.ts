import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { CaseAction, type ClockOwner, Stage } from "../../graphql/generated/graphql";
import { ACTION_FORMS, type ActionForm } from "./action-forms";
import { caseActionOf } from "./case-action";

/** An action the rules engine offers now, with the stage it is for (from `Case.allowedActionDetails`). */
export interface OfferedForm extends ActionForm {
  /** Unique on the page: the action and its stage. */
  key: string;
  stage: Stage | null;
}

/** Where a stage has its own answer, the generic stage response for it is the same step under another name. */
const OWN_ANSWER: Partial<Record<Stage, CaseAction>> = {
  [Stage.Stage_2]: CaseAction.RecordAdjudication,
  [Stage.Stage_3]: CaseAction.RecordCouncilResponse,
};

const agreedBy = {
  name: "agreedBy",
  label: "Who agreed it with the complainant, for the council",
  kind: "text" as const,
  missing: "Enter who, for the council, agreed it with the complainant",
  hint: "Going straight to this stage while the previous one is unanswered needs the complainant's agreement (Getting the Best from Complaints)",
};

/**
 * The timescale words the case's own clock gives (its label and source, from the rules engine's procedure
 * definition), so the app states no statutory number itself.
 */
function clockWords(detail: CaseDetail, stage: string | null, owedBy: ClockOwner): string | undefined {
  const clock =
    detail.clocks.find((c) => c.stage === stage && (c.owedBy ?? "COUNCIL") === owedBy && !c.stoppedOn) ??
    detail.clocks.find((c) => c.stage === stage && (c.owedBy ?? "COUNCIL") === owedBy);
  return clock ? `${clock.label}${clock.source ? ` (${clock.source})` : ""}` : undefined;
}

/** The case's own words for the timescale an offered action touches (an extension's limit, a request's window). */
function withClockWords(form: OfferedForm, detail: CaseDetail): OfferedForm {
  if (form.action === "agreeExtension") {
    const words = clockWords(detail, form.stage, "COUNCIL");
    if (!words) return form;
    return {
      ...form,
      fields: form.fields.map((f) =>
        f.name === "totalWorkingDays" ? { ...f, hint: `The timescale now: ${words}. Give the new total in working days.` } : f,
      ),
    };
  }
  if (form.action === "requestEscalation") {
    const words = clockWords(detail, form.stage, "COMPLAINANT");
    return words ? { ...form, note: `${words}; a later request is allowed and flagged` } : form;
  }
  return form;
}

/** One form for an offered action at a stage: its title, and for a stage started by agreement who agreed. */
function formFor(template: ActionForm, stage: Stage | null): OfferedForm {
  const key = `${template.action}${stage ? `:${stage}` : ""}`;
  const title = stage && template.titleFor ? template.titleFor(stage) : template.title;
  // A later stage not yet requested nor begun starts here only by agreement with the complainant.
  if (template.action === "startStage" && stage && stage !== Stage.Stage_1) {
    return { ...template, key, stage, title: `${title} by agreement`, fields: [agreedBy, ...template.fields] };
  }
  return { ...template, key, stage, title };
}

/**
 * The forms to offer on the case: every (action, stage) pair the rules allow now, in the catalogue's order,
 * then the steps that are not lifecycle events (allocating, adding a point) on a case still open.
 */
export function offeredForms(detail: CaseDetail): OfferedForm[] {
  const offered = detail.allowedActionDetails;
  const has = (action: CaseAction) => offered.some((o) => o.action === action);
  const open = !detail.closedOn && !detail.withdrawnOn;
  const forms: OfferedForm[] = [];
  for (const template of ACTION_FORMS) {
    if (template.always) {
      if (open) forms.push(formFor(template, null));
      continue;
    }
    for (const { action, stage } of offered) {
      if (action !== caseActionOf(template.action)) continue;
      const ownAnswer = stage ? OWN_ANSWER[stage] : undefined;
      if (action === CaseAction.RecordStageResponse && ownAnswer && has(ownAnswer)) continue;
      // The request for a review panel is the Stage 3 request (SI 2006/1738 reg 18): one button for it.
      if (action === CaseAction.RequestEscalation && stage === Stage.Stage_3 && has(CaseAction.RequestReviewPanel)) continue;
      // A stage already requested or begun is under way: recording when the council started it adds nothing here.
      if (action === CaseAction.StartStage && detail.stages.some((s) => s.stage === stage)) continue;
      forms.push(withClockWords(formFor(template, template.stageAs ? stage : null), detail));
    }
  }
  const seen = new Set<string>();
  return forms.filter((f) => (seen.has(f.key) ? false : (seen.add(f.key), true)));
}
