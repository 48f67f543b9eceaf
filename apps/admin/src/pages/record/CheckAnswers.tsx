import { useEffect, useRef } from "react";
import { Button, ErrorSummary, SummaryList } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";

export interface Answer {
  key: string;
  value: string;
  /** The form field to go back to. */
  field: string;
}

/** GOV.UK check answers: every answer with a Change link back to its field, then the button that records it. */
export function CheckAnswers({
  answers,
  errors,
  sending,
  onChange,
  onSend,
}: {
  answers: Answer[];
  errors: FieldError[];
  sending: boolean;
  onChange: (field: string) => void;
  onSend: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
          Check your answers before recording the feedback
        </h1>
        <SummaryList
          rows={answers.map((a) => ({
            key: a.key,
            value: <span className="app-pre-wrap">{a.value || "Not given"}</span>,
            action: (
              <button type="button" className="app-link-button" onClick={() => onChange(a.field)}>
                Change<span className="govuk-visually-hidden"> {a.key.toLowerCase()}</span>
              </button>
            ),
          }))}
        />
        <h2 className="govuk-heading-m">Now record the feedback</h2>
        <p className="govuk-body">Recording it starts the statutory clocks from the date received.</p>
        <Button onClick={onSend} disabled={sending}>
          Record feedback
        </Button>
      </div>
    </div>
  );
}
