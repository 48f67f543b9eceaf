import { humanise } from "../../format";
import type { CaseDetail } from "../../graphql/types";
import { ClocksTable } from "./ClocksTable";

type Clock = CaseDetail["clocks"][number];

/** The case's clocks grouped by the stage they belong to (the acknowledgement and anything without a stage first). */
export function ClocksByStage({ clocks }: { clocks: Clock[] }) {
  if (clocks.length === 0) return <ClocksTable clocks={clocks} />;
  const groups = new Map<string, Clock[]>();
  for (const clock of clocks) {
    const key = clock.stage ?? "";
    groups.set(key, [...(groups.get(key) ?? []), clock]);
  }
  const keys = [...groups.keys()].sort();
  return (
    <>
      {keys.map((key) => (
        <ClocksTable key={key || "none"} clocks={groups.get(key) ?? []} caption={key ? `Timescales: ${humanise(key)}` : "Timescales: receipt and acknowledgement"} />
      ))}
    </>
  );
}
