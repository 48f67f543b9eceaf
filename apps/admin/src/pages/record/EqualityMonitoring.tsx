import { Select } from "../../components/govuk";

/** A form field's props as the record-feedback page hands them to a GOV.UK component. */
interface FieldProps {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** "Prefer not to say": stored as "not_given", distinct from a question not asked (left empty, sent as null). */
const NOT_GIVEN = { value: "not_given", label: "Prefer not to say" };
/** Equality monitoring questions (Equality Act 2010 protected characteristics), each optional. */
interface EqualityQuestion {
  name: "gender" | "ethnicity" | "disability" | "ageBand";
  label: string;
  options: Array<{ value: string; label: string }>;
}
const EQUALITY_QUESTIONS: readonly EqualityQuestion[] = [
  {
    name: "gender",
    label: "Gender",
    options: [
      { value: "female", label: "Female" },
      { value: "male", label: "Male" },
      { value: "non_binary", label: "Non-binary" },
      { value: "other", label: "Another gender" },
    ],
  },
  {
    name: "ethnicity",
    label: "Ethnic group",
    options: [
      { value: "asian", label: "Asian or Asian British" },
      { value: "black", label: "Black, Black British, Caribbean or African" },
      { value: "mixed", label: "Mixed or multiple ethnic groups" },
      { value: "white", label: "White" },
      { value: "other", label: "Another ethnic group" },
    ],
  },
  {
    name: "disability",
    label: "Disability",
    options: [
      { value: "yes", label: "Disabled" },
      { value: "no", label: "Not disabled" },
    ],
  },
  {
    name: "ageBand",
    label: "Age band",
    options: ["0-4", "5-9", "10-12", "13-15", "16-17", "18-24", "25-64", "65+"].map((band) => ({
      value: band,
      label: band.replace("-", " to ").replace("+", " or over"),
    })),
  },
];

/** The optional equality monitoring questions, about the person who made the feedback. */
export function EqualityMonitoring({ field }: { field: (name: EqualityQuestion["name"]) => FieldProps }) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby="equality-hint">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">Equality monitoring (optional)</h2>
      </legend>
      <div id="equality-hint" className="govuk-hint">
        About the person who made it. Ask, never assume: each answer may be left out or given as &quot;Prefer not to say&quot;.
      </div>
      {EQUALITY_QUESTIONS.map((q) => (
        <Select key={q.name} label={q.label} {...field(q.name)} options={[{ value: "", label: "Not asked" }, ...q.options, NOT_GIVEN]} />
      ))}
    </fieldset>
  );
}
