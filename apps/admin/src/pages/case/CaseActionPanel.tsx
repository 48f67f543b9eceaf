import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { loadSession } from "../../auth/session";
import { Button, ErrorSummary, type FieldError, Select, TextInput, Textarea } from "../../components/govuk";
import { toFieldErrors } from "../../graphql/errors";
import { COUNCIL, ME, caseActionMutation } from "../../graphql/operations";
import type { CouncilConfig } from "../../graphql/types";
import type { CaseDetail } from "../../graphql/types";
import { todayIso } from "../../format";
import { PointReasonField } from "../record/PointReasonField";
import { OUTCOME_OPTIONS } from "./action-forms";
import { type ActionContext, buildVariables, validateAction } from "./action-input";
import { type OfferedForm, offeredForms } from "./action-offers";
import { RecommendationDecisions } from "./RecommendationDecisions";

function ActionFormView({ form, detail, onDone }: { form: OfferedForm; detail: CaseDetail; onDone: (updated: CaseDetail | null) => void }) {
  // Every date starts at today; the officer changes it to the day it happened.
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(form.fields.filter((f) => f.kind === "date").map((f) => [f.name, todayIso()])));
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [, run] = useMutation(caseActionMutation(form.action, form.inputType, form.stageAs === "argument"));
  const panel = detail.reviewPanels[detail.reviewPanels.length - 1];
  const context: ActionContext = {
    caseId: detail.id,
    version: detail.version,
    stage: form.stage,
    pointCount: detail.points.length,
    recommendationSeqs: form.fields.some((f) => f.kind === "recommendations") ? (panel?.recommendations ?? []).map((r) => r.seq) : [],
  };
  const [busy, setBusy] = useState(false);
  const needsTeams = form.fields.some((f) => f.kind === "team");
  const needsMe = form.fields.some((f) => f.kind === "me");
  const [{ data: council }] = useQuery<{ council: CouncilConfig }>({ query: COUNCIL, pause: !needsTeams });
  const [{ data: me }] = useQuery<{ me: { userId: string } }>({ query: ME, pause: !needsMe || !loadSession() });
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const errorFor = (name: string) => errors.find((e) => e.field === `action-${name}`)?.message;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const clientErrors = validateAction(form, values, outcomes, context);
    if (Object.keys(clientErrors).length > 0) {
      setErrors(Object.entries(clientErrors).map(([field, message]) => ({ field: `action-${field}`, message })));
      return;
    }
    setBusy(true);
    const result = await run(buildVariables(form, values, outcomes, context));
    setBusy(false);
    if (result.error) {
      const fieldMap = Object.fromEntries(form.fields.map((f) => [f.name, `action-${f.name}`]));
      for (const [i, seq] of context.recommendationSeqs.entries()) {
        fieldMap[`recommendationDecisions.${i}.decision`] = `action-rec-${seq}-decision`;
        fieldMap[`recommendationDecisions.${i}.reason`] = `action-rec-${seq}-reason`;
        fieldMap[`recommendationDecisions.${i}.seq`] = `action-rec-${seq}-decision`;
      }
      setErrors(toFieldErrors(result.error, fieldMap).map((e) => (e.field === "form" ? { ...e, field: `action-${form.fields[0]?.name ?? "on"}` } : e)));
      return;
    }
    // The mutation answers with the whole case: show it at once (and its new version for the next action).
    const updated = (result.data as Record<string, CaseDetail | undefined> | undefined)?.[form.action] ?? null;
    onDone(updated);
  };

  return (
    <form onSubmit={submit} noValidate className="govuk-!-margin-top-4" aria-labelledby={`${form.key}-title`}>
      <ErrorSummary errors={errors} />
      <h3 className="govuk-heading-m" id={`${form.key}-title`}>
        {form.title}
      </h3>
      {form.note ? <p className="govuk-body-s">{form.note}</p> : null}
      {form.fields.map((field) => {
        const id = `action-${field.name}`;
        const value = values[field.name] ?? "";
        switch (field.kind) {
          case "select":
            return (
              <Select
                key={field.name}
                id={id}
                label={field.label}
                value={value}
                error={errorFor(field.name)}
                options={[{ value: "", label: "Choose…" }, ...(field.options ?? [])]}
                onChange={(v) => set(field.name, v)}
              />
            );
          case "reason":
            return (
              <PointReasonField
                key={field.name}
                id={id}
                label={field.label}
                receivedOn={detail.receivedOn}
                theme={value}
                localReason={values.localReason ?? ""}
                themes={field.options ?? []}
                error={errorFor(field.name)}
                onChange={(theme, localReason) => setValues((v) => ({ ...v, [field.name]: theme, localReason }))}
              />
            );
          case "team":
            return (
              <Select
                key={field.name}
                id={id}
                label={field.label}
                value={value}
                error={errorFor(field.name)}
                options={[
                  { value: "", label: "Leave as it is" },
                  ...(council?.council.teams ?? []).filter((t) => !t.validTo || t.validTo >= detail.receivedOn).map((t) => ({ value: t.id, label: t.name })),
                ]}
                onChange={(v) => set(field.name, v)}
              />
            );
          case "me":
            return (
              <Select
                key={field.name}
                id={id}
                label={field.label}
                value={value}
                error={errorFor(field.name)}
                options={[{ value: "", label: "Leave as it is" }, ...(me ? [{ value: me.me.userId, label: "Me" }] : [])]}
                onChange={(v) => set(field.name, v)}
              />
            );
          case "textarea":
          case "lines":
            return <Textarea key={field.name} id={id} label={field.label} value={value} error={errorFor(field.name)} onChange={(v) => set(field.name, v)} />;
          case "recommendations":
            return (
              <RecommendationDecisions
                key={field.name}
                legend={field.label}
                recommendations={panel?.recommendations ?? []}
                values={values}
                errorFor={errorFor}
                onChange={set}
              />
            );
          case "outcomes":
            return (
              <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={field.name} id={id} tabIndex={-1}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label}</legend>
                {errorFor(field.name) ? <p className="govuk-error-message">{errorFor(field.name)}</p> : null}
                {detail.points.length === 0 ? <p className="govuk-body">This case has no points of complaint yet.</p> : null}
                {detail.points.map((p) => (
                  <Select
                    key={p.pointRef}
                    id={`outcome-${p.pointRef}`}
                    label={`Point ${p.seq}: ${p.theme.replace(/_/g, " ")}`}
                    value={outcomes[p.pointRef] ?? ""}
                    options={[{ value: "", label: "Choose…" }, ...OUTCOME_OPTIONS]}
                    onChange={(v) => setOutcomes((o) => ({ ...o, [p.pointRef]: v }))}
                  />
                ))}
              </fieldset>
            );
          case "date":
          case "number":
          case "text":
            return (
              <TextInput
                key={field.name}
                id={id}
                label={field.label}
                hint={field.hint}
                type={field.kind === "date" ? "date" : field.kind === "number" ? "number" : "text"}
                width={field.kind === "text" ? "30" : "10"}
                value={value}
                error={errorFor(field.name)}
                onChange={(v) => set(field.name, v)}
              />
            );
        }
      })}
      <div className="govuk-button-group">
        <Button type="submit" disabled={busy}>
          Save
        </Button>
        <button type="button" className="govuk-link app-link-button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The actions the rules engine allows now (Case.allowedActionDetails), each with its stage, opening its form. */
export function CaseActionPanel({ detail, onChanged }: { detail: CaseDetail; onChanged: (updated: CaseDetail | null) => void }) {
  const [open, setOpen] = useState<string | null>(null);
  const forms = offeredForms(detail);
  if (forms.length === 0) return <p className="govuk-body">No further steps are open on this case.</p>;
  const current = forms.find((f) => f.key === open);
  return (
    <div>
      <ul className="govuk-list">
        {forms.map((f) => (
          <li key={f.key}>
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" aria-expanded={open === f.key} onClick={() => setOpen(open === f.key ? null : f.key)}>
              {f.title}
            </button>
          </li>
        ))}
      </ul>
      {current ? (
        <ActionFormView
          key={current.key}
          form={current}
          detail={detail}
          onDone={(updated) => {
            setOpen(null);
            onChanged(updated);
          }}
        />
      ) : null}
    </div>
  );
}
