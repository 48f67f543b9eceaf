import { Select } from "../../components/govuk";
import type { LocalChoice } from "./ReasonSelect";

/**
 * One of the council's own vocabularies in force (channels, complainant types, outcomes) as a select: the council's
 * words, its code as the value, each mapped to its canonical value. Without a vocabulary of the council's, the
 * canonical values are offered instead.
 */
export function LocalSelect({
  id,
  label,
  hint,
  empty,
  choices,
  canonical,
  localValue,
  canonicalValue,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  empty: string;
  choices: LocalChoice[];
  canonical: Array<{ value: string; label: string }>;
  localValue: string;
  canonicalValue: string;
  error?: string | undefined;
  onChange: (local: string, canonical: string) => void;
}) {
  if (choices.length === 0) {
    return (
      <Select
        id={id}
        label={label}
        {...(hint ? { hint } : {})}
        value={canonicalValue}
        error={error}
        onChange={(v) => onChange("", v)}
        options={[{ value: "", label: empty }, ...canonical]}
      />
    );
  }
  return (
    <Select
      id={id}
      label={label}
      {...(hint ? { hint } : {})}
      value={localValue}
      error={error}
      onChange={(code) => onChange(code, choices.find((c) => c.code === code)?.canonical ?? "")}
      options={[{ value: "", label: empty }, ...choices.map((c) => ({ value: c.code, label: c.label }))]}
    />
  );
}

/** The council's words for a chosen code, or the canonical value's words when none was chosen from its list. */
export function localLabel(choices: LocalChoice[], code: string, fallback: string): string {
  return choices.find((c) => c.code === code)?.label ?? fallback;
}
