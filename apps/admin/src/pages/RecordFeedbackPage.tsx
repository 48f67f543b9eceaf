import { useCallback, useState } from "react";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, Radios, Select, TextInput, Textarea, WarningText } from "../components/govuk";
import { DateInput, isoFromParts } from "../components/govuk/DateInput";
import { LOCAL_CHOICES } from "../graphql/workbench-operations";
import { Channel, ComplainantRelationship, FeedbackKind, Procedure, ReasonTheme, VocabularyKind } from "../graphql/generated/graphql";
import { memberOfCode } from "../graphql/canonical-code";
import { teamsInForce } from "./record/teams-in-force";
import { answersOf } from "./record/answers";
import { CheckAnswers } from "./record/CheckAnswers";
import { EqualityMonitoring } from "./record/EqualityMonitoring";
import { EQUALITY_QUESTIONS } from "../graphql/equality-operations";
import { KINDS, THEMES, YES_NO, initialFields } from "./record/feedback-fields";
import type { Fields } from "./record/feedback-fields";
import { feedbackInput, isOutOfTime, validateFeedback } from "./record/feedback-input";
import { ReasonSelect } from "./record/ReasonSelect";
import { LocalSelect } from "./record/LocalSelect";
import { Recorded } from "./record/Recorded";
import { useForm } from "../forms/useForm";
import { usePageTitle } from "../app/usePageTitle";
import { useToday } from "../app/today";
import { humanise } from "../format";
import { toFieldErrors } from "../graphql/errors";
import { COUNCIL, RECORD_FEEDBACK } from "../graphql/operations";

export function RecordFeedbackPage() {
  const today = useToday();
  const form = useForm<Fields>(
    initialFields(today),
    useCallback((values: Fields) => validateFeedback(values, today), [today]),
    "record-feedback",
  );
  const [{ data: council }] = useQuery({ query: COUNCIL });
  const [{ fetching: sending }, record] = useMutation(RECORD_FEEDBACK);
  const v = form.values;
  const [step, setStep] = useState<"form" | "check" | { id: string; reference: string }>("form");
  const [{ data: reasons }] = useQuery({
    query: LOCAL_CHOICES,
    variables: { kind: VocabularyKind.ReasonTaxonomy, on: v.receivedOn || today },
  });
  const localReasons = reasons?.localChoices ?? [];
  const on = v.receivedOn || today;
  const [{ data: channels }] = useQuery({ query: LOCAL_CHOICES, variables: { kind: VocabularyKind.Channel, on } });
  const [{ data: complainantTypes }] = useQuery({
    query: LOCAL_CHOICES,
    variables: { kind: VocabularyKind.ComplainantType, on },
  });
  const [{ data: equality }] = useQuery({ query: EQUALITY_QUESTIONS, variables: { on } });
  const localChannels = channels?.localChoices ?? [];
  const localComplainantTypes = complainantTypes?.localChoices ?? [];
  usePageTitle(step === "form" ? "Record feedback" : step === "check" ? "Check your answers" : "Feedback recorded", form.summary.length > 0);
  const field = (name: keyof Fields) => ({
    id: name,
    value: v[name],
    error: form.errorFor(name),
    onChange: (value: string) => form.set(name, value),
  });

  const send = async () => {
    const input = feedbackInput(v);
    if (!input) return;
    const result = await record({ input });
    if (result.error) {
      const errors = toFieldErrors(result.error, {
        receivedOn: "receivedOn",
        summary: "summary",
        kind: "kind",
        channel: "channel",
        localChannel: "channel",
        complainantRelationship: "complainantRelationship",
        localComplainantType: "complainantRelationship",
        "points.0.localReason": "pointTheme",
        "points.0.reasonTheme": "pointTheme",
        "complainant.email": "email",
        email: "email",
        gender: "gender",
        ethnicity: "ethnicity",
        disability: "disability",
        ageBand: "ageBand",
      });
      form.setServerErrors(errors.map((e) => (e.field === "form" ? { ...e, field: "kind" } : e)));
      setStep("form");
      return;
    }
    const recorded = (result.data as { recordFeedback: { id: string; reference?: string } }).recordFeedback;
    sessionStorage.removeItem("draft:record-feedback");
    setStep({ id: recorded.id, reference: recorded.reference ?? "" });
  };
  const submit = form.onSubmit(() => setStep("check"));

  const teams = teamsInForce(council?.council.teams ?? [], v.receivedOn || today);

  if (typeof step === "object") return <Recorded id={step.id} reference={step.reference} />;
  if (step === "check") {
    return (
      <CheckAnswers
        answers={answersOf(v, { reasons: localReasons, channels: localChannels, complainantTypes: localComplainantTypes }, teams)}
        errors={form.summary}
        sending={sending}
        onChange={(fieldId) => {
          setStep("form");
          setTimeout(() => document.getElementById(fieldId)?.focus(), 0);
        }}
        onSend={() => void send()}
      />
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.summary} />
        <h1 className="govuk-heading-l">Record feedback</h1>
        <form onSubmit={submit} noValidate>
          <Radios label="What kind of feedback is it?" {...field("kind")} options={KINDS.map((k) => ({ value: k, label: humanise(k) }))} />
          <DateInput
            id="receivedOn"
            label="Date received"
            hint="Day 0 of every statutory clock. For example, 27 3 2026"
            error={form.errorFor("receivedOn")}
            value={{ day: v.receivedDay, month: v.receivedMonth, year: v.receivedYear }}
            onChange={(parts) => {
              form.set("receivedDay", parts.day);
              form.set("receivedMonth", parts.month);
              form.set("receivedYear", parts.year);
              form.set("receivedOn", isoFromParts(parts) ?? "");
            }}
          />
          <LocalSelect
            id="channel"
            label="How was it made?"
            empty="Not recorded"
            choices={localChannels}
            values={Channel}
            localValue={v.localChannel}
            canonicalValue={v.channel}
            error={form.errorFor("channel")}
            onChange={(local, canonical) => {
              form.set("localChannel", local);
              form.set("channel", canonical);
            }}
          />
          <LocalSelect
            id="complainantRelationship"
            label="Who made it?"
            hint="Their relationship to the child"
            empty="Not recorded"
            choices={localComplainantTypes}
            values={ComplainantRelationship}
            localValue={v.localComplainantType}
            canonicalValue={v.complainantRelationship}
            error={form.errorFor("complainantRelationship")}
            onChange={(local, canonical) => {
              form.set("localComplainantType", local);
              form.set("complainantRelationship", canonical);
            }}
          />
          <Radios label="Was it made by a child or young person?" inline {...field("madeByChild")} options={YES_NO} />
          {v.madeByChild === "yes" ? (
            <div className="govuk-inset-text">
              <Radios
                label="Was the child or young person offered an advocate?"
                hint="Children Act 1989 s.26A: an advocate must be offered"
                inline
                {...field("advocacyOffered")}
                options={YES_NO}
              />
              <Radios label="Did they take up advocacy?" inline {...field("advocacyTaken")} options={YES_NO} />
              <TextInput label="Advocacy provider (optional)" {...field("advocacyProvider")} />
            </div>
          ) : null}
          {v.kind === FeedbackKind.Complaint ? (
            <>
              <Select
                label="Procedure"
                {...field("procedure")}
                options={[
                  { value: Procedure.ChildrensStatutory, label: "Children's statutory (SI 2006/1738)" },
                  { value: Procedure.Corporate, label: "Council corporate complaints" },
                  { value: Procedure.AdultSocialCare, label: "Adult social care (SI 2009/309)" },
                  { value: Procedure.PublicHealth, label: "Public health" },
                ]}
              />
              <DateInput
                id="groundsAroseOn"
                label="When did the matter complained about happen? (optional)"
                hint="Complaints more than a year later may still be accepted (reg 9). For example, 27 3 2025"
                error={form.errorFor("groundsAroseOn")}
                value={{ day: v.groundsDay, month: v.groundsMonth, year: v.groundsYear }}
                onChange={(parts) => {
                  form.set("groundsDay", parts.day);
                  form.set("groundsMonth", parts.month);
                  form.set("groundsYear", parts.year);
                  form.set("groundsAroseOn", isoFromParts(parts) ?? "");
                }}
              />
              {isOutOfTime(v.groundsAroseOn, v.receivedOn) ? (
                <WarningText>
                  This complaint was made more than a year after the matter arose (SI 2006/1738 reg 9). You may still consider it; the case will be
                  flagged.
                </WarningText>
              ) : null}
              <Radios label="Are there court proceedings about this matter?" inline {...field("courtProceedings")} options={YES_NO} />
              {v.courtProceedings === "yes" ? (
                <WarningText>
                  Considering it may prejudice court proceedings (reg 8). After recording, you can mark it not considered with that reason.
                </WarningText>
              ) : null}
              <Radios label="Is it about another organisation's service?" inline {...field("anotherOrganisation")} options={YES_NO} />
              {v.anotherOrganisation === "yes" ? (
                <WarningText>It may be for another organisation. After recording, you can signpost it or mark it not considered.</WarningText>
              ) : null}
              {localReasons.length > 0 ? (
                <ReasonSelect
                  id="pointTheme"
                  label="What is the complaint about?"
                  value={v.pointLocalReason}
                  error={form.errorFor("pointTheme")}
                  choices={localReasons}
                  onChange={(choice) => {
                    form.set("pointLocalReason", choice?.code ?? "");
                    form.set("pointTheme", memberOfCode(ReasonTheme, choice?.canonical) ?? "");
                  }}
                />
              ) : (
                <Select
                  label="What is the complaint about?"
                  {...field("pointTheme")}
                  options={[{ value: "", label: "Choose…" }, ...THEMES.map((t) => ({ value: t, label: humanise(t) }))]}
                />
              )}
              <Textarea label="The point of complaint in their words (optional)" {...field("pointSummary")} />
            </>
          ) : null}
          <Select
            label="Team"
            {...field("teamId")}
            options={[{ value: "", label: "Not allocated yet" }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
          />
          <Textarea label="What does the feedback say?" hint="Personal data: only officers and managers can read it" {...field("summary")} />
          <h2 className="govuk-heading-m">Contact details (optional)</h2>
          <TextInput label="Name" {...field("name")} autoComplete="off" />
          <TextInput label="Email address" type="email" {...field("email")} autoComplete="off" />
          <TextInput label="Phone number" {...field("phone")} autoComplete="off" />
          <h2 className="govuk-heading-m">The child or young person (optional)</h2>
          <TextInput label="Child's full name" hint="So the case can be found by the child's name" {...field("childName")} autoComplete="off" />
          <DateInput
            id="childDobDay"
            label="Child's date of birth"
            hint="For example, 27 3 2014"
            error={form.errorFor("childDobDay")}
            value={{ day: v.childDobDay, month: v.childDobMonth, year: v.childDobYear }}
            onChange={(parts) => {
              form.set("childDobDay", parts.day);
              form.set("childDobMonth", parts.month);
              form.set("childDobYear", parts.year);
            }}
          />
          <EqualityMonitoring questions={equality?.equalityQuestions ?? []} field={field} />
          <Button type="submit" disabled={form.submitting}>
            Continue
          </Button>
        </form>
      </div>
    </div>
  );
}
