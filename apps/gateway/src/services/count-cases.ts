import { roleAllows } from "../auth/roles";
import type { GatewayContext } from "../context";
import { secondarySuppress, suppressCount, type MissingReason } from "../reports/disclosure";
import { councilScope } from "./council-scope";
import type { CaseFilter } from "./list-cases";
import { filteredWhere } from "./search-cases";

type CaseGrouping = "status" | "currentStage" | "kind" | "procedure" | "channel" | "complainantRelationship";

export interface CaseCount {
  key: string;
  /** null when suppressed. */
  count: number | null;
  suppressed: boolean;
  /** Why `count` is null (reports/disclosure.ts); null when it is shown. */
  missing: MissingReason | null;
}

/**
 * Counts of the council's cases by one dimension: facts only, so analysts may have them. A viewer who may not
 * read the cases themselves (an analyst) gets small numbers suppressed by the platform's rule
 * (src/reports/disclosure.ts: a count of 1–4 is null with `suppressed: true`, plus secondary suppression), because a small group filtered
 * finely enough can point at a child; officers, managers and auditors read the cases anyway and see every count.
 * The filter's search works as in the case list (./search-cases.ts): names and dates of birth only for roles
 * that may read personal data, audited; references for the others.
 */
export async function countCases(context: GatewayContext, groupBy: CaseGrouping, filter: CaseFilter): Promise<CaseCount[]> {
  const scope = councilScope(context);
  const suppress = !roleAllows(scope.viewer.roles, "readCases");
  const rows = await scope.prisma.case.groupBy({
    by: [groupBy],
    // The same filter and search as the case list (a search of names and dates of birth is audited there).
    where: await filteredWhere(context, filter),
    _count: { _all: true },
  });
  const counts = rows
    .map((row) => ({ key: String((row as Record<string, unknown>)[groupBy] ?? "none"), count: row._count._all }))
    .sort((a, b) => a.key.localeCompare(b.key));
  if (!suppress) return counts.map((c) => ({ ...c, suppressed: false, missing: null }));
  // The groups add up to the number of cases the filter matches, which another grouping shows: secondary
  // suppression keeps a withheld count from being worked out by subtraction (reports/disclosure.ts).
  const figures = secondarySuppress(
    counts.map((c) => ({ key: c.key, ...suppressCount(c.count) })),
    true,
  );
  return figures.map((f) => ({ key: f.key, count: f.value, suppressed: f.suppressed, missing: f.missing }));
}
