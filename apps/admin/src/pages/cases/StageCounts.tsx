import { useQuery } from "urql";
import { Table } from "../../components/govuk";
import { humanise } from "../../format";
import { CASE_COUNTS } from "../../graphql/operations";
import { WITHHELD } from "../reports/figure-text";

interface StageCount {
  key: string;
  count: number | null;
}

/**
 * The rows of a count of cases by current stage: a case at no stage (received and not yet at Stage 1, or an
 * Ombudsman enquiry the council answers outside the stages) is grouped under the gateway's key "none".
 */
export function stageCountRows(counts: readonly StageCount[]): string[][] {
  return counts.map((r) => [r.key === "none" ? "Not at a stage" : humanise(r.key), r.count === null ? WITHHELD : String(r.count)]);
}

/** How many of the cases the list's search and filters match are at each stage (caseCounts with the same filter). */
export function StageCounts({ filter }: { filter: Record<string, unknown> }) {
  const [{ data }] = useQuery({
    query: CASE_COUNTS,
    variables: { groupBy: "CURRENT_STAGE", filter },
  });
  const counts = data?.caseCounts ?? [];
  if (counts.length === 0) return null;
  return <Table caption="Matching cases by stage" head={["Stage", "Cases"]} numeric={[1]} rows={stageCountRows(counts)} />;
}
