import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../../graphql/generated";
import { Button, ErrorSummary, type FieldError, Tag, Textarea } from "../../components/govuk";
import { DateInput, isEmptyDate, isoFromParts, NO_DATE } from "../../components/govuk/DateInput";
import { useToday } from "../../app/today";
import { formatDate, humanise } from "../../format";
import { toFieldErrors } from "../../graphql/errors";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";

const LOG = graphql(`
  mutation LogLearningAction($input: LogLearningActionInput!) {
    logLearningAction(input: $input) {
      id
      summary
      status
      identifiedOn
      dueOn
      completedOn
    }
  }
`);
const COMPLETE = graphql(`
  mutation CompleteLearningAction($input: CompleteLearningActionInput!) {
    completeLearningAction(input: $input) {
      id
      status
      completedOn
    }
  }
`);

/** Learning from the complaint ("you said, we did"): actions logged against the case and marked done. */
export function LearningPanel({ detail, canEdit, onChanged }: { detail: CaseDetail; canEdit: boolean; onChanged: () => void }) {
  const today = useToday();
  const [description, setDescription] = useState("");
  const [dueOn, setDueOn] = useState(NO_DATE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [, log] = useMutation(LOG);
  const [, complete] = useMutation(COMPLETE);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!description.trim()) {
      setErrors([{ field: "learning-description", message: "Enter what will change" }]);
      return;
    }
    const due = isEmptyDate(dueOn) ? null : isoFromParts(dueOn);
    if (!isEmptyDate(dueOn) && !due) {
      setErrors([{ field: "learning-dueOn", message: "The due date must be a real date, for example 27 3 2027" }]);
      return;
    }
    const result = await log({ input: { caseId: detail.id, description: description.trim(), dueOn: due } });
    if (result.error) {
      setErrors(
        toFieldErrors(result.error, { description: "learning-description", dueOn: "learning-dueOn" }).map((e) =>
          e.field === "form" ? { ...e, field: "learning-description" } : e,
        ),
      );
      return;
    }
    setErrors([]);
    setDescription("");
    setDueOn(NO_DATE);
    onChanged();
  };

  return (
    <>
      {detail.learningActions.length === 0 ? (
        <p className="govuk-body">No learning actions.</p>
      ) : (
        <ul className="govuk-list">
          {detail.learningActions.map((l) => (
            <li key={l.id} className="govuk-!-margin-bottom-3">
              {l.summary}{" "}
              <Tag colour={l.completedOn ? "green" : "grey"}>{l.completedOn ? `Done ${formatDate(l.completedOn)}` : humanise(l.status)}</Tag>
              {l.dueOn && !l.completedOn ? <span className="govuk-body-s govuk-!-display-block">Due {formatDate(l.dueOn)}</span> : null}
              {canEdit && !l.completedOn ? (
                <button
                  type="button"
                  className="app-link-button govuk-body-s"
                  onClick={async () => {
                    const result = await complete({ input: { learningActionId: l.id, on: today } });
                    if (!result.error) onChanged();
                  }}
                >
                  Mark done<span className="govuk-visually-hidden">: {l.summary}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={errors} />
          <Textarea
            id="learning-description"
            label="Log a learning action"
            hint="What will change as a result of this complaint"
            value={description}
            error={errors.find((e) => e.field === "learning-description")?.message}
            onChange={setDescription}
            rows={3}
          />
          <DateInput
            id="learning-dueOn"
            label="Due by (optional)"
            hint="For example, 27 3 2027"
            value={dueOn}
            error={errors.find((e) => e.field === "learning-dueOn")?.message}
            onChange={setDueOn}
          />
          <Button type="submit" variant="secondary">
            Log learning action
          </Button>
        </form>
      ) : null}
    </>
  );
}
