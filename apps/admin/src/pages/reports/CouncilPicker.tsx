import { useState } from "react";
import type { FormEvent } from "react";
import { Button, ErrorSummary } from "../../components/govuk";

interface Council {
  councilId: string;
  name: string;
}

/**
 * Which councils the comparison shows (statistical neighbours, a region): GOV.UK checkboxes inside a details
 * component, applied with a button so the tables do not change under the analyst at every tick; "Show every
 * council" clears the choice. The choice is kept in the page's URL; the exports take the same list.
 */
export function CouncilPicker({
  councils,
  chosen,
  onChoose,
}: {
  councils: readonly Council[];
  chosen: readonly string[];
  onChoose: (ids: string[]) => void;
}) {
  const [ticked, setTicked] = useState<string[]>(() => (chosen.length > 0 ? [...chosen] : councils.map((c) => c.councilId)));
  const [error, setError] = useState<string | null>(null);
  const shown = chosen.length > 0 ? chosen.length : councils.length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ticked.length === 0) {
      setError("Choose at least one council");
      return;
    }
    setError(null);
    onChoose(ticked.length === councils.length ? [] : ticked);
  };
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Choose the councils to compare ({shown} of {councils.length} shown)
        </span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate aria-label="Councils to compare">
          <ErrorSummary errors={error && councils[0] ? [{ field: `council-${councils[0].councilId}`, message: error }] : []} />
          <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
            <fieldset className="govuk-fieldset" aria-describedby={error ? "councils-error" : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Councils</legend>
              {error ? (
                <p id="councils-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {error}
                </p>
              ) : null}
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                {councils.map((c) => (
                  <div className="govuk-checkboxes__item" key={c.councilId}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`council-${c.councilId}`}
                      type="checkbox"
                      checked={ticked.includes(c.councilId)}
                      onChange={(e) => setTicked((all) => (e.target.checked ? [...all, c.councilId] : all.filter((id) => id !== c.councilId)))}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`council-${c.councilId}`}>
                      {c.name}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <div className="govuk-button-group">
            <Button type="submit">Show these councils</Button>
            <Button variant="secondary" onClick={() => onChoose([])}>
              Show every council
            </Button>
          </div>
        </form>
      </div>
    </details>
  );
}
