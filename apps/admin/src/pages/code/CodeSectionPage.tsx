import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { Button, ErrorSummary, type FieldError, Radios, Textarea } from "../../components/govuk";
import { toFieldErrors } from "../../graphql/errors";
import { enumMember } from "../../graphql/enum-member";
import { CodeCompliance, CodeSection } from "../../graphql/generated/graphql";
import { CODE_SELF_ASSESSMENT, SAVE_CODE_SELF_ASSESSMENT } from "../../graphql/follow-up-operations";
import { yearLabel } from "./CodeSummaryPage";

const FIELDS: Record<string, string> = {
  compliance: "compliance",
  evidence: "evidence",
  actions: "actions",
  financialYear: "compliance",
  section: "compliance",
};

/** One section of the Complaint Handling Code: does the council comply (yes, partly, no), its evidence and actions. */
export function CodeSectionPage() {
  const { year: yearParam = "", section = "" } = useParams();
  const year = Number(yearParam);
  const navigate = useNavigate();
  const [{ data, error: loadError }] = useQuery({
    query: CODE_SELF_ASSESSMENT,
    variables: { financialYear: year },
    requestPolicy: "network-only",
  });
  const [, save] = useMutation(SAVE_CODE_SELF_ASSESSMENT);
  const current = data?.codeSelfAssessment.find((s) => s.section === section);
  const [form, setForm] = useState({ compliance: "", evidence: "", actions: "" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (current) setForm({ compliance: current.compliance ?? "", evidence: current.evidence ?? "", actions: current.actions ?? "" });
  }, [current]);

  if (loadError) return <p className="govuk-body">The section could not be loaded: {loadError.graphQLErrors[0]?.message ?? "try again"}.</p>;
  if (!data) return <p className="govuk-body">Loading…</p>;
  if (!current) return <p className="govuk-body">There is no such section of the Code.</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const compliance = enumMember(CodeCompliance, form.compliance);
    const codeSection = enumMember(CodeSection, section);
    if (!compliance) found.push({ field: "compliance", message: "Select whether the council complies with this section" });
    if (!form.evidence.trim()) found.push({ field: "evidence", message: "Enter the evidence for your answer" });
    setErrors(found);
    if (!compliance || !codeSection || found.length > 0) return;
    setSaving(true);
    const result = await save({
      input: {
        financialYear: year,
        section: codeSection,
        compliance,
        evidence: form.evidence,
        actions: form.actions.trim() ? form.actions : null,
        version: current.version,
      },
    });
    setSaving(false);
    if (result.error) {
      setErrors(
        toFieldErrors(result.error, FIELDS).map((e) =>
          result.error?.graphQLErrors.some((g) => g.extensions?.code === "CONFLICT")
            ? { field: "form", message: "Someone else saved this section while you were working. Reload the page to see their answer." }
            : e,
        ),
      );
      return;
    }
    void navigate(`/code?year=${year}&saved=${section}`);
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <Link className="govuk-back-link" to={`/code?year=${year}`}>
        Back
      </Link>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">Complaint Handling Code self-assessment {yearLabel(year)}</span>
      <h1 className="govuk-heading-l">
        {current.number}. {current.heading}
      </h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Radios
          id="compliance"
          label="Does the council comply with this section?"
          value={form.compliance}
          error={errorOf("compliance")}
          onChange={(compliance) => setForm({ ...form, compliance })}
          options={data.followUpChoices.compliance}
          inline
        />
        <Textarea
          id="evidence"
          label="Evidence"
          hint="What shows how the council meets this section: policies, figures, training, web pages. This is published."
          value={form.evidence}
          error={errorOf("evidence")}
          onChange={(evidence) => setForm({ ...form, evidence })}
          rows={6}
        />
        <Textarea
          id="actions"
          label="Actions (optional)"
          hint="What the council will do to comply fully, and by when"
          value={form.actions}
          error={errorOf("actions")}
          onChange={(actions) => setForm({ ...form, actions })}
          rows={4}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={saving}>
            Save
          </Button>
          <Link className="govuk-link" to={`/code?year=${year}`}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
