import type { IsoDate } from "@csc/rules";
import { roleAllows } from "../auth/roles";
import { suppressCount } from "../reports/suppression";
import type { CouncilScope } from "./council-scope";
import { casesWhere } from "./list-cases";
import type { CaseFilter } from "./list-cases";

export type CaseGrouping = "status" | "currentStage" | "kind" | "procedure" | "channel" | "complainantRelationship";

export interface CaseCount {
  key: string;
  /** null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/**
 * Counts of the council's cases by one dimension: facts only, so analysts may have them. A viewer who may not
 * read the cases themselves (an analyst) gets small numbers suppressed by the platform's rule
 * (src/reports/suppression.ts: a count of 1–4 is null with `suppressed: true`), because a small group filtered
 * finely enough can point at a child; officers, managers and auditors read the cases anyway and see every count.
 */
export async function countCases(
  scope: CouncilScope,
  groupBy: CaseGrouping,
  filter: CaseFilter,
  asOf: IsoDate,
): Promise<CaseCount[]> {
  const suppress = !roleAllows(scope.viewer.roles, "readCases");
  const rows = await scope.prisma.case.groupBy({
    by: [groupBy],
    where: casesWhere(scope.councilId, filter, asOf),
    _count: { _all: true },
  });
  return rows
    .map((row) => {
      const key = String((row as Record<string, unknown>)[groupBy] ?? "none");
      const count = row._count._all;
      if (!suppress) return { key, count, suppressed: false };
      const figure = suppressCount(count);
      return { key, count: figure.value, suppressed: figure.suppressed };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}
