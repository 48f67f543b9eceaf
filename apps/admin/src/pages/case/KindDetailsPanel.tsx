import { type FormEvent, useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../graphql/generated";
import { Button, ErrorSummary, type FieldError, Radios, SummaryList, Textarea, TextInput } from "../../components/govuk";
import { DateInput, type DateParts, isEmptyDate, isoFromParts, NO_DATE } from "../../components/govuk/DateInput";
import { formatDate } from "../../format";
import { toFieldErrors } from "../../graphql/errors";
import { enumMember } from "../../graphql/enum-member";
import { FeedbackKind, MemberType } from "../../graphql/generated/graphql";

const DETAILS = graphql(`
  query KindDetails($id: ID!) {
    case(id: $id) {
      id
      kind
      compliment {
        praised
        whatFor
        publishable
        quote
      }
      memberEnquiry {
        memberType
        repliedOn
        workingDaysTaken
      }
    }
  }
`);
const RECORD_COMPLIMENT = graphql(`
  mutation RecordCompliment($input: RecordComplimentInput!) {
    recordCompliment(input: $input) {
      id
    }
  }
`);
const RECORD_MEMBER_ENQUIRY = graphql(`
  mutation RecordMemberEnquiry($input: RecordMemberEnquiryInput!) {
    recordMemberEnquiry(input: $input) {
      id
    }
  }
`);

interface Details {
  case: {
    id: string;
    kind: string;
    compliment: { praised: string | null; whatFor: string | null; publishable: boolean; quote: string | null } | null;
    memberEnquiry: { memberType: string; repliedOn: string | null; workingDaysTaken: number | null } | null;
  } | null;
}

function partsOf(iso: string | null): DateParts {
  if (!iso) return NO_DATE;
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** A compliment's details (who was praised, what for, the quote and whether it may be published). */
function ComplimentForm({ caseId, current, onSaved }: { caseId: string; current: NonNullable<Details["case"]>["compliment"]; onSaved: () => void }) {
  const [form, setForm] = useState({ praised: "", whatFor: "", quote: "", publishable: "" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [, record] = useMutation(RECORD_COMPLIMENT);
  useEffect(() => {
    if (current)
      setForm({
        praised: current.praised ?? "",
        whatFor: current.whatFor ?? "",
        quote: current.quote ?? "",
        publishable: current.publishable ? "yes" : "no",
      });
  }, [current]);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!form.praised.trim()) found.push({ field: "compliment-praised", message: "Enter who was praised" });
    if (!form.whatFor.trim()) found.push({ field: "compliment-whatFor", message: "Enter what they were praised for" });
    if (!form.publishable) found.push({ field: "compliment-publishable", message: "Select whether the quote may be published" });
    setErrors(found);
    if (found.length > 0) return;
    const result = await record({
      input: {
        caseId,
        praised: form.praised,
        whatFor: form.whatFor,
        quote: form.quote.trim() ? form.quote : null,
        publishable: form.publishable === "yes",
      },
    });
    if (result.error) {
      setErrors(
        toFieldErrors(result.error, {
          praised: "compliment-praised",
          whatFor: "compliment-whatFor",
          quote: "compliment-quote",
          publishable: "compliment-publishable",
        }),
      );
      return;
    }
    onSaved();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput
        id="compliment-praised"
        label="Who was praised"
        hint="A member of staff, a team or a service"
        value={form.praised}
        error={errorOf("compliment-praised")}
        onChange={(praised) => setForm({ ...form, praised })}
      />
      <Textarea
        id="compliment-whatFor"
        label="What for"
        value={form.whatFor}
        error={errorOf("compliment-whatFor")}
        onChange={(whatFor) => setForm({ ...form, whatFor })}
        rows={2}
      />
      <Textarea
        id="compliment-quote"
        label="Quote (optional)"
        hint="The words to print in the annual report, with names removed"
        value={form.quote}
        error={errorOf("compliment-quote")}
        onChange={(quote) => setForm({ ...form, quote })}
        rows={3}
      />
      <Radios
        id="compliment-publishable"
        label="May the quote be published?"
        value={form.publishable}
        error={errorOf("compliment-publishable")}
        onChange={(publishable) => setForm({ ...form, publishable })}
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
        inline
      />
      <Button type="submit" variant="secondary">
        Save compliment details
      </Button>
    </form>
  );
}

/** A member enquiry's details: a councillor or an MP, and the day the council replied. */
function MemberEnquiryForm({
  caseId,
  current,
  onSaved,
}: {
  caseId: string;
  current: NonNullable<Details["case"]>["memberEnquiry"];
  onSaved: () => void;
}) {
  const [memberType, setMemberType] = useState("");
  const [repliedOn, setRepliedOn] = useState<DateParts>(NO_DATE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [, record] = useMutation(RECORD_MEMBER_ENQUIRY);
  useEffect(() => {
    if (current) {
      setMemberType(current.memberType);
      setRepliedOn(partsOf(current.repliedOn));
    }
  }, [current]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const member = enumMember(MemberType, memberType);
    if (!member) found.push({ field: "member-type", message: "Select whether a councillor or an MP made the enquiry" });
    const replied = isEmptyDate(repliedOn) ? null : isoFromParts(repliedOn);
    if (!isEmptyDate(repliedOn) && !replied)
      found.push({ field: "member-repliedOn", message: "The reply date must be a real date, for example 27 3 2027" });
    setErrors(found);
    if (!member || found.length > 0) return;
    const result = await record({ input: { caseId, memberType: member, repliedOn: replied } });
    if (result.error) {
      setErrors(toFieldErrors(result.error, { memberType: "member-type", repliedOn: "member-repliedOn" }));
      return;
    }
    onSaved();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} />
      {current?.repliedOn ? (
        <SummaryList rows={[{ key: "Replied", value: `${formatDate(current.repliedOn)} (${current.workingDaysTaken ?? "?"} working days)` }]} />
      ) : null}
      <Radios
        id="member-type"
        label="Who made the enquiry"
        value={memberType}
        error={errors.find((e) => e.field === "member-type")?.message}
        onChange={setMemberType}
        options={[
          { value: MemberType.Councillor, label: "A councillor" },
          { value: MemberType.Mp, label: "An MP" },
        ]}
        inline
      />
      <DateInput
        id="member-repliedOn"
        label="Replied on (optional)"
        hint="For example, 27 3 2027"
        value={repliedOn}
        error={errors.find((e) => e.field === "member-repliedOn")?.message}
        onChange={setRepliedOn}
      />
      <Button type="submit" variant="secondary">
        Save enquiry details
      </Button>
    </form>
  );
}

/** The details a compliment or a member enquiry carries, recorded live so the annual report counts them. */
export function KindDetailsPanel({ caseId, kind }: { caseId: string; kind: FeedbackKind }) {
  const [{ data }, reload] = useQuery({
    query: DETAILS,
    variables: { id: caseId },
    pause: kind !== FeedbackKind.Compliment && kind !== FeedbackKind.MemberEnquiry,
  });
  const saved = () => reload({ requestPolicy: "network-only" });
  if (!data?.case) return null;
  return kind === FeedbackKind.Compliment ? (
    <section aria-labelledby="compliment-details">
      <h2 className="govuk-heading-m" id="compliment-details">
        Compliment
      </h2>
      <ComplimentForm caseId={caseId} current={data.case.compliment} onSaved={saved} />
    </section>
  ) : (
    <section aria-labelledby="member-enquiry-details">
      <h2 className="govuk-heading-m" id="member-enquiry-details">
        Member enquiry
      </h2>
      <MemberEnquiryForm caseId={caseId} current={data.case.memberEnquiry} onSaved={saved} />
    </section>
  );
}
