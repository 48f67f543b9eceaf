import { useQuery } from "urql";
import { Select } from "../../components/govuk";
import { LOCAL_CHOICES } from "../../graphql/workbench-operations";
import { VocabularyKind, type CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { humanise } from "../../format";
import type { LocalChoice } from "../record/ReasonSelect";
import { OUTCOME_OPTIONS } from "./action-forms";

/**
 * The council's outcome vocabulary in force on a date (empty: the council has none, offer the canonical
 * outcomes), and whether it has arrived: until then no outcome is offered, so none is chosen from the wrong list.
 */
export function useLocalOutcomes(on: string): { choices: LocalChoice[]; ready: boolean } {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(on);
  const [{ data, error }] = useQuery({ query: LOCAL_CHOICES, variables: { kind: VocabularyKind.Outcome, on }, pause: !valid });
  return { choices: valid ? (data?.localChoices ?? []) : [], ready: !valid || data !== undefined || error !== undefined };
}

/** The outcomes chosen that the form still offers (a change of date can bring another vocabulary in force). */
export function offeredOnly(values: Record<string, string>, choices: LocalChoice[]): Record<string, string> {
  const offered = new Set(choices.length > 0 ? choices.map((c) => c.code) : OUTCOME_OPTIONS.map((o) => o.value));
  return Object.fromEntries(Object.entries(values).filter(([, v]) => offered.has(v)));
}

/**
 * An outcome for each point of complaint: the council's own outcome words in force on the response date, each
 * sent as its code (the gateway maps it to its canonical outcome), or the canonical outcomes when it has none.
 */
export function OutcomesField({
  id,
  legend,
  error,
  points,
  choices,
  ready,
  values,
  onChange,
}: {
  id: string;
  legend: string;
  error?: string | undefined;
  points: CaseDetail["points"];
  choices: LocalChoice[];
  ready: boolean;
  values: Record<string, string>;
  onChange: (pointRef: string, value: string) => void;
}) {
  const options = choices.length > 0 ? choices.map((c) => ({ value: c.code, label: c.label })) : OUTCOME_OPTIONS;
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" id={id} tabIndex={-1}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      {choices.length > 0 ? <p className="govuk-hint">Your council's outcomes in force on the date of the response</p> : null}
      {error ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {points.length === 0 ? <p className="govuk-body">This case has no points of complaint yet.</p> : null}
      {!ready ? <p className="govuk-body">Loading the outcomes…</p> : null}
      {(ready ? points : []).map((p) => (
        <Select
          key={p.pointRef}
          id={`outcome-${p.pointRef}`}
          label={`Point ${p.seq}: ${humanise(p.theme).toLowerCase()}`}
          value={values[p.pointRef] ?? ""}
          options={[{ value: "", label: "Choose…" }, ...options]}
          onChange={(v) => onChange(p.pointRef, v)}
        />
      ))}
    </fieldset>
  );
}
