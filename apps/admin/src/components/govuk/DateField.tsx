import { useEffect, useState } from "react";
import { type DateParts, DateInput, isEmptyDate, isoFromParts, partsFromIso } from "./DateInput";

/**
 * What a date field holds for its form: the ISO date the day, month and year make; "" when all three are empty;
 * otherwise the parts as typed, marked so that no ISO check accepts them ("Enter a real date" in the form's
 * validation, never a silently dropped date).
 */
export function dateFieldValue(parts: DateParts): string {
  if (isEmptyDate(parts)) return "";
  return isoFromParts(parts) ?? `not a date: ${parts.day.trim()} ${parts.month.trim()} ${parts.year.trim()}`;
}

/**
 * The GOV.UK date input (day, month, year) for a form that keeps dates as ISO strings: it shows the ISO value it is
 * given and reports an ISO date (or the marked parts, see dateFieldValue) as the officer types.
 */
export function DateField({
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
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
}) {
  const [parts, setParts] = useState<DateParts>(() => partsFromIso(value));
  // A value set from outside (a reset, a default) is shown; the parts being typed are kept while they make it.
  useEffect(() => {
    setParts((current) => (dateFieldValue(current) === value ? current : partsFromIso(value)));
  }, [value]);
  return (
    <DateInput
      id={id}
      label={label}
      hint={hint ?? "For example, 27 3 2026"}
      error={error}
      value={parts}
      onBlur={onBlur}
      onChange={(next) => {
        setParts(next);
        onChange(dateFieldValue(next));
      }}
    />
  );
}
