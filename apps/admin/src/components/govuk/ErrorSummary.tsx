import { useEffect, useRef } from "react";

export interface FieldError {
  /** The id of the input the error belongs to (the summary links to it). */
  field: string;
  message: string;
}

/** GOV.UK error summary: shown at the top of a form, focused when it appears, each error links to its field. */
export function ErrorSummary({ errors, title = "There is a problem" }: { errors: FieldError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus the summary when it appears, not on every render: forms rebuild `errors` as the user types, and
  // moving focus then would take it away from the field being typed in (keyboard and screen-reader users).
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={`${e.field}:${e.message}`}>
                <a
                  href={`#${e.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(e.field)?.focus();
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
