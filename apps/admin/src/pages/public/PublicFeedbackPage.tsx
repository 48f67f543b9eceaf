import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, SummaryList } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { toFieldErrors } from "../../graphql/errors";
import { PUBLIC_FEEDBACK_FORM, SUBMIT_PUBLIC_FEEDBACK } from "./public-operations";
import { PublicQuestions } from "./PublicQuestions";
import { asksAdvocate, EMPTY, toInput, validate } from "./validate";
import type { PublicValues } from "./validate";
import { WORDING } from "./wording";
import type { FormVersion } from "./wording";
import { PublicFeedbackKind, PublicFormVersion, PublicWriter } from "../../graphql/generated/graphql";

const FIELDS = ["kind", "writer", "summary", "outcomeSought", "childName", "name", "email", "phone", "wantsAdvocate", "website"];
const FIELD_MAP: Record<string, string> = Object.fromEntries([...FIELDS.map((f) => [f, f]), ["formToken", "form"], ["councilId", "form"]]);

/** A page's h1, focused when it appears (the step changed without a page change). */
function Heading({ children, className = "govuk-heading-l" }: { children: string; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 className={className} tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

/** The public front door of one council (no sign-in): questions, check answers, then the reference. */
export function PublicFeedbackPage({ version }: { version: FormVersion }) {
  const { councilId = "" } = useParams();
  const words = WORDING[version];
  const [{ data, error: loadError, fetching }] = useQuery({
    query: PUBLIC_FEEDBACK_FORM,
    variables: { councilId },
    requestPolicy: "network-only",
  });
  const [, send] = useMutation(SUBMIT_PUBLIC_FEEDBACK);
  const [values, setValues] = useState<PublicValues>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [step, setStep] = useState<"questions" | "check" | "done">("questions");
  const [sending, setSending] = useState(false);
  const [reference, setReference] = useState("");
  const set = <K extends keyof PublicValues>(key: K, value: PublicValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  if (fetching && !data) return <p className="govuk-body">Loading…</p>;
  const form = data?.publicFeedbackForm;
  if (!form || loadError) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">Check the web address is right. It should have the council's name in it.</p>
      </>
    );
  }
  if (!form.open) {
    return (
      <>
        <h1 className="govuk-heading-l">{form.councilName} does not take feedback online</h1>
        <p className="govuk-body">Phone, email or write to the council's complaints team instead.</p>
      </>
    );
  }

  const toCheck = () => {
    const found = validate(values, version);
    setErrors(found);
    if (found.length === 0) setStep("check");
  };
  const submit = async () => {
    const { kind, writer } = values;
    if (!kind || !writer) return; // "check your answers" is reached only after validate() found both
    setSending(true);
    const answer = await send({ input: toInput({ ...values, kind, writer }, form.councilId, form.formToken, version) });
    setSending(false);
    const sent = answer.data?.submitPublicFeedback.reference;
    if (sent) {
      setReference(sent);
      setStep("done");
      return;
    }
    const found = answer.error ? toFieldErrors(answer.error, FIELD_MAP) : [{ field: "form", message: "The form could not be sent. Try again." }];
    setErrors(
      found.map((e) =>
        e.message.includes("try again in an hour")
          ? { ...e, message: "Too many forms have been sent from your network. Try again in an hour, or phone the council." }
          : e,
      ),
    );
    if (found.some((e) => e.field !== "form")) setStep("questions");
  };

  if (step === "done") {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <Heading className="govuk-panel__title">{words.doneTitle}</Heading>
            <div className="govuk-panel__body">
              {words.doneBody}
              <br />
              <strong data-testid="reference">{reference}</strong>
            </div>
          </div>
          <h2 className="govuk-heading-m">What happens next</h2>
          <ul className="govuk-list govuk-list--bullet">
            {words.next.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  if (step === "check") {
    const kindLabel = values.kind ? words.kinds[values.kind].label : "";
    const rows = [
      { key: words.kindQuestion, value: kindLabel, field: "kind" },
      { key: words.writerQuestion, value: values.writer ? words.writers[values.writer] : "", field: "writer" },
      { key: values.kind ? words.summaryLabel[values.kind] : "", value: values.summary, field: "summary" },
      ...(values.kind === PublicFeedbackKind.Complaint
        ? [{ key: words.outcomeLabel.replace(/ \(.*\)$/, ""), value: values.outcomeSought, field: "outcomeSought" }]
        : []),
      ...(values.writer && values.writer !== PublicWriter.ChildOrYoungPerson
        ? [{ key: "Child or young person", value: values.childName, field: "childName" }]
        : []),
      ...(asksAdvocate(values)
        ? [{ key: words.advocateQuestion, value: values.wantsAdvocate === "yes" ? "Yes" : "No", field: "wantsAdvocate" }]
        : []),
      { key: "Name", value: values.name, field: "name" },
      { key: "Email address", value: values.email, field: "email" },
      { key: "Phone number", value: values.phone, field: "phone" },
    ];
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{form.councilName}</span>
          <Heading>{words.checkTitle}</Heading>
          <SummaryList
            rows={rows.map((r) => ({
              key: r.key,
              value: <span className="app-pre-wrap">{r.value || "Not given"}</span>,
              action: (
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => {
                    setErrors([]);
                    setStep("questions");
                    window.setTimeout(() => document.getElementById(r.field)?.focus(), 0);
                  }}
                >
                  Change<span className="govuk-visually-hidden"> {r.key.toLowerCase()}</span>
                </button>
              ),
            }))}
          />
          <Button onClick={() => void submit()} disabled={sending}>
            {words.send}
          </Button>
        </div>
      </div>
    );
  }
  return <PublicQuestions version={version} councilName={form.councilName} values={values} errors={errors} set={set} onContinue={toCheck} />;
}

/** A link between the two versions of the form. */
export function OtherVersionLink({ councilId, version }: { councilId: string; version: FormVersion }) {
  return version === PublicFormVersion.General ? (
    <Link className="govuk-link" to={`/${councilId}/feedback/young-people`}>
      A simpler form for children and young people
    </Link>
  ) : (
    <Link className="govuk-link" to={`/${councilId}/feedback`}>
      The form for adults
    </Link>
  );
}
