import type { ReactNode } from "react";

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  return hint ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  ) : null;
}

function ErrorMessage({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

/** The GOV.UK form group around one labelled control: label, hint and error message, in that order. */
function LabelledField({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

export function TextInput(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: () => void;
    type?: "text" | "email" | "password" | "number" | "search";
    width?: "2" | "3" | "4" | "5" | "10" | "20" | "30" | "full";
    autoComplete?: string;
  },
) {
  const { id, label, hint, error, value, onChange, onBlur, type = "text", width, autoComplete } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        className={`govuk-input${width && width !== "full" ? ` govuk-input--width-${width}` : ""}${error ? " govuk-input--error" : ""}`}
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
    </LabelledField>
  );
}

export function Textarea(props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { id, label, hint, error, value, onChange, rows = 4 } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </LabelledField>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export function Select(props: FieldProps & { value: string; options: Option[]; onChange: (value: string) => void }) {
  const { id, label, hint, error, value, options, onChange } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        className={`govuk-select${error ? " govuk-select--error" : ""}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** GOV.UK radios in a fieldset; the first radio carries the field id so the error summary can focus it. */
export function Radios(
  props: FieldProps & { value: string; options: Option[]; onChange: (value: string) => void; inline?: boolean; children?: ReactNode },
) {
  const { id, label, hint, error, value, options, onChange, inline } = props;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}`} data-module="govuk-radios">
          {options.map((o, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={o.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={id}
                  type="radio"
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                  aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {o.label}
                </label>
                {o.hint ? (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-radios__hint">
                    {o.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      {props.children}
    </div>
  );
}
