import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { ActionFormView } from "./ActionFormView";
import type { OfferedForm } from "./action-offers";
import { NotConsideredForm } from "./NotConsideredForm";

/** Where the opened action's form is on the page (the buttons control it). */
const ACTION_SECTION_ID = "case-action";

/**
 * The actions the rules engine allows now (Case.allowedActionDetails), each with its stage, as buttons in the
 * "Next steps" column; the one opened shows its form in its own section (CaseActionSection).
 */
export function CaseActionList({ forms, open, onToggle }: { forms: OfferedForm[]; open: string | null; onToggle: (key: string | null) => void }) {
  if (forms.length === 0) return <p className="govuk-body">No further steps are open on this case.</p>;
  return (
    <div>
      <ul className="govuk-list">
        {forms.map((f) => (
          <li key={f.key}>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
              aria-expanded={open === f.key}
              aria-controls={open === f.key ? ACTION_SECTION_ID : undefined}
              onClick={() => onToggle(open === f.key ? null : f.key)}
            >
              {f.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The opened action's form at full width (GOV.UK two-thirds column), in its own section under the page heading,
 * so a form with many fields (the council's response to a review panel) is not squeezed into the side column.
 */
export function CaseActionSection({ form, detail, onDone }: { form: OfferedForm; detail: CaseDetail; onDone: (updated: CaseDetail | null) => void }) {
  return (
    <section className="govuk-grid-row govuk-!-margin-bottom-6" id={ACTION_SECTION_ID} aria-labelledby={`${form.key}-title`}>
      <div className="govuk-grid-column-two-thirds">
        {form.action === "markNotConsidered" ? (
          <NotConsideredForm key={form.key} form={form} detail={detail} onDone={onDone} />
        ) : (
          <ActionFormView key={form.key} form={form} detail={detail} onDone={onDone} />
        )}
      </div>
    </section>
  );
}
