import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation } from "urql";
import { Button, ErrorSummary, Radios, TextInput, Textarea } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { DateInput, NO_DATE, isEmptyDate, isoFromParts } from "../../components/govuk/DateInput";
import type { DateParts } from "../../components/govuk/DateInput";
import { SuccessBanner } from "../../components/govuk/SuccessBanner";
import { formatDate, humanise, todayIso } from "../../format";
import { toFieldErrors } from "../../graphql/errors";
import { LOG_CASE_CONTACT } from "../../graphql/workbench-operations";

export interface CaseContactView {
  id: string;
  kind: string;
  direction: string;
  occurredOn: string;
  occurredTime: string | null;
  withWhom: string;
  summary: string;
  loggedBy: string | null;
}

const KINDS = [
  { value: "call", label: "Call" },
  { value: "email", label: "Email" },
  { value: "letter", label: "Letter" },
  { value: "meeting", label: "Meeting" },
  { value: "visit", label: "Visit" },
];
const DIRECTIONS = [
  { value: "incoming", label: "To us (they called or wrote)" },
  { value: "outgoing", label: "From us" },
  { value: "in_person", label: "Face to face" },
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

export function validateContact(d: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (!d.kind) errors.push({ field: "contact-kind", message: "Select how the contact was made" });
  if (!d.direction) errors.push({ field: "contact-direction", message: "Select which way the contact went" });
  const on = isoFromParts(d.on);
  if (isEmptyDate(d.on)) errors.push({ field: "contact-on", message: "Enter the date of the contact" });
  else if (!on) errors.push({ field: "contact-on", message: "The date of the contact must be a real date" });
  else if (on > todayIso()) errors.push({ field: "contact-on", message: "The date of the contact must be today or in the past" });
  if (d.time && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(d.time.trim())) errors.push({ field: "contact-time", message: "Enter the time like 14:30" });
  if (!d.withWhom.trim()) errors.push({ field: "contact-with", message: "Enter who the contact was with" });
  if (!d.summary.trim()) errors.push({ field: "contact-summary", message: "Enter what was said or done" });
  return errors;
}

/** The contact log: calls, emails, letters, meetings and visits, most recent first, and a form to log one. */
export function ContactLogPanel({ caseId, contacts, onChanged }: { caseId: string; contacts: CaseContactView[]; onChanged: () => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState("");
  const [{ fetching }, log] = useMutation(LOG_CASE_CONTACT);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone("");
    const problems = validateContact(draft);
    setErrors(problems);
    if (problems.length > 0) return;
    const time = draft.time.trim();
    const input = {
      caseId,
      kind: draft.kind,
      direction: draft.direction,
      occurredOn: isoFromParts(draft.on),
      occurredTime: time ? time.padStart(5, "0") : null,
      withWhom: draft.withWhom,
      summary: draft.summary,
    };
    const result = await log({ input });
    if (result.error) {
      setErrors(toFieldErrors(result.error, { occurredOn: "contact-on", occurredTime: "contact-time", withWhom: "contact-with", summary: "contact-summary" }));
      return;
    }
    setDraft(EMPTY);
    setDone(`${humanise(draft.kind)} logged`);
    onChanged();
  };
  return (
    <section aria-labelledby="contacts-heading">
      <h2 className="govuk-heading-m" id="contacts-heading">
        Contact log
      </h2>
      {done ? <SuccessBanner id="contact-logged">{done}</SuccessBanner> : null}
      {contacts.length === 0 ? (
        <p className="govuk-body">No contacts logged yet.</p>
      ) : (
        <div className="app-table-scroll" role="region" aria-label="Contact log, scrolls sideways" tabIndex={0}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Contacts, most recent first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {["When", "How", "Which way", "With", "What was said or done", "Logged by"].map((h) => (
                  <th key={h} scope="col" className="govuk-table__header">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {contacts.map((c) => (
                <tr key={c.id} className="govuk-table__row">
                  <td className="govuk-table__cell app-nowrap">
                    {formatDate(c.occurredOn)}
                    {c.occurredTime ? `, ${c.occurredTime}` : ""}
                  </td>
                  <td className="govuk-table__cell">{humanise(c.kind)}</td>
                  <td className="govuk-table__cell">{DIRECTIONS.find((d) => d.value === c.direction)?.label ?? humanise(c.direction)}</td>
                  <td className="govuk-table__cell">{c.withWhom}</td>
                  <td className="govuk-table__cell app-pre-wrap">{c.summary}</td>
                  <td className="govuk-table__cell">{c.loggedBy ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Log a call, email, letter, meeting or visit</span>
        </summary>
        <div className="govuk-details__text">
          <form onSubmit={submit} noValidate aria-label="Log a contact">
            <ErrorSummary errors={errors} />
            <Radios id="contact-kind" label="How was the contact made?" inline value={draft.kind} options={KINDS} error={errorFor("contact-kind")} onChange={(kind) => setDraft({ ...draft, kind })} />
            <Radios id="contact-direction" label="Which way did it go?" value={draft.direction} options={DIRECTIONS} error={errorFor("contact-direction")} onChange={(direction) => setDraft({ ...draft, direction })} />
            <DateInput id="contact-on" label="When was it?" hint="For example, 27 3 2026" value={draft.on} error={errorFor("contact-on")} onChange={(on) => setDraft({ ...draft, on })} />
            <TextInput id="contact-time" label="Time (optional)" hint="24-hour clock, for example 14:30" width="10" value={draft.time} error={errorFor("contact-time")} onChange={(time) => setDraft({ ...draft, time })} />
            <TextInput id="contact-with" label="Who was it with?" hint="For example, the complainant, the child's social worker" value={draft.withWhom} error={errorFor("contact-with")} onChange={(withWhom) => setDraft({ ...draft, withWhom })} />
            <Textarea id="contact-summary" label="What was said or done?" value={draft.summary} error={errorFor("contact-summary")} onChange={(summary) => setDraft({ ...draft, summary })} />
            <Button type="submit" variant="secondary" disabled={fetching}>
              Log contact
            </Button>
          </form>
        </div>
      </details>
    </section>
  );
}
