import { useQuery } from "urql";
import { Table } from "../../components/govuk";
import { humanise } from "../../format";
import { CASE_COUNTS } from "../../graphql/operations";

/** How many of the cases the list's search and filters match are at each stage (caseCounts with the same filter). */
export function StageCounts({ filter }: { filter: Record<string, unknown> }) {
  const [{ data }] = useQuery({
    query: CASE_COUNTS,
    variables: { groupBy: "CURRENT_STAGE", filter },
  });
  const counts = data?.caseCounts ?? [];
  if (counts.length === 0) return null;
  return (
    <Table
      caption="Matching cases by stage"
      head={["Stage", "Cases"]}
      numeric={[1]}
      rows={counts.map((r) => [humanise(r.key) || "No stage", r.count === null ? "Withheld (small number)" : String(r.count)])}
    />
  );
}
