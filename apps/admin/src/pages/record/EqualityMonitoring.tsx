import { Select } from "../../components/govuk";
import { EqualityQuestion } from "../../graphql/generated/graphql";
import type { EqualityQuestionAnswers } from "../../graphql/equality-operations";

/** A form field's props as the record-feedback page hands them to a GOV.UK component. */
interface FieldProps {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** The record-feedback form's field of each question (the recordFeedback input's field). */
type EqualityField = "gender" | "ethnicity" | "disability" | "ageBand";
const FIELD_OF: Readonly<Record<EqualityQuestion, EqualityField>> = {
  [EqualityQuestion.Gender]: "gender",
  [EqualityQuestion.Ethnicity]: "ethnicity",
  [EqualityQuestion.Disability]: "disability",
  [EqualityQuestion.AgeBand]: "ageBand",
};

/** "Prefer not to say": stored as "not_given", distinct from a question not asked (left empty, sent as null). */
const NOT_GIVEN = { value: "not_given", label: "Prefer not to say" };

/** "Prefer not to say", unless the council's own list has an answer of those words (Somerset's PNS): offered once. */
const declineOf = (q: EqualityQuestionAnswers) =>
  q.answers.some((a) => a.label.trim().toLowerCase() === NOT_GIVEN.label.toLowerCase()) ? [] : [NOT_GIVEN];

/**
 * The optional equality monitoring questions (Equality Act 2010 protected characteristics), about the person who
 * made the feedback: each with the answers the council offers (the gateway's equalityQuestions: its own list, or
 * the platform's), "Prefer not to say", or not asked.
 */
export function EqualityMonitoring({
  questions,
  field,
}: {
  questions: readonly EqualityQuestionAnswers[];
  field: (name: EqualityField) => FieldProps;
}) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby="equality-hint">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">Equality monitoring (optional)</h2>
      </legend>
      <div id="equality-hint" className="govuk-hint">
        About the person who made it. Ask, never assume: each answer may be left out or given as &quot;Prefer not to say&quot;.
      </div>
      {questions.map((q) => (
        <Select
          key={q.question}
          label={q.label}
          {...field(FIELD_OF[q.question])}
          options={[{ value: "", label: "Not asked" }, ...q.answers.map((a) => ({ value: a.code, label: a.label })), ...declineOf(q)]}
        />
      ))}
    </fieldset>
  );
}
