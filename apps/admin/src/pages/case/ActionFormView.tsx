import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { useToday } from "../../app/today";
import { useAuth } from "../../auth/AuthContext";
import { DateField, type FieldError, Select, TextInput, Textarea } from "../../components/govuk";
import { toFieldErrors } from "../../graphql/errors";
import { COUNCIL, caseActionMutation } from "../../graphql/operations";
import { ME } from "../../graphql/session-operations";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { PointReasonField } from "../record/PointReasonField";
import { ActionFormShell } from "./ActionFormShell";
import { teamsInForce } from "../record/teams-in-force";
import { type ActionContext, buildVariables, validateAction } from "./action-input";
import type { OfferedForm } from "./action-offers";
import { OutcomesField, offeredOnly, useLocalOutcomes } from "./OutcomesField";
import { RecommendationDecisions } from "./RecommendationDecisions";

/** The form of one offered case action, built from its data (./action-forms.ts). */
export function ActionFormView({ form, detail, onDone }: { form: OfferedForm; detail: CaseDetail; onDone: (updated: CaseDetail | null) => void }) {
  const { session } = useAuth();
  const today = useToday();
  // Every date starts at today; the officer changes it to the day it happened.
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(form.fields.filter((f) => f.kind === "date").map((f) => [f.name, today])),
  );
  const [chosenOutcomes, setOutcomes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [, run] = useMutation(caseActionMutation(form.action, form.inputType, form.stageAs === "argument"));
  const panel = detail.reviewPanels[detail.reviewPanels.length - 1];
  // Points the council decided not to consider (reg 8 in part) get no outcome.
  const excluded = new Set((detail.notConsideredDecisions ?? []).flatMap((d) => d.points ?? []));
  const considered = detail.points.filter((p) => !excluded.has(p.pointRef));
  // The council's own outcomes in force on the response date; the canonical ones when it has none.
  const localOutcomes = useLocalOutcomes(form.fields.some((f) => f.kind === "outcomes") ? (values.on ?? "") : "");
  const outcomes = offeredOnly(chosenOutcomes, localOutcomes.choices);
  const context: ActionContext = {
    localOutcomes: localOutcomes.choices.length > 0,
    caseId: detail.id,
    version: detail.version,
    stage: form.stage,
    pointCount: considered.length,
    recommendationSeqs: form.fields.some((f) => f.kind === "recommendations") ? (panel?.recommendations ?? []).map((r) => r.seq) : [],
  };
  const [busy, setBusy] = useState(false);
  const needsTeams = form.fields.some((f) => f.kind === "team");
  const needsMe = form.fields.some((f) => f.kind === "me");
  const [{ data: council }] = useQuery({ query: COUNCIL, pause: !needsTeams });
  const [{ data: me }] = useQuery({ query: ME, pause: !needsMe || !session });
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
      setErrors(
        toFieldErrors(result.error, fieldMap).map((e) => (e.field === "form" ? { ...e, field: `action-${form.fields[0]?.name ?? "on"}` } : e)),
      );
      return;
    }
    // The mutation answers with the whole case: show it at once (and its new version for the next action).
    const updated = (result.data as Record<string, CaseDetail | undefined> | undefined)?.[form.action] ?? null;
    onDone(updated);
  };

  return (
    <ActionFormShell
      formKey={form.key}
      title={form.title}
      note={form.note}
      errors={errors}
      busy={busy}
      onSubmit={submit}
      onCancel={() => onDone(null)}
    >
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
                  // The council's teams in force today, the day of allocation (the gateway checks the same).
                  ...teamsInForce(council?.council.teams ?? [], today).map((t) => ({ value: t.id, label: t.name })),
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
            return (
              <Textarea
                key={field.name}
                id={id}
                label={field.label}
                value={value}
                error={errorFor(field.name)}
                onChange={(v) => set(field.name, v)}
              />
            );
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
              <OutcomesField
                key={field.name}
                id={id}
                legend={field.label}
                error={errorFor(field.name)}
                points={considered}
                choices={localOutcomes.choices}
                ready={localOutcomes.ready}
                values={outcomes}
                onChange={(pointRef, v) => setOutcomes((o) => ({ ...o, [pointRef]: v }))}
              />
            );
          case "date":
            return (
              <DateField
                key={field.name}
                id={id}
                label={field.label}
                hint={field.hint}
                value={value}
                error={errorFor(field.name)}
                onChange={(v) => set(field.name, v)}
              />
            );
          case "number":
          case "text":
            return (
              <TextInput
                key={field.name}
                id={id}
                label={field.label}
                hint={field.hint}
                type={field.kind === "number" ? "number" : "text"}
                width={field.kind === "text" ? "30" : "10"}
                value={value}
                error={errorFor(field.name)}
                onChange={(v) => set(field.name, v)}
              />
            );
        }
      })}
    </ActionFormShell>
  );
}
