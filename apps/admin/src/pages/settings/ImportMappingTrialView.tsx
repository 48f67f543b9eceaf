import { Table } from "../../components/govuk";
import type { ImportMappingTrial } from "../../graphql/import-mapping-operations";

/** What a try of the mapping on the sample found: the rows it refuses (by row and column), then the first rows as cases. */
export function ImportMappingTrialView({ trial }: { trial: ImportMappingTrial }) {
  const refusedRows = new Set(trial.refusals.map((r) => r.row)).size;
  return (
    <>
      <h2 className="govuk-heading-m">Result of the try</h2>
      <p className="govuk-body" data-testid="trial-summary">
        {trial.rows} rows in the sample: {trial.rows - refusedRows} read, {refusedRows} refused.
      </p>
      {trial.refusals.length > 0 ? (
        <Table
          caption="Refusals by row and column"
          head={["Row", "Column", "Reason"]}
          rows={trial.refusals.map((r) => [r.row === null ? "File" : String(r.row), r.column ?? "None", r.message])}
        />
      ) : null}
      {trial.cases.length > 0 ? (
        <Table
          caption="The first rows as cases"
          head={["Row", "Reference", "Type", "Received", "About", "Outcome", "Lifecycle"]}
          rows={trial.cases.map((c) => [
            String(c.row),
            c.externalId,
            c.kind,
            c.receivedOn,
            c.points.join(", ") || "None",
            c.outcomes.join(", ") || "None",
            c.events.map((e) => e.type.replace(/_/g, " ")).join(", "),
          ])}
        />
      ) : null}
    </>
  );
}
