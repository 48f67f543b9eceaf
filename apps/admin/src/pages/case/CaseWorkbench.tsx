import { useState } from "react";
import { useQuery } from "urql";
import { SuccessBanner } from "../../components/govuk/SuccessBanner";
import { CASE_NOTES } from "../../graphql/workbench-operations";
import { ContactLogPanel } from "./ContactLogPanel";
import { DocumentsPanel } from "./DocumentsPanel";
import { LettersPanel } from "./LettersPanel";
import { NotesPanel } from "./NotesPanel";

/** Notes and the contact log of a case, for officers and managers (loading them is an audited read). */
export function CaseWorkbench({ caseId }: { caseId: string }) {
  // One success banner at a time: the outcome of the last thing done here.
  const [done, setDone] = useState<{ text: string; n: number } | null>(null);
  const [{ data, error }, refetch] = useQuery({
    query: CASE_NOTES,
    variables: { id: caseId },
    requestPolicy: "cache-and-network",
  });
  if (error) return <p className="govuk-body">Notes and contacts could not be loaded: {error.graphQLErrors[0]?.message ?? "try again"}.</p>;
  if (!data) return <p className="govuk-body">Loading notes and contacts…</p>;
  const reload = (text: string) => {
    setDone({ text, n: (done?.n ?? 0) + 1 });
    refetch({ requestPolicy: "network-only" });
  };
  return (
    <>
      {done ? (
        <SuccessBanner key={done.n} id="workbench-done">
          {done.text}
        </SuccessBanner>
      ) : null}
      <NotesPanel caseId={caseId} notes={data.case.notes} onChanged={reload} />
      <ContactLogPanel caseId={caseId} contacts={data.case.contacts} onChanged={reload} />
      <LettersPanel caseId={caseId} documents={data.case.documents} onChanged={reload} />
      <DocumentsPanel caseId={caseId} documents={data.case.documents} onChanged={reload} />
    </>
  );
}
