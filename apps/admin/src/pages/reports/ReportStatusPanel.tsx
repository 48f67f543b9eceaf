import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation } from "urql";
import { Button, ErrorSummary, Tag, Textarea, TextInput } from "../../components/govuk";
import { DateInput, isEmptyDate, isoFromParts, NO_DATE } from "../../components/govuk/DateInput";
import type { FieldError } from "../../components/govuk";
import { formatDate } from "../../format";
import { toFieldErrors } from "../../graphql/errors";
import { APPROVE_REPORT, RECORD_REPORT_PRESENTED, type ReportState } from "../../graphql/report-narrative-operations";

const LABELS = { DRAFT: "Draft", APPROVED: "Approved", PRESENTED: "Presented" } as const;
const COLOURS = { DRAFT: "grey", APPROVED: "blue", PRESENTED: "green" } as const;

/**
 * Where the year's report stands: draft → approved → presented to a committee (SI 2006/1738 reg 13(3)), with the
 * committee, the day and its response. Saving any section's text makes an approved report a draft again.
 */
export function ReportStatusPanel({ state, onChanged }: { state: ReportState; onChanged: (message: string) => void }) {
  const [committee, setCommittee] = useState("");
  const [presentedOn, setPresentedOn] = useState(NO_DATE);
  const [response, setResponse] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching: approving }, approve] = useMutation(APPROVE_REPORT);
  const [{ fetching: recording }, record] = useMutation(RECORD_REPORT_PRESENTED);

  const doApprove = async () => {
    const result = await approve({ financialYear: state.financialYear });
    if (result.error) {
      setErrors(toFieldErrors(result.error, {}));
      return;
    }
    setErrors([]);
    onChanged("Report approved");
  };

  const doRecord = async (event: FormEvent) => {
    event.preventDefault();
    const on = isoFromParts(presentedOn);
    if (!on) {
      const message = isEmptyDate(presentedOn) ? "Enter the date it was presented" : "Date presented must be a real date, for example 14 9 2021";
      setErrors([{ field: "presented-on", message }]);
      return;
    }
    const result = await record({ input: { financialYear: state.financialYear, committee, presentedOn: on, response: response || null } });
    if (result.error) {
      setErrors(toFieldErrors(result.error, { committee: "committee", presentedOn: "presented-on", response: "committee-response" }));
      return;
    }
    setErrors([]);
    onChanged("Presentation to the committee recorded");
  };

  return (
    <section aria-labelledby="report-status-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="report-status-heading">
        Report status
      </h2>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        <Tag colour={COLOURS[state.status]}>{LABELS[state.status]}</Tag>
        {state.approvedByName && state.status !== "DRAFT"
          ? ` Approved by ${state.approvedByName}${state.approvedAt ? ` on ${formatDate(state.approvedAt.slice(0, 10))}` : ""}.`
          : null}
        {state.status === "PRESENTED" && state.committee
          ? ` Presented to ${state.committee}${state.presentedOn ? ` on ${formatDate(state.presentedOn)}` : ""}.`
          : null}
      </p>
      {state.status === "PRESENTED" && state.committeeResponse ? (
        <p className="govuk-body">The committee’s response: {state.committeeResponse}</p>
      ) : null}
      {state.status === "DRAFT" && state.yearEnded ? (
        <Button onClick={() => void doApprove()} disabled={approving}>
          Approve report
        </Button>
      ) : null}
      {state.status === "DRAFT" && !state.yearEnded ? (
        <p className="govuk-body">
          The year ends on {formatDate(state.yearEndsOn)}. Its report can be approved once the year is over and its figures are final.
        </p>
      ) : null}
      {state.status === "APPROVED" ? (
        <form onSubmit={doRecord} noValidate aria-label="Record the presentation to a committee">
          <TextInput
            id="committee"
            label="Committee presented to"
            value={committee}
            onChange={setCommittee}
            error={errors.find((e) => e.field === "committee")?.message}
          />
          <DateInput
            id="presented-on"
            label="Date presented"
            hint="For example, 14 9 2021"
            value={presentedOn}
            onChange={setPresentedOn}
            error={errors.find((e) => e.field === "presented-on")?.message}
          />
          <Textarea
            id="committee-response"
            label="The committee’s response (optional)"
            value={response}
            onChange={setResponse}
            error={errors.find((e) => e.field === "committee-response")?.message}
          />
          <Button type="submit" disabled={recording}>
            Record presentation
          </Button>
        </form>
      ) : null}
    </section>
  );
}
