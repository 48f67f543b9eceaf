import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation } from "urql";
import { Button, ErrorSummary, Radios, TextInput, Textarea } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { DateInput, NO_DATE, isEmptyDate, isoFromParts } from "../../components/govuk/DateInput";
import type { DateParts } from "../../components/govuk/DateInput";
import { useToday } from "../../app/today";
import { formatDate, humanise } from "../../format";
import { toFieldErrors } from "../../graphql/errors";
import { enumMember } from "../../graphql/enum-member";
import { ContactDirection, ContactKind } from "../../graphql/generated/graphql";
import { LOG_CASE_CONTACT } from "../../graphql/workbench-operations";
import type { CaseNotesQuery } from "../../graphql/generated/graphql";

type CaseContactView = NonNullable<CaseNotesQuery["case"]>["contacts"][number];

const KINDS = [
  { value: ContactKind.Call, label: "Call" },
  { value: ContactKind.Email, label: "Email" },
  { value: ContactKind.Letter, label: "Letter" },
  { value: ContactKind.Meeting, label: "Meeting" },
  { value: ContactKind.Visit, label: "Visit" },
];
const DIRECTIONS = [
  { value: ContactDirection.Incoming, label: "To us (they called or wrote)" },
  { value: ContactDirection.Outgoing, label: "From us" },
  { value: ContactDirection.InPerson, label: "Face to face" },
];

interface Draft {
  kind: string;
  direction: string;
  on: DateParts;
  time: string;
  withWhom: string;
  summary: string;
}
const EMPTY: Draft = { kind: "", direction: "", on: NO_DATE, time: "", withWhom: "", summary: "" };

function validateContact(d: Draft, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!d.kind) errors.push({ field: "contact-kind", message: "Select how the contact was made" });
  if (!d.direction) errors.push({ field: "contact-direction", message: "Select which way the contact went" });
  const on = isoFromParts(d.on);
  if (isEmptyDate(d.on)) errors.push({ field: "contact-on", message: "Enter the date of the contact" });
  else if (!on) errors.push({ field: "contact-on", message: "The date of the contact must be a real date" });
  else if (on > today) errors.push({ field: "contact-on", message: "The date of the contact must be today or in the past" });
  if (d.time && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(d.time.trim())) errors.push({ field: "contact-time", message: "Enter the time like 14:30" });
  if (!d.withWhom.trim()) errors.push({ field: "contact-with", message: "Enter who the contact was with" });
  if (!d.summary.trim()) errors.push({ field: "contact-summary", message: "Enter what was said or done" });
  return errors;
}

/** The contact log: calls, emails, letters, meetings and visits, most recent first, and a form to log one. */
export function ContactLogPanel({ caseId, contacts, onChanged }: { caseId: string; contacts: CaseContactView[]; onChanged: (done: string) => void }) {
  const today = useToday();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, log] = useMutation(LOG_CASE_CONTACT);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateContact(draft, today);
    setErrors(problems);
    if (problems.length > 0) return;
    const time = draft.time.trim();
    const kind = enumMember(ContactKind, draft.kind);
    const direction = enumMember(ContactDirection, draft.direction);
    const occurredOn = isoFromParts(draft.on);
    if (!kind || !direction || !occurredOn) return;
    const input = {
      caseId,
      kind,
      direction,
      occurredOn,
      occurredTime: time ? time.padStart(5, "0") : null,
      withWhom: draft.withWhom,
      summary: draft.summary,
    };
    const result = await log({ input });
    if (result.error) {
      setErrors(
        toFieldErrors(result.error, { occurredOn: "contact-on", occurredTime: "contact-time", withWhom: "contact-with", summary: "contact-summary" }),
      );
      return;
    }
    setDraft(EMPTY);
    onChanged(`${humanise(draft.kind)} logged`);
  };
  return (
    <section aria-labelledby="contacts-heading">
      <h2 className="govuk-heading-m" id="contacts-heading">
        Contact log
      </h2>
      {contacts.length === 0 ? (
        <p className="govuk-body">No contacts logged yet.</p>
      ) : (
        <ol className="govuk-list" aria-label="Contacts, most recent first">
          {contacts.map((c) => (
            <li key={c.id} className="govuk-inset-text govuk-!-margin-top-0">
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                {humanise(c.kind)}, {(DIRECTIONS.find((d) => d.value === c.direction)?.label ?? humanise(c.direction)).toLowerCase()}:{" "}
                {formatDate(c.occurredOn)}
                {c.occurredTime ? `, ${c.occurredTime}` : ""}
              </p>
              <p className="govuk-body govuk-!-margin-bottom-1">With {c.withWhom}</p>
              <p className="govuk-body app-pre-wrap govuk-!-margin-bottom-1">{c.summary}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">Logged by {c.loggedBy ?? "an officer no longer listed"}</p>
            </li>
          ))}
        </ol>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Log a call, email, letter, meeting or visit</span>
        </summary>
        <div className="govuk-details__text">
          <form onSubmit={submit} noValidate aria-label="Log a contact">
            <ErrorSummary errors={errors} />
            <Radios
              id="contact-kind"
              label="How was the contact made?"
              inline
              value={draft.kind}
              options={KINDS}
              error={errorFor("contact-kind")}
              onChange={(kind) => setDraft({ ...draft, kind })}
            />
            <Radios
              id="contact-direction"
              label="Which way did it go?"
              value={draft.direction}
              options={DIRECTIONS}
              error={errorFor("contact-direction")}
              onChange={(direction) => setDraft({ ...draft, direction })}
            />
            <DateInput
              id="contact-on"
              label="When was it?"
              hint="For example, 27 3 2026"
              value={draft.on}
              error={errorFor("contact-on")}
              onChange={(on) => setDraft({ ...draft, on })}
            />
            <TextInput
              id="contact-time"
              label="Time (optional)"
              hint="24-hour clock, for example 14:30"
              width="10"
              value={draft.time}
              error={errorFor("contact-time")}
              onChange={(time) => setDraft({ ...draft, time })}
            />
            <TextInput
              id="contact-with"
              label="Who was it with?"
              hint="For example, the complainant, the child's social worker"
              value={draft.withWhom}
              error={errorFor("contact-with")}
              onChange={(withWhom) => setDraft({ ...draft, withWhom })}
            />
            <Textarea
              id="contact-summary"
              label="What was said or done?"
              value={draft.summary}
              error={errorFor("contact-summary")}
              onChange={(summary) => setDraft({ ...draft, summary })}
            />
            <Button type="submit" variant="secondary" disabled={fetching}>
              Log contact
            </Button>
          </form>
        </div>
      </details>
    </section>
  );
}
