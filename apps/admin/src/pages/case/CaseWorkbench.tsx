import { useState } from "react";
import { useQuery } from "urql";
import { SuccessBanner } from "../../components/govuk/SuccessBanner";
import { CASE_NOTES } from "../../graphql/workbench-operations";
import { ContactLogPanel } from "./ContactLogPanel";
import { DocumentsPanel } from "./DocumentsPanel";
import { LettersPanel } from "./LettersPanel";
import { NotesPanel } from "./NotesPanel";

/** The case page's tabs that hold the officers' working papers. */
type WorkbenchPart = "notes" | "correspondence";

/**
 * The notes of a case ("notes"), or its correspondence: the contact log, letters and documents ("correspondence"),
 * for officers and managers (loading them is an audited read; the two tabs share one query).
 */
export function CaseWorkbench({ caseId, part }: { caseId: string; part: WorkbenchPart }) {
  // One success banner at a time: the outcome of the last thing done here.
  const [done, setDone] = useState<{ text: string; n: number } | null>(null);
  const [{ data, error }, refetch] = useQuery({
    query: CASE_NOTES,
    variables: { id: caseId },
    requestPolicy: "cache-and-network",
  });
  const what = part === "notes" ? "Notes" : "Correspondence";
  if (error)
    return (
      <p className="govuk-body">
        {what} could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.
      </p>
    );
  if (!data) return <p className="govuk-body">Loading {what.toLowerCase()}…</p>;
  const reload = (text: string) => {
    setDone({ text, n: (done?.n ?? 0) + 1 });
    refetch({ requestPolicy: "network-only" });
  };
  return (
    <>
      {done ? (
        <SuccessBanner key={done.n} id={`workbench-${part}-done`}>
          {done.text}
        </SuccessBanner>
      ) : null}
      {part === "notes" ? (
        <NotesPanel caseId={caseId} notes={data.case.notes} onChanged={reload} />
      ) : (
        <>
          <ContactLogPanel caseId={caseId} contacts={data.case.contacts} onChanged={reload} />
          <LettersPanel caseId={caseId} offered={data.case.letters} documents={data.case.documents} onChanged={reload} />
          <DocumentsPanel caseId={caseId} documents={data.case.documents} onChanged={reload} />
        </>
      )}
    </>
  );
}
