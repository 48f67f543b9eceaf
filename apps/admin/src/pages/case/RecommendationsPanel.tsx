import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { type DocumentType, graphql } from "../../graphql/generated";
import { enumMember } from "../../graphql/enum-member";
import { FollowUpKind, FollowUpSource, RecommendationSource, RecommendationStatus } from "../../graphql/generated/graphql";
import { Button, ErrorSummary, type FieldError, Select, Tag, Textarea } from "../../components/govuk";
import { DateInput, isEmptyDate, isoFromParts, NO_DATE } from "../../components/govuk/DateInput";
import { useToday } from "../../app/today";
import { formatDate } from "../../format";
import { toFieldErrors } from "../../graphql/errors";

const CASE_RECOMMENDATIONS = graphql(`
  query CaseRecommendations($caseId: ID!) {
    followUp(caseId: $caseId, first: 100) {
      total
      items {
        id
        kind
        caseId
        caseReference
        source
        sourceLabel
        summary
        ownerName
        dueOn
        status
        statusLabel
        overdue
        completedOn
        version
        evidence
      }
    }
    followUpChoices {
      statuses {
        value
        label
      }
      sources {
        value
        label
      }
    }
    officers {
      id
      displayName
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) {
      id
      version
    }
  }
`);

type PanelData = DocumentType<typeof CASE_RECOMMENDATIONS>;
type Item = PanelData["followUp"]["items"][number];

/** Moves one recommendation on: status, owner and, when done, the day and the evidence (at the version read). */
function UpdateForm({ item, data, onSaved }: { item: Item; data: PanelData; onSaved: () => void }) {
  const [status, setStatus] = useState<string>(item.status);
  const [ownerId, setOwnerId] = useState("");
  const [evidence, setEvidence] = useState(item.evidence ?? "");
  const [completedOn, setCompletedOn] = useState(NO_DATE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [, update] = useMutation(UPDATE);
  const prefix = `recommendation-${item.id}`;
  const errorOf = (field: string) => errors.find((e) => e.field === `${prefix}-${field}`)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const done = status === RecommendationStatus.Done;
    const day = isEmptyDate(completedOn) ? null : isoFromParts(completedOn);
    if (done && !day) found.push({ field: `${prefix}-completedOn`, message: "Enter the day it was done, for example 27 3 2027" });
    if (done && evidence.trim().length < 3) found.push({ field: `${prefix}-evidence`, message: "Enter the evidence that it was done" });
    const next = enumMember(RecommendationStatus, status);
    if (!next) found.push({ field: `${prefix}-status`, message: "Select the recommendation's status" });
    setErrors(found);
    if (!next || item.version === null || found.length > 0) return;
    const result = await update({
      input: {
        recommendationId: item.id,
        version: item.version,
        status: next,
        ...(ownerId ? { ownerId } : {}),
        completedOn: done ? day : null,
        evidence: evidence.trim() ? evidence.trim() : null,
      },
    });
    if (result.error) {
      const map = { status: `${prefix}-status`, ownerId: `${prefix}-owner`, completedOn: `${prefix}-completedOn`, evidence: `${prefix}-evidence` };
      setErrors(toFieldErrors(result.error, map).map((e) => (e.field === "form" ? { ...e, field: `${prefix}-status` } : e)));
      return;
    }
    onSaved();
  };
  return (
    <details className="govuk-details govuk-!-margin-bottom-2">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Update<span className="govuk-visually-hidden">: {item.summary}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary errors={errors} />
          <Select
            id={`${prefix}-status`}
            label="Status"
            value={status}
            error={errorOf("status")}
            onChange={setStatus}
            options={data.followUpChoices.statuses}
          />
          <Select
            id={`${prefix}-owner`}
            label="Owner"
            value={ownerId}
            error={errorOf("owner")}
            onChange={setOwnerId}
            options={[
              { value: "", label: item.ownerName ? `Keep ${item.ownerName}` : "Not assigned" },
              ...data.officers.map((o) => ({ value: o.id, label: o.displayName })),
            ]}
          />
          <DateInput
            id={`${prefix}-completedOn`}
            label="Done on (when done)"
            hint="For example, 27 3 2027"
            value={completedOn}
            error={errorOf("completedOn")}
            onChange={setCompletedOn}
          />
          <Textarea
            id={`${prefix}-evidence`}
            label="Evidence of completion (when done)"
            value={evidence}
            error={errorOf("evidence")}
            onChange={setEvidence}
            rows={3}
          />
          <Button type="submit" variant="secondary">
            Save recommendation
          </Button>
        </form>
      </div>
    </details>
  );
}
const RECORD = graphql(`
  mutation RecordRecommendation($input: RecordRecommendationInput!) {
    recordRecommendation(input: $input) {
      id
    }
  }
`);

/** Recommendations made on this case (Stage 2, review panel, Ombudsman): listed with their status, and recorded. */
export function RecommendationsPanel({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const today = useToday();
  const [{ data }, reload] = useQuery({ query: CASE_RECOMMENDATIONS, variables: { caseId }, requestPolicy: "cache-and-network" });
  const [, record] = useMutation(RECORD);
  const [form, setForm] = useState({ source: "", summary: "" });
  const [dueOn, setDueOn] = useState(NO_DATE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const recommendations = (data?.followUp.items ?? []).filter((i) => i.kind === FollowUpKind.Recommendation);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const source = enumMember(RecommendationSource, form.source);
    if (!source) found.push({ field: "recommendation-source", message: "Select who made the recommendation" });
    if (form.summary.trim().length < 3) found.push({ field: "recommendation-summary", message: "Enter what was recommended" });
    const due = isEmptyDate(dueOn) ? null : isoFromParts(dueOn);
    if (!isEmptyDate(dueOn) && !due)
      found.push({ field: "recommendation-dueOn", message: "The due date must be a real date, for example 27 3 2027" });
    setErrors(found);
    if (!source || found.length > 0) return;
    const result = await record({ input: { caseId, source, summary: form.summary.trim(), madeOn: today, dueOn: due } });
    if (result.error) {
      setErrors(
        toFieldErrors(result.error, {
          source: "recommendation-source",
          summary: "recommendation-summary",
          dueOn: "recommendation-dueOn",
          madeOn: "recommendation-summary",
        }).map((e) => (e.field === "form" ? { ...e, field: "recommendation-summary" } : e)),
      );
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
              {r.summary} <Tag colour={r.status === RecommendationStatus.Done ? "green" : "grey"}>{r.statusLabel}</Tag>
              {r.overdue ? (
                <>
                  {" "}
                  <Tag colour="red">Overdue</Tag>
                </>
              ) : null}
              <span className="govuk-body-s govuk-!-display-block">
                {r.sourceLabel}
                {r.dueOn ? `, due ${formatDate(r.dueOn)}` : ""}
                {r.ownerName ? `, owner ${r.ownerName}` : ""}
                {r.completedOn ? `, done ${formatDate(r.completedOn)}` : ""}
              </span>
              {canEdit && data ? (
                <UpdateForm key={`${r.id}-${r.version ?? 0}`} item={r} data={data} onSaved={() => reload({ requestPolicy: "network-only" })} />
              ) : null}
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
            options={[{ value: "", label: "Choose" }, ...(data?.followUpChoices.sources ?? []).filter((s) => s.value !== FollowUpSource.Learning)]}
          />
          <Textarea
            id="recommendation-summary"
            label="What was recommended"
            hint="Written for publication: no names"
            value={form.summary}
            error={errorOf("recommendation-summary")}
            onChange={(summary) => setForm({ ...form, summary })}
            rows={3}
          />
          <DateInput
            id="recommendation-dueOn"
            label="Due by (optional)"
            hint="For example, 27 3 2027"
            value={dueOn}
            error={errorOf("recommendation-dueOn")}
            onChange={setDueOn}
          />
          <Button type="submit" variant="secondary">
            Record recommendation
          </Button>
        </form>
      ) : null}
    </>
  );
}
