import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation } from "urql";
import { Button, ErrorSummary, Textarea } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { toFieldErrors } from "../../graphql/errors";
import { ADD_CASE_NOTE } from "../../graphql/workbench-operations";
import type { CaseNotesQuery } from "../../graphql/generated/graphql";

type CaseNoteView = NonNullable<CaseNotesQuery["case"]>["notes"][number];

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  });

/** The case's notes, newest first, and a form to add one (officers and managers). */
export function NotesPanel({ caseId, notes, onChanged }: { caseId: string; notes: CaseNoteView[]; onChanged: (done: string) => void }) {
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, add] = useMutation(ADD_CASE_NOTE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setErrors([{ field: "note-text", message: "Enter the note" }]);
      return;
    }
    const result = await add({ input: { caseId, text } });
    if (result.error) {
      setErrors(toFieldErrors(result.error, { text: "note-text" }));
      return;
    }
    setErrors([]);
    setText("");
    onChanged("Note added");
  };
  return (
    <section aria-labelledby="notes-heading">
      <h2 className="govuk-heading-m" id="notes-heading">
        Notes
      </h2>
      {notes.length === 0 ? <p className="govuk-body">No notes yet.</p> : null}
      {notes.map((note) => (
        <div key={note.id} className="govuk-inset-text">
          <p className="govuk-body app-pre-wrap">{note.text}</p>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            {note.author ?? "Unknown officer"}, {when(note.writtenAt)}
          </p>
        </div>
      ))}
      <form onSubmit={submit} noValidate aria-label="Add a note">
        <ErrorSummary errors={errors} />
        <Textarea
          id="note-text"
          label="Add a note"
          hint="Personal data: only officers and managers can read notes"
          value={text}
          onChange={setText}
          error={errors.find((e) => e.field === "note-text")?.message}
        />
        <Button type="submit" variant="secondary" disabled={fetching}>
          Add note
        </Button>
      </form>
    </section>
  );
}
