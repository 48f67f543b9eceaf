import { useQuery } from "urql";
import { Select } from "../../components/govuk";
import { memberOfCode } from "../../graphql/canonical-code";
import { ReasonTheme, VocabularyKind } from "../../graphql/generated/graphql";
import { LOCAL_CHOICES } from "../../graphql/workbench-operations";
import { ReasonSelect } from "./ReasonSelect";

/**
 * What a point of complaint is about: the council's own reasons in force on the date received, under their
 * categories, each mapped to its canonical theme; the canonical themes only when the council has no taxonomy.
 */
export function PointReasonField({
  id,
  label,
  receivedOn,
  theme,
  localReason,
  themes,
  error,
  onChange,
}: {
  id: string;
  label: string;
  receivedOn: string;
  theme: string;
  localReason: string;
  themes: Array<{ value: string; label: string }>;
  error?: string | undefined;
  onChange: (theme: string, localReason: string) => void;
}) {
  const [{ data }] = useQuery({ query: LOCAL_CHOICES, variables: { kind: VocabularyKind.ReasonTaxonomy, on: receivedOn } });
  const reasons = data?.localChoices ?? [];
  if (reasons.length > 0) {
    return (
      <ReasonSelect
        id={id}
        label={label}
        value={localReason}
        error={error}
        choices={reasons}
        onChange={(choice) => onChange(memberOfCode(ReasonTheme, choice?.canonical) ?? "", choice?.code ?? "")}
      />
    );
  }
  return (
    <Select
      id={id}
      label={label}
      value={theme}
      error={error}
      options={[{ value: "", label: "Choose…" }, ...themes]}
      onChange={(v) => onChange(v, "")}
    />
  );
}
