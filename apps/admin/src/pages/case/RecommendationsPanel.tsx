import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { gql, useMutation, useQuery } from "urql";
import { Button, ErrorSummary, type FieldError, Select, Tag, Textarea } from "../../components/govuk";
import { DateInput, isEmptyDate, isoFromParts, NO_DATE } from "../../components/govuk/DateInput";
import { formatDate, todayIso } from "../../format";
import { toFieldErrors } from "../../graphql/errors";
import type { FollowUpData } from "../../graphql/follow-up-operations";

const CASE_RECOMMENDATIONS = gql`
  query CaseRecommendations($caseId: ID!) {
    followUp(caseId: $caseId, first: 100) {
      total
      items { id kind caseId caseReference source sourceLabel summary ownerName dueOn status statusLabel overdue completedOn }
    }
    followUpChoices { statuses { value label } sources { value label } }
  }
`;
const RECORD = gql`
  mutation RecordRecommendation($input: RecordRecommendationInput!) {
    recordRecommendation(input: $input) { id }
  }
`;

/** Recommendations made on this case (Stage 2, review panel, Ombudsman): listed with their status, and recorded. */
export function RecommendationsPanel({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const [{ data }, reload] = useQuery<FollowUpData>({ query: CASE_RECOMMENDATIONS, variables: { caseId }, requestPolicy: "cache-and-network" });
  const [, record] = useMutation(RECORD);
  const [form, setForm] = useState({ source: "", summary: "" });
  const [dueOn, setDueOn] = useState(NO_DATE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const recommendations = (data?.followUp.items ?? []).filter((i) => i.kind === "recommendation");
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!form.source) found.push({ field: "recommendation-source", message: "Select who made the recommendation" });
    if (form.summary.trim().length < 3) found.push({ field: "recommendation-summary", message: "Enter what was recommended" });
    const due = isEmptyDate(dueOn) ? null : isoFromParts(dueOn);
    if (!isEmptyDate(dueOn) && !due) found.push({ field: "recommendation-dueOn", message: "The due date must be a real date, for example 27 3 2027" });
    setErrors(found);
    if (found.length > 0) return;
    const result = await record({ input: { caseId, source: form.source, summary: form.summary.trim(), madeOn: todayIso(), dueOn: due } });
    if (result.error) {
      setErrors(toFieldErrors(result.error, { source: "recommendation-source", summary: "recommendation-summary", dueOn: "recommendation-dueOn", madeOn: "recommendation-summary" }).map((e) => (e.field === "form" ? { ...e, field: "recommendation-summary" } : e)));
      return;
    }
    setForm({ source: "", summary: "" });
    setDueOn(NO_DATE);
    reload({ requestPolicy: "network-only" });
  };

  return (
    <>
      {recommendations.length === 0 ? (
        <p className="govuk-body">No recommendations.</p>
      ) : (
        <ul className="govuk-list">
          {recommendations.map((r) => (
            <li key={r.id} className="govuk-!-margin-bottom-3">
              {r.summary} <Tag colour={r.status === "done" ? "green" : "grey"}>{r.statusLabel}</Tag>
              {r.overdue ? (
                <>
                  {" "}
                  <Tag colour="red">Overdue</Tag>
                </>
              ) : null}
              <span className="govuk-body-s govuk-!-display-block">
                {r.sourceLabel}
                {r.dueOn ? `, due ${formatDate(r.dueOn)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body-s">
        <Link className="govuk-link" to="/learning">
          All recommendations and learning
        </Link>
      </p>
      {canEdit ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary errors={errors} />
          <Select
            id="recommendation-source"
            label="Recommendation made by"
            value={form.source}
            error={errorOf("recommendation-source")}
            onChange={(source) => setForm({ ...form, source })}
            options={[{ value: "", label: "Choose" }, ...(data?.followUpChoices.sources ?? []).filter((s) => s.value !== "learning")]}
          />
          <Textarea id="recommendation-summary" label="What was recommended" hint="Written for publication: no names" value={form.summary} error={errorOf("recommendation-summary")} onChange={(summary) => setForm({ ...form, summary })} rows={3} />
          <DateInput id="recommendation-dueOn" label="Due by (optional)" hint="For example, 27 3 2027" value={dueOn} error={errorOf("recommendation-dueOn")} onChange={setDueOn} />
          <Button type="submit" variant="secondary">
            Record recommendation
          </Button>
        </form>
      ) : null}
    </>
  );
}
