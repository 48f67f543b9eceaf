/** A date as GOV.UK asks for it (https://design-system.service.gov.uk/components/date-input/): day, month, year. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const NO_DATE: DateParts = { day: "", month: "", year: "" };

export function isEmptyDate(parts: DateParts): boolean {
  return !parts.day.trim() && !parts.month.trim() && !parts.year.trim();
}

/** The ISO date the parts make, or null when they do not make a real date (31 February, a 2-digit year...). */
export function isoFromParts(parts: DateParts): string | null {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

export function partsFromIso(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? "" } : NO_DATE;
}

/** The GOV.UK date input: a fieldset with a legend, hint, error message and three inputs. */
export function DateInput({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  onBlur,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** Called when focus leaves the three inputs (not when it moves between them). */
  onBlur?: (() => void) | undefined;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const part = (key: keyof DateParts, name: string, width: 2 | 4) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={key === "day" ? id : `${id}-${key}`}>
          {name}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? " govuk-input--error" : ""}`}
          id={key === "day" ? id : `${id}-${key}`}
          name={`${id}-${key}`}
          type="text"
          inputMode="numeric"
          value={value[key]}
          onChange={(event) => onChange({ ...value, [key]: event.target.value })}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={described}
        onBlur={(event) => {
          if (onBlur && !event.currentTarget.contains(event.relatedTarget)) onBlur();
        }}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-date-input" id={`${id}-input`}>
          {part("day", "Day", 2)}
          {part("month", "Month", 2)}
          {part("year", "Year", 4)}
        </div>
      </fieldset>
    </div>
  );
}
