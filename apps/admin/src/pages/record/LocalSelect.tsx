import { Select } from "../../components/govuk";
import { humanise } from "../../format";
import { memberOfCode } from "../../graphql/canonical-code";
import { enumMember } from "../../graphql/enum-member";
import type { LocalChoice } from "./ReasonSelect";

/**
 * One of the council's own vocabularies in force (channels, complainant types, outcomes) as a select: the council's
 * words, its code as the value, each mapped to its canonical value. Without a vocabulary of the council's, the
 * canonical values (the members of `values`, a generated enum const) are offered instead. Either way onChange gets
 * the canonical enum value: a local choice's canonical is its stored code, turned into the enum value here.
 */
export function LocalSelect<E extends Record<string, string>>({
  id,
  label,
  hint,
  empty,
  choices,
  values,
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
  values: E;
  localValue: string;
  canonicalValue: string;
  error?: string | undefined;
  onChange: (local: string, canonical: E[keyof E] | "") => void;
}) {
  if (choices.length === 0) {
    return (
      <Select
        id={id}
        label={label}
        {...(hint ? { hint } : {})}
        value={canonicalValue}
        error={error}
        onChange={(v) => onChange("", enumMember(values, v) ?? "")}
        options={[{ value: "", label: empty }, ...Object.values(values).map((v) => ({ value: v, label: humanise(v) }))]}
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
      onChange={(code) => onChange(code, memberOfCode(values, choices.find((c) => c.code === code)?.canonical) ?? "")}
      options={[{ value: "", label: empty }, ...choices.map((c) => ({ value: c.code, label: c.label }))]}
    />
  );
}

/** The council's words for a chosen code, or the canonical value's words when none was chosen from its list. */
export function localLabel(choices: LocalChoice[], code: string, fallback: string): string {
  return choices.find((c) => c.code === code)?.label ?? fallback;
}
