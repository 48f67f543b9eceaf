export interface LocalChoice {
  code: string;
  label: string;
  canonical: string;
  parentCode: string | null;
}

/** The council's reasons under their categories (a category may be chosen itself when none of its reasons fits). */
export function ReasonSelect({
  id,
  label,
  value,
  error,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  choices: LocalChoice[];
  onChange: (choice: LocalChoice | null) => void;
}) {
  const categories = choices.filter((c) => !c.parentCode);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        Your council's reasons, under their categories
      </div>
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <select
        className={`govuk-select${error ? " govuk-select--error" : ""}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(event) => onChange(choices.find((c) => c.code === event.target.value) ?? null)}
      >
        <option value="">Choose…</option>
        {categories.map((category) => (
          <optgroup key={category.code} label={category.label}>
            <option value={category.code}>{category.label} (general)</option>
            {choices
              .filter((c) => c.parentCode === category.code)
              .map((reason) => (
                <option key={reason.code} value={reason.code}>
                  {reason.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
