import type { IsoDate } from "@csc/rules";
import type { CouncilScope } from "./council-scope";
import { casesWhere } from "./list-cases";
import type { CaseFilter } from "./list-cases";

export type CaseGrouping = "status" | "currentStage" | "kind" | "procedure" | "channel" | "complainantRelationship";

/** Counts of the council's cases by one dimension: facts only, so analysts may have them. */
export async function countCases(
  scope: CouncilScope,
  groupBy: CaseGrouping,
  filter: CaseFilter,
  asOf: IsoDate,
): Promise<Array<{ key: string; count: number }>> {
  const rows = await scope.prisma.case.groupBy({
    by: [groupBy],
    where: casesWhere(scope.councilId, filter, asOf),
    _count: { _all: true },
  });
  return rows
    .map((row) => ({ key: String((row as Record<string, unknown>)[groupBy] ?? "none"), count: row._count._all }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
