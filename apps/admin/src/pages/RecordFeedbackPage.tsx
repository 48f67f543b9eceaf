import { useCallback, useState } from "react";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, Radios, Select, TextInput, Textarea, WarningText } from "../components/govuk";
import { DateInput, isEmptyDate, isoFromParts, partsFromIso } from "../components/govuk/DateInput";
import { LOCAL_CHOICES } from "../graphql/workbench-operations";
import { teamsInForce } from "./record/teams-in-force";
import { answersOf } from "./record/answers";
import { CheckAnswers } from "./record/CheckAnswers";
import { ReasonSelect } from "./record/ReasonSelect";
import { LocalSelect } from "./record/LocalSelect";
import { Recorded } from "./record/Recorded";
import { useForm } from "../forms/useForm";
import { usePageTitle } from "../app/usePageTitle";
import { humanise, todayIso } from "../format";
import { toFieldErrors } from "../graphql/errors";
import { enumMember } from "../graphql/enum-member";
import { Channel, ComplainantRelationship, FeedbackKind, Procedure, ReasonTheme } from "../graphql/generated/graphql";
import { COUNCIL, RECORD_FEEDBACK } from "../graphql/operations";

type Fields = {
  kind: string;
  receivedOn: string;
  groundsAroseOn: string;
  channel: string;
  localChannel: string;
  complainantRelationship: string;
  localComplainantType: string;
  madeByChild: string;
  advocacyOffered: string;
  advocacyTaken: string;
  advocacyProvider: string;
  procedure: string;
  courtProceedings: string;
  anotherOrganisation: string;
  teamId: string;
  summary: string;
  pointTheme: string;
  pointLocalReason: string;
  receivedDay: string;
  receivedMonth: string;
  receivedYear: string;
  pointSummary: string;
  name: string;
  email: string;
  phone: string;
  childName: string;
  groundsDay: string;
  groundsMonth: string;
  groundsYear: string;
  childDobDay: string;
  childDobMonth: string;
  childDobYear: string;
  gender: string;
  ethnicity: string;
  disability: string;
  ageBand: string;
};

export const INITIAL: Fields = {
  kind: "complaint",
  receivedOn: todayIso(),
  groundsAroseOn: "",
  channel: "",
  localChannel: "",
  complainantRelationship: "",
  localComplainantType: "",
  madeByChild: "",
  advocacyOffered: "",
  advocacyTaken: "",
  advocacyProvider: "",
  procedure: "childrens_statutory",
  courtProceedings: "no",
  anotherOrganisation: "no",
  teamId: "",
  summary: "",
  pointTheme: "",
  pointLocalReason: "",
  ...(() => {
    const today = partsFromIso(todayIso());
    return { receivedDay: today.day, receivedMonth: today.month, receivedYear: today.year };
  })(),
  pointSummary: "",
  name: "",
  email: "",
  phone: "",
  childName: "",
  groundsDay: "",
  groundsMonth: "",
  groundsYear: "",
  childDobDay: "",
  childDobMonth: "",
  childDobYear: "",
  gender: "",
  ethnicity: "",
  disability: "",
  ageBand: "",
};

const KINDS = ["complaint", "informal_resolution", "comment", "compliment", "signpost", "member_enquiry", "lgsco_enquiry"];
export const CHANNELS = ["phone", "email", "letter", "paper_form", "web_form", "in_person", "text", "app", "via_advocate"];
export const RELATIONSHIPS = [
  "child_or_young_person",
  "care_leaver",
  "parent",
  "other_relative",
  "foster_carer",
  "special_guardian",
  "kinship_carer",
  "adopter",
  "advocate",
  "professional",
  "councillor_or_mp",
  "other",
  "anonymous",
];
const THEMES = [
  "communication",
  "staff_attitude_conduct",
  "decision_making",
  "quality_of_service",
  "delay",
  "service_not_delivered",
  "policy_not_followed",
  "discrimination_unfair_treatment",
  "confidentiality_data_protection",
  "finance_payments",
  "accuracy_of_information",
  "contact_arrangements",
  "other",
];
const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** "Prefer not to say": stored as "not_given", distinct from a question not asked (left empty, sent as null). */
const NOT_GIVEN = { value: "not_given", label: "Prefer not to say" };
/** Equality monitoring questions (Equality Act 2010 protected characteristics), each optional. */
const EQUALITY_QUESTIONS: ReadonlyArray<{
  name: "gender" | "ethnicity" | "disability" | "ageBand";
  label: string;
  options: Array<{ value: string; label: string }>;
}> = [
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

/** More than a year between the grounds arising and the complaint (SI 2006/1738 reg 9): allowed, but warned. */
function isOutOfTime(groundsAroseOn: string, receivedOn: string): boolean {
  if (!groundsAroseOn || !receivedOn) return false;
  const [y, m, d] = groundsAroseOn.split("-").map(Number) as [number, number, number];
  const anniversary = `${String(y + 1).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return receivedOn > anniversary;
}

export function validateFeedback(v: Fields): Partial<Record<keyof Fields, string>> {
  const e: Partial<Record<keyof Fields, string>> = {};
  if (!v.kind) e.kind = "Select what kind of feedback this is";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.receivedOn)) e.receivedOn = "The date received must be a real date, for example 27 3 2026";
  else if (v.receivedOn > todayIso()) e.receivedOn = "The date received must be today or in the past";
  const grounds = { day: v.groundsDay, month: v.groundsMonth, year: v.groundsYear };
  if (!isEmptyDate(grounds) && !isoFromParts(grounds)) e.groundsAroseOn = "When it happened must be a real date, for example 27 3 2025";
  else if (v.groundsAroseOn && v.receivedOn && v.groundsAroseOn > v.receivedOn)
    e.groundsAroseOn = "When it happened must be on or before the date received";
  if (!v.madeByChild) e.madeByChild = "Select whether a child or young person made it";
  if (v.madeByChild === "yes" && !v.advocacyOffered)
    e.advocacyOffered = "Select whether advocacy was offered: the law requires an offer (Children Act 1989 s.26A)";
  if (!v.summary.trim()) e.summary = "Enter what the feedback says";
  else if (v.summary.length > 10000) e.summary = "What the feedback says must be 10,000 characters or fewer";
  if (v.kind === "complaint" && !v.pointTheme) e.pointTheme = "Select what the complaint is about";
  const dob = { day: v.childDobDay, month: v.childDobMonth, year: v.childDobYear };
  if (!isEmptyDate(dob)) {
    const iso = isoFromParts(dob);
    if (!iso) e.childDobDay = "The child's date of birth must be a real date, for example 27 3 2014";
    else if (iso > todayIso()) e.childDobDay = "The child's date of birth must be in the past";
  }
  if (v.email && !/^\S+@\S+$/.test(v.email)) e.email = "Enter an email address in the correct format, like name@example.com";
  return e;
}

/** The child the feedback is about, when any of it was given. */
function childOf(v: Fields): { name: string | null; dateOfBirth: string | null } | null {
  const dateOfBirth = isoFromParts({ day: v.childDobDay, month: v.childDobMonth, year: v.childDobYear });
  return v.childName.trim() || dateOfBirth ? { name: v.childName.trim() || null, dateOfBirth } : null;
}

export function RecordFeedbackPage() {
  const form = useForm<Fields>(INITIAL, useCallback(validateFeedback, []), "record-feedback");
  const [{ data: council }] = useQuery({ query: COUNCIL });
  const [{ fetching: sending }, record] = useMutation(RECORD_FEEDBACK);
  const v = form.values;
  const [step, setStep] = useState<"form" | "check" | { id: string; reference: string }>("form");
  const [{ data: reasons }] = useQuery({
    query: LOCAL_CHOICES,
    variables: { kind: "reason_taxonomy", on: v.receivedOn || todayIso() },
  });
  const localReasons = reasons?.localChoices ?? [];
  const on = v.receivedOn || todayIso();
  const [{ data: channels }] = useQuery({ query: LOCAL_CHOICES, variables: { kind: "channel", on } });
  const [{ data: complainantTypes }] = useQuery({
    query: LOCAL_CHOICES,
    variables: { kind: "complainant_type", on },
  });
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
    const yes = (x: string) => (x === "yes" ? true : x === "no" ? false : null);
    const kind = enumMember(FeedbackKind, v.kind);
    const theme = enumMember(ReasonTheme, v.pointTheme);
    if (!kind) return;
    const input = {
      kind,
      receivedOn: v.receivedOn,
      groundsAroseOn: v.groundsAroseOn || null,
      channel: enumMember(Channel, v.channel),
      localChannel: v.localChannel || null,
      complainantRelationship: enumMember(ComplainantRelationship, v.complainantRelationship),
      localComplainantType: v.localComplainantType || null,
      madeByChild: v.madeByChild === "yes",
      advocacyOffered: v.madeByChild === "yes" ? yes(v.advocacyOffered) : null,
      advocacyTaken: v.madeByChild === "yes" ? yes(v.advocacyTaken) : null,
      advocacyProvider: v.advocacyProvider || null,
      procedure: v.kind === "complaint" ? enumMember(Procedure, v.procedure) : null,
      teamId: v.teamId || null,
      summary: v.summary,
      points:
        v.kind === "complaint" && theme
          ? [{ reasonTheme: theme, localReason: v.pointLocalReason || null, summary: v.pointSummary || v.summary }]
          : [],
      gender: v.gender || null,
      ethnicity: v.ethnicity || null,
      disability: v.disability || null,
      ageBand: v.ageBand || null,
      child: childOf(v),
      complainant: v.name || v.email || v.phone ? { name: v.name || null, email: v.email || null, phone: v.phone || null } : null,
    };
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

  const teams = teamsInForce(council?.council.teams ?? [], v.receivedOn || todayIso());

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
            canonical={CHANNELS.map((c) => ({ value: c, label: humanise(c) }))}
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
            canonical={RELATIONSHIPS.map((c) => ({ value: c, label: humanise(c) }))}
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
          {v.kind === "complaint" ? (
            <>
              <Select
                label="Procedure"
                {...field("procedure")}
                options={[
                  { value: "childrens_statutory", label: "Children's statutory (SI 2006/1738)" },
                  { value: "corporate", label: "Council corporate complaints" },
                  { value: "adult_social_care", label: "Adult social care (SI 2009/309)" },
                  { value: "public_health", label: "Public health" },
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
                    form.set("pointTheme", choice?.canonical ?? "");
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
          <Button type="submit" disabled={form.submitting}>
            Continue
          </Button>
        </form>
      </div>
    </div>
  );
}
