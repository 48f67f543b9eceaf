import { useState } from "react";
import type { FormEvent } from "react";
import { useMutation } from "urql";
import { Button, DateField, ErrorSummary, Select } from "../../components/govuk";
import type { FieldError } from "../../components/govuk";
import { RECORD_LETTER_SENT } from "../../graphql/letter-operations";
import { formatDate } from "../../format";

const fieldOf = (path: unknown[]) => (path.includes("sentOn") ? "letter-sent-on" : "letter-sent-document");

/** Records that a letter on the case was sent, and when: it goes in the contact log as an outgoing letter. */
export function LetterSentForm({ documents, onChanged }: { documents: Array<{ id: string; fileName: string }>; onChanged: (done: string) => void }) {
  const [documentId, setDocumentId] = useState("");
  const [sentOn, setSentOn] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [{ fetching }, record] = useMutation(RECORD_LETTER_SENT);
  if (documents.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!documentId) found.push({ field: "letter-sent-document", message: "Select the letter that was sent" });
    if (!sentOn) found.push({ field: "letter-sent-on", message: "Enter the date the letter was sent" });
    if (found.length > 0) return setErrors(found);
    const result = await record({ input: { documentId, sentOn } });
    if (result.error) {
      return setErrors(
        result.error.graphQLErrors.map((e) => {
          const field = fieldOf(Array.isArray(e.extensions?.field) ? (e.extensions.field as unknown[]) : []);
          const rule = e.message.replace(/^[\w.]+: /, "");
          return { field, message: field === "letter-sent-on" ? `The date sent ${rule}` : rule.charAt(0).toUpperCase() + rule.slice(1) };
        }),
      );
    }
    setErrors([]);
    const name = documents.find((d) => d.id === documentId)?.fileName ?? "Letter";
    onChanged(`${name} recorded as sent on ${formatDate(sentOn)}`);
  };
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Record that a letter was sent">
      <h3 className="govuk-heading-s">Record that a letter was sent</h3>
      <ErrorSummary errors={errors} />
      <Select
        id="letter-sent-document"
        label="Which letter was sent?"
        value={documentId}
        error={errorFor("letter-sent-document")}
        options={[{ value: "", label: "Choose a document" }, ...documents.map((d) => ({ value: d.id, label: d.fileName }))]}
        onChange={setDocumentId}
      />
      <DateField id="letter-sent-on" label="Date sent" value={sentOn} error={errorFor("letter-sent-on")} onChange={setSentOn} />
      <Button type="submit" variant="secondary" disabled={fetching}>
        Record as sent
      </Button>
    </form>
  );
}
