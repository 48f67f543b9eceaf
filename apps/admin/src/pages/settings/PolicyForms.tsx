import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation } from "urql";
import { Button, Radios, TextInput } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { SET_NOTIFICATION_POLICY, SET_RETENTION_POLICY } from "../../graphql/notification-operations";
import type { NotificationPolicy, RetentionPolicy } from "../../graphql/notification-operations";
import { settingsErrors } from "./server-errors";

const WHOLE = /^\d+$/;
const errorFor = (errors: FieldError[], field: string) => errors.find((e) => e.field === field)?.message;

/** A form of the notifications page: its errors are shown in the page's one error summary and beside its fields. */
interface FormProps {
  errors: FieldError[];
  onErrors: (errors: FieldError[]) => void;
  onSaved: (message: string) => void;
}

/** The council's warning period before a clock is due, and whether managers get the daily digest. */
export function NotificationPolicyForm({ policy, onSaved, errors, onErrors: setErrors }: FormProps & { policy: NotificationPolicy }) {
  const [days, setDays] = useState(String(policy.warningWorkingDays));
  const [digest, setDigest] = useState(policy.digestEnabled ? "yes" : "no");
  const [{ fetching }, save] = useMutation(SET_NOTIFICATION_POLICY);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!WHOLE.test(days.trim())) {
      setErrors([{ field: "policy-warning", message: "Enter the warning period as a whole number of working days" }]);
      return;
    }
    const result = await save({ input: { warningWorkingDays: Number(days.trim()), digestEnabled: digest === "yes" } });
    if (result.error) {
      setErrors(settingsErrors(result.error, (path) => (path[0] === "digestEnabled" ? "policy-digest" : "policy-warning")));
      return;
    }
    setErrors([]);
    onSaved("The reminder settings were saved.");
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Reminder settings">
      <h2 className="govuk-heading-m">Change the reminder settings</h2>
      <TextInput
        id="policy-warning"
        label="Warning before a case is due (working days)"
        hint="Officers get a reminder this many working days before a clock's due date (local policy)"
        width="3"
        value={days}
        error={errorFor(errors, "policy-warning")}
        onChange={setDays}
      />
      <Radios
        id="policy-digest"
        label="Send managers a daily digest of due and overdue work?"
        inline
        value={digest}
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
        error={errorFor(errors, "policy-digest")}
        onChange={setDigest}
      />
      <Button type="submit" disabled={fetching}>
        Save reminder settings
      </Button>
    </form>
  );
}

/** How long personal data is kept after a case closes (the council's records-management policy). */
export function RetentionPolicyForm({ policy, onSaved, errors, onErrors: setErrors }: FormProps & { policy: RetentionPolicy }) {
  const [years, setYears] = useState(String(policy.yearsAfterClosure));
  const [age, setAge] = useState(policy.lookedAfterUntilAge === null ? "" : String(policy.lookedAfterUntilAge));
  const [{ fetching }, save] = useMutation(SET_RETENTION_POLICY);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!WHOLE.test(years.trim())) found.push({ field: "retention-years", message: "Enter the number of whole years after closure" });
    if (age.trim() !== "" && !WHOLE.test(age.trim()))
      found.push({ field: "retention-age", message: "Enter an age in whole years, or leave it empty" });
    setErrors(found);
    if (found.length > 0) return;
    const result = await save({
      input: { yearsAfterClosure: Number(years.trim()), lookedAfterUntilAge: age.trim() === "" ? null : Number(age.trim()) },
    });
    if (result.error) {
      setErrors(settingsErrors(result.error, (path) => (path[0] === "lookedAfterUntilAge" ? "retention-age" : "retention-years")));
      return;
    }
    onSaved("The retention policy was saved.");
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Retention policy">
      <h2 className="govuk-heading-m">Change how long personal data is kept</h2>
      <p className="govuk-body">
        After this, a nightly job erases the people, contact details, notes, contact log and documents of a closed case, keeps the anonymous facts
        every report counts, and writes each erasure to the audit trail. A case on legal hold is kept.
      </p>
      <TextInput
        id="retention-years"
        label="Years after closure"
        hint="Your records-management policy, for example 6"
        width="3"
        value={years}
        error={errorFor(errors, "retention-years")}
        onChange={setYears}
      />
      <TextInput
        id="retention-age"
        label="Keep a looked-after child's records until they are (optional)"
        hint="For example 25; leave empty if your policy has no such rule"
        width="3"
        value={age}
        error={errorFor(errors, "retention-age")}
        onChange={setAge}
      />
      <Button type="submit" disabled={fetching}>
        Save retention policy
      </Button>
    </form>
  );
}
