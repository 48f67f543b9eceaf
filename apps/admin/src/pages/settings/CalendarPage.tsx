import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Button, DateField, TextInput } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { usePageOutcome } from "../../components/govuk/usePageOutcome";
import { formatDate } from "../../format";
import { ADD_LOCAL_CLOSURE_DAY, CALENDAR_AND_TARGETS, REMOVE_LOCAL_CLOSURE_DAY, SET_LOCAL_TARGETS } from "../../graphql/settings-operations";
import type { ProcedureClock } from "../../graphql/settings-operations";
import { SettingsPageTop } from "./SettingsPageTop";
import { settingsErrors } from "./server-errors";
import { ClockId, type CalendarAndTargetsQuery } from "../../graphql/generated/graphql";

type CalendarData = CalendarAndTargetsQuery;

/** Clocks a council may set a local target for (request windows are the complainant's and set by statute). */
const TARGET_CLOCKS = [ClockId.Stage_1, ClockId.Stage_2, ClockId.Stage_3Panel] as const;

function timescale(clock: ProcedureClock): string {
  if (clock.months) return `${clock.months} months`;
  if (!clock.workingDays) return "None set";
  return `${clock.workingDays} working days${clock.maxWorkingDays ? ` (up to ${clock.maxWorkingDays} if extended)` : ""}`;
}

/** A form of this page: its errors are shown in the page's one error summary and beside its fields. */
interface FormProps {
  errors: FieldError[];
  onErrors: (errors: FieldError[]) => void;
}

function TargetsForm({
  settings,
  onSaved,
  errors,
  onErrors: setErrors,
}: FormProps & { settings: CalendarData["procedureSettings"]; onSaved: () => void }) {
  const initial = (clock: string) => String(settings.clocks.find((c) => c.clock === clock)?.workingDays ?? "");
  const [values, setValues] = useState<Record<string, string>>(() => ({
    acknowledgementWorkingDays: String(settings.acknowledgementWorkingDays ?? ""),
    ...Object.fromEntries(TARGET_CLOCKS.map((c) => [c, initial(c)])),
  }));
  const [{ fetching }, save] = useMutation(SET_LOCAL_TARGETS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = Object.entries(values)
      .filter(([, v]) => v !== "" && !/^[1-9]\d*$/.test(v))
      .map(([field]) => ({ field: `target-${field}`, message: "Enter a whole number of working days, 1 or more" }));
    setErrors(found);
    if (found.length > 0) return;
    const targets = TARGET_CLOCKS.filter((c) => values[c]).map((clock) => ({ clock, workingDays: Number(values[clock]) }));
    const ack = values.acknowledgementWorkingDays ? Number(values.acknowledgementWorkingDays) : null;
    const result = await save({ input: { acknowledgementWorkingDays: ack, targets } });
    if (result.error) {
      setErrors(
        settingsErrors(result.error, (path) => {
          if (path[0] === "acknowledgementWorkingDays") return "target-acknowledgementWorkingDays";
          const clock = path[0] === "targets" && typeof path[1] === "number" ? targets[path[1]]?.clock : undefined;
          return clock ? `target-${clock}` : "target-acknowledgementWorkingDays";
        }),
      );
      return;
    }
    onSaved();
  };
  const label = (clock: string) => settings.clocks.find((c) => c.clock === clock)?.label ?? clock;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Local targets">
      <h2 className="govuk-heading-m">Change local targets</h2>
      <p className="govuk-body">
        A local target may be shorter than the statutory timescale, never longer. Leave a box empty to use the statutory figure.
      </p>
      <TextInput
        id="target-acknowledgementWorkingDays"
        label="Acknowledgement target (working days)"
        hint="Local policy: the regulations set no figure"
        width="10"
        value={values.acknowledgementWorkingDays ?? ""}
        error={errors.find((e) => e.field === "target-acknowledgementWorkingDays")?.message}
        onChange={(v) => setValues((all) => ({ ...all, acknowledgementWorkingDays: v }))}
      />
      {TARGET_CLOCKS.map((clock) => (
        <TextInput
          key={clock}
          id={`target-${clock}`}
          label={`${label(clock)} (working days)`}
          width="10"
          value={values[clock] ?? ""}
          error={errors.find((e) => e.field === `target-${clock}`)?.message}
          onChange={(v) => setValues((all) => ({ ...all, [clock]: v }))}
        />
      ))}
      <Button type="submit" disabled={fetching}>
        Save targets
      </Button>
    </form>
  );
}

function ClosureDayForm({ onAdded, errors, onErrors: setErrors }: FormProps & { onAdded: () => void }) {
  const [day, setDay] = useState("");
  const [label, setLabel] = useState("");
  const [{ fetching }, add] = useMutation(ADD_LOCAL_CLOSURE_DAY);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!day) found.push({ field: "closure-day", message: "Enter the date of the closure day" });
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) found.push({ field: "closure-day", message: "The closure day must be a real date" });
    if (!label.trim()) found.push({ field: "closure-label", message: "Enter what the closure is for" });
    setErrors(found);
    if (found.length > 0) return;
    const result = await add({ input: { day, label: label.trim() } });
    if (result.error) {
      setErrors(settingsErrors(result.error, (path) => (path[0] === "label" ? "closure-label" : "closure-day")));
      return;
    }
    setDay("");
    setLabel("");
    onAdded();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a closure day">
      <h2 className="govuk-heading-m">Add a closure day</h2>
      <DateField id="closure-day" label="Date" value={day} error={errors.find((e) => e.field === "closure-day")?.message} onChange={setDay} />
      <TextInput
        id="closure-label"
        label="What is it for?"
        hint="For example, Christmas closure"
        value={label}
        error={errors.find((e) => e.field === "closure-label")?.message}
        onChange={setLabel}
      />
      <Button type="submit" disabled={fetching}>
        Add closure day
      </Button>
    </form>
  );
}

export function CalendarPage() {
  const [{ data, error }, reload] = useQuery({ query: CALENDAR_AND_TARGETS });
  const [, remove] = useMutation(REMOVE_LOCAL_CLOSURE_DAY);
  // One outcome at a time: a refusal takes the place of the last success.
  const { errors, attempt, notice, noticeKey, report, announce } = usePageOutcome();
  const refresh = (text: string) => {
    announce(text);
    reload({ requestPolicy: "network-only" });
  };
  const removeDay = async (day: string) => {
    const result = await remove({ input: { day } });
    if (result.error) {
      report(settingsErrors(result.error, () => `remove-${day}`));
      return;
    }
    refresh(`${formatDate(day)} is no longer a closure day.`);
  };
  return (
    <>
      <SettingsPageTop title="Closure days and targets" errors={errors} errorsKey={attempt} notice={notice} noticeKey={noticeKey} />
      {error ? <p className="govuk-body">The calendar could not be loaded.</p> : null}
      {data ? (
        <>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Timescales of the children's procedure</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Clock
                </th>
                <th scope="col" className="govuk-table__header">
                  Timescale
                </th>
                <th scope="col" className="govuk-table__header">
                  Source
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.procedureSettings.clocks.map((c) => (
                <tr className="govuk-table__row" key={c.clock}>
                  <th scope="row" className="govuk-table__header">
                    {c.label}
                  </th>
                  <td className="govuk-table__cell">{timescale(c)}</td>
                  <td className="govuk-table__cell">{c.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <TargetsForm
                settings={data.procedureSettings}
                errors={errors}
                onErrors={report}
                onSaved={() => refresh("The local targets were saved.")}
              />
            </div>
          </div>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Local closure days</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Date
                </th>
                <th scope="col" className="govuk-table__header">
                  What for
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.localClosureDays.length === 0 ? (
                <tr className="govuk-table__row">
                  <td className="govuk-table__cell" colSpan={3}>
                    No local closure days. Weekends and bank holidays never count as working days.
                  </td>
                </tr>
              ) : null}
              {data.localClosureDays.map((d) => (
                <tr className="govuk-table__row" key={d.day}>
                  <th scope="row" className="govuk-table__header">
                    {formatDate(d.day)}
                  </th>
                  <td className="govuk-table__cell">{d.label}</td>
                  <td className="govuk-table__cell">
                    <button
                      type="button"
                      id={`remove-${d.day}`}
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      onClick={() => void removeDay(d.day)}
                    >
                      Remove<span className="govuk-visually-hidden"> {formatDate(d.day)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <ClosureDayForm errors={errors} onErrors={report} onAdded={() => refresh("The closure day was added.")} />
            </div>
          </div>
        </>
      ) : null}
    </>
  );
}
