import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { DateField, type FieldError, Radios, TextInput, Textarea } from "../../components/govuk";
import { useToday } from "../../app/today";
import { humanise } from "../../format";
import { toFieldErrors } from "../../graphql/errors";
import { NOT_CONSIDERED_GROUNDS, caseActionMutation } from "../../graphql/operations";
import { VocabularyKind, type CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { LOCAL_CHOICES } from "../../graphql/workbench-operations";
import { ActionFormShell } from "./ActionFormShell";
import type { OfferedForm } from "./action-offers";
import { type NotConsideredValues, chosenGround, groundOptions, notConsideredInput, validateNotConsidered } from "./not-considered-input";

/** The gateway's field names and the form's ids, for the errors it names. */
const FIELD_IDS: Record<string, string> = {
  reason: "nc-ground",
  localGround: "nc-ground",
  points: "nc-points",
  discretionExercised: "nc-discretion",
  detail: "nc-detail",
  childViews: "nc-childViews",
  decidedBy: "nc-decidedBy",
  on: "nc-on",
};

/**
 * "Do not consider further": the ground by its law or the council's own policy, and what that ground needs —
 * the points it covers when it may be decided in part (SI 2006/1738 reg 8), the council's discretion and its
 * reason (reg 9), the child's views and who decided (Children Act 1989 s.26(3)(e)). Grounds come from the gateway.
 */
export function NotConsideredForm({ form, detail, onDone }: { form: OfferedForm; detail: CaseDetail; onDone: (updated: CaseDetail | null) => void }) {
  const today = useToday();
  const [values, setValues] = useState<NotConsideredValues>({
    ground: "",
    scope: "whole",
    points: [],
    discretion: "",
    detail: "",
    childViews: "",
    decidedBy: "",
    on: today,
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [{ data: offered }] = useQuery({ query: NOT_CONSIDERED_GROUNDS });
  const [{ data: own }] = useQuery({
    query: LOCAL_CHOICES,
    variables: { kind: VocabularyKind.NotConsideredReason, on: detail.receivedOn },
  });
  const [, run] = useMutation(caseActionMutation("markNotConsidered", "MarkNotConsideredInput"));
  const grounds = offered?.notConsideredGrounds ?? [];
  const ground = chosenGround(grounds, values.ground);
  const set = <K extends keyof NotConsideredValues>(name: K, value: NotConsideredValues[K]) => setValues((v) => ({ ...v, [name]: value }));
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const clientErrors = validateNotConsidered(values, grounds);
    if (Object.keys(clientErrors).length > 0) {
      setErrors(Object.entries(clientErrors).map(([field, message]) => ({ field: `nc-${field}`, message })));
      return;
    }
    setBusy(true);
    const result = await run({ input: notConsideredInput(values, grounds, { caseId: detail.id, version: detail.version }) });
    setBusy(false);
    if (result.error) {
      setErrors(toFieldErrors(result.error, FIELD_IDS).map((e) => (e.field === "form" ? { ...e, field: "nc-ground" } : e)));
      return;
    }
    onDone((result.data as { markNotConsidered?: CaseDetail } | undefined)?.markNotConsidered ?? null);
  };

  const togglePoint = (ref: string, on: boolean) => set("points", on ? [...values.points, ref] : values.points.filter((p) => p !== ref));
  const pointsError = errorFor("nc-points");
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
      <Radios
        id="nc-ground"
        label="On what ground?"
        value={values.ground}
        options={groundOptions(grounds, own?.localChoices ?? [])}
        error={errorFor("nc-ground")}
        onChange={(v) => set("ground", v)}
      />
      {ground?.inPart ? (
        <Radios
          id="nc-scope"
          label="Does the decision cover the whole complaint?"
          hint="On this ground the council may leave out some points of complaint and consider the others on their timescales"
          value={values.scope}
          options={[
            { value: "whole", label: "Yes, the whole complaint" },
            { value: "some", label: "No, only some points of complaint" },
          ]}
          onChange={(v) => set("scope", v === "some" ? "some" : "whole")}
        />
      ) : null}
      {ground?.inPart && values.scope === "some" ? (
        <div className={`govuk-form-group${pointsError ? " govuk-form-group--error" : ""}`}>
          <fieldset className="govuk-fieldset" aria-describedby={pointsError ? "nc-points-error" : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Which points of complaint are not considered?</legend>
            {pointsError ? (
              <p id="nc-points-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {pointsError}
              </p>
            ) : null}
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              {detail.points.map((p, i) => {
                const id = i === 0 ? "nc-points" : `nc-points-${i + 1}`;
                return (
                  <div className="govuk-checkboxes__item" key={p.pointRef}>
                    <input
                      className="govuk-checkboxes__input"
                      id={id}
                      name="nc-points"
                      type="checkbox"
                      value={p.pointRef}
                      checked={values.points.includes(p.pointRef)}
                      onChange={(e) => togglePoint(p.pointRef, e.target.checked)}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                      Point {p.seq}: {p.reasonLabel ?? humanise(p.theme)}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
      ) : null}
      {ground?.requires.includes("discretionExercised") ? (
        <Radios
          id="nc-discretion"
          label="Did the council use its discretion to consider the complaint anyway?"
          hint={ground.source}
          inline
          value={values.discretion}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          error={errorFor("nc-discretion")}
          onChange={(v) => set("discretion", v === "yes" ? "yes" : "no")}
        />
      ) : null}
      {ground?.requires.includes("childViews") ? (
        <>
          <Textarea
            id="nc-childViews"
            label="The child's views"
            value={values.childViews}
            error={errorFor("nc-childViews")}
            onChange={(v) => set("childViews", v)}
          />
          <TextInput
            id="nc-decidedBy"
            label="Who decided, for the council"
            width="30"
            value={values.decidedBy}
            error={errorFor("nc-decidedBy")}
            onChange={(v) => set("decidedBy", v)}
          />
        </>
      ) : null}
      <Textarea
        id="nc-detail"
        label={ground?.requires.includes("detail") ? "Reason for the council's decision" : "Details (optional)"}
        value={values.detail}
        error={errorFor("nc-detail")}
        onChange={(v) => set("detail", v)}
      />
      <DateField id="nc-on" label="Date of the decision" value={values.on} error={errorFor("nc-on")} onChange={(v) => set("on", v)} />
    </ActionFormShell>
  );
}
