import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { usePageTitle } from "../../app/usePageTitle";
import { Button, ErrorSummary, Select, TextInput, Textarea } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { DateInput, NO_DATE, isEmptyDate, isoFromParts, partsFromIso } from "../../components/govuk/DateInput";
import type { DateParts } from "../../components/govuk/DateInput";
import { humanise } from "../../format";
import { toFieldErrors } from "../../graphql/errors";
import { CASE_STORY, UPDATE_CASE_DETAILS } from "../../graphql/workbench-operations";
import { CHANNELS, RELATIONSHIPS } from "../record/feedback-fields";
import type { CaseStoryData } from "./CaseStory";

const TITLES: Record<string, string> = {
  channel: "How was it made?",
  complainantRelationship: "Who made it?",
  summary: "What does the feedback say?",
  outcomeSought: "What outcome do they want?",
  complainant: "The complainant's name and contact details",
  child: "The child or young person",
};

/** The case page's tab that shows the field (channel and who made it are in the summary, the rest under People). */
const tabOf = (field: string) => (field === "channel" || field === "complainantRelationship" ? "summary" : "people");

interface Draft {
  channel: string;
  complainantRelationship: string;
  summary: string;
  outcomeSought: string;
  name: string;
  email: string;
  phone: string;
  address: string;
  childName: string;
  childDob: DateParts;
}

function draftOf(c: CaseStoryData): Draft {
  return {
    channel: c.channel ?? "",
    complainantRelationship: c.complainantRelationship ?? "",
    summary: c.summary ?? "",
    outcomeSought: c.outcomeSought ?? "",
    name: c.complainant?.name ?? "",
    email: c.complainant?.email ?? "",
    phone: c.complainant?.phone ?? "",
    address: c.complainant?.address ?? "",
    childName: c.child?.name ?? "",
    childDob: partsFromIso(c.child?.dateOfBirth),
  };
}

/** The change the form sends for one field (null clears an optional value). */
function changeFor(field: string, d: Draft): Record<string, unknown> {
  const orNull = (v: string) => v.trim() || null;
  switch (field) {
    case "channel":
      return { channel: orNull(d.channel) };
    case "complainantRelationship":
      return { complainantRelationship: orNull(d.complainantRelationship) };
    case "summary":
      return { summary: d.summary };
    case "outcomeSought":
      return { outcomeSought: orNull(d.outcomeSought) };
    case "complainant":
      return { complainant: { name: orNull(d.name), email: orNull(d.email), phone: orNull(d.phone), address: orNull(d.address) } };
    default:
      return { child: { name: orNull(d.childName), dateOfBirth: isoFromParts(d.childDob) } };
  }
}

function validate(field: string, d: Draft): FieldError[] {
  if (field === "summary" && !d.summary.trim()) return [{ field: "summary", message: "Enter what the feedback says" }];
  if (field === "complainant" && d.email.trim() && !/^\S+@\S+\.\S+$/.test(d.email.trim())) {
    return [{ field: "email", message: "Enter an email address in the correct format, like name@example.com" }];
  }
  if (field === "child" && !isEmptyDate(d.childDob) && !isoFromParts(d.childDob)) {
    return [{ field: "childDob", message: "The child's date of birth must be a real date, for example 27 3 2014" }];
  }
  return [];
}

/** Change one detail recorded at intake, at the version read; back to the case with a success banner. */
export function ChangeDetailsPage() {
  const { id = "", field = "" } = useParams();
  const navigate = useNavigate();
  const title = TITLES[field] ?? "Change";
  const [{ data, error }] = useQuery({ query: CASE_STORY, variables: { id }, requestPolicy: "network-only" });
  const [{ fetching }, update] = useMutation(UPDATE_CASE_DETAILS);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  usePageTitle(title, errors.length > 0);
  useEffect(() => {
    if (data && !draft) setDraft(draftOf(data.case));
  }, [data, draft]);
  if (!TITLES[field]) return <p className="govuk-body">There is nothing to change here.</p>;
  if (error) return <p className="govuk-body">The case could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p>;
  if (!data || !draft) return <p className="govuk-body">Loading…</p>;
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const errorFor = (key: string) => errors.find((e) => e.field === key)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validate(field, draft);
    setErrors(problems);
    if (problems.length > 0) return;
    const result = await update({ input: { caseId: id, version: data.case.version, ...changeFor(field, draft) } });
    if (result.error) {
      setErrors(
        toFieldErrors(result.error, {
          channel: "channel",
          complainantRelationship: "complainantRelationship",
          summary: "summary",
          outcomeSought: "outcomeSought",
          email: "email",
          phone: "phone",
          name: "name",
          address: "address",
          dateOfBirth: "childDob",
        }),
      );
      return;
    }
    void navigate(`/cases/${id}#${tabOf(field)}`, { state: { done: `${title.replace(/\?$/, "")}: changed` } });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={`/cases/${id}#${tabOf(field)}`} className="govuk-back-link">
          Back to case {data.case.reference}
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Case {data.case.reference}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <form onSubmit={submit} noValidate>
          {field === "channel" ? (
            <Select
              id="channel"
              label="How it was made"
              value={draft.channel}
              error={errorFor("channel")}
              onChange={set("channel")}
              options={[{ value: "", label: "Not recorded" }, ...CHANNELS.map((c) => ({ value: c, label: humanise(c) }))]}
            />
          ) : null}
          {field === "complainantRelationship" ? (
            <Select
              id="complainantRelationship"
              label="Their relationship to the child"
              value={draft.complainantRelationship}
              error={errorFor("complainantRelationship")}
              onChange={set("complainantRelationship")}
              options={[{ value: "", label: "Not recorded" }, ...RELATIONSHIPS.map((c) => ({ value: c, label: humanise(c) }))]}
            />
          ) : null}
          {field === "summary" ? (
            <Textarea
              id="summary"
              label="What the feedback says"
              hint="Personal data. The earlier wording is kept in the case's history"
              value={draft.summary}
              error={errorFor("summary")}
              onChange={set("summary")}
              rows={8}
            />
          ) : null}
          {field === "outcomeSought" ? (
            <Textarea
              id="outcomeSought"
              label="The outcome they want"
              value={draft.outcomeSought}
              error={errorFor("outcomeSought")}
              onChange={set("outcomeSought")}
            />
          ) : null}
          {field === "complainant" ? (
            <>
              <TextInput id="name" label="Name" value={draft.name} error={errorFor("name")} onChange={set("name")} autoComplete="off" />
              <TextInput
                id="email"
                label="Email address"
                type="email"
                value={draft.email}
                error={errorFor("email")}
                onChange={set("email")}
                autoComplete="off"
              />
              <TextInput id="phone" label="Phone number" value={draft.phone} error={errorFor("phone")} onChange={set("phone")} autoComplete="off" />
              <Textarea id="address" label="Postal address" value={draft.address} error={errorFor("address")} onChange={set("address")} rows={4} />
            </>
          ) : null}
          {field === "child" ? (
            <>
              <TextInput
                id="childName"
                label="Child's full name"
                value={draft.childName}
                error={errorFor("childName")}
                onChange={set("childName")}
                autoComplete="off"
              />
              <DateInput
                id="childDob"
                label="Child's date of birth"
                hint="For example, 27 3 2014"
                value={draft.childDob ?? NO_DATE}
                error={errorFor("childDob")}
                onChange={(childDob) => setDraft({ ...draft, childDob })}
              />
            </>
          ) : null}
          <div className="govuk-button-group">
            <Button type="submit" disabled={fetching}>
              Save change
            </Button>
            <Link className="govuk-link" to={`/cases/${id}#${tabOf(field)}`}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
