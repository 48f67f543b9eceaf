import type { CellValue } from "@csc/council-kit";
import { MISSING_VALUE, type Figure } from "./disclosure";
import type { CouncilComparison } from "./comparison";
import { hasLocalCodes } from "./local-labels";
import type { StatisticsResult } from "./statistics";

/**
 * The rows every export of a statistics or comparison result has (CSV and XLSX alike): a header row, then one row
 * per figure in long format. The figures are the ones the API gave, already through the disclosure policy: a
 * missing value or a withheld base is MISSING_VALUE ("[x]", the one name of a missing value) with its reason in the
 * `missing` column. Numbers stay numbers; text stays as it is (each format protects it its own way).
 */
export type ExportRows = ReadonlyArray<ReadonlyArray<CellValue>>;

const shown = (value: number | null): CellValue => (value === null ? MISSING_VALUE : value);
const figureCells = (f: Figure): CellValue[] => [shown(f.value), f.suppressed ? MISSING_VALUE : f.base, f.missing ?? ""];

/**
 * The overall figure first (group columns "Total"), then one row per group. A dimension of the council's own codes
 * (hasLocalCodes) has a `<dimension>_label` column after it: the council's word for each code from `labels`
 * (reports/local-labels.ts, one map per groupBy dimension), empty for a code the council's lists do not name.
 */
export function statisticsRows(result: StatisticsResult, labels: readonly ReadonlyMap<string, string>[] = []): ExportRows {
  const lead = [result.metric, result.basis ?? "", result.period.start, result.period.end];
  const labelled = result.groupBy.map(hasLocalCodes);
  const total = result.groupBy.map(() => "Total");
  const groupCells = (key: readonly string[]) =>
    result.groupBy.flatMap((_, i) => {
      const code = key[i] ?? "";
      if (!labelled[i]) return [code];
      return [code, key === total ? "Total" : (labels[i]?.get(code) ?? "")];
    });
  return [
    [
      "metric",
      "basis",
      "period_start",
      "period_end",
      ...result.groupBy.flatMap((d, i) => (labelled[i] ? [d, `${d}_label`] : [d])),
      "value",
      "base",
      "missing",
    ],
    [...lead, ...groupCells(total), ...figureCells(result)],
    ...result.groups.map((g) => [...lead, ...groupCells(g.key), ...figureCells(g)]),
  ];
}

/** One row per council and figure; a rate per context figure notes that figure's source ("Supplied: <source>"). */
export function comparisonRows(comparison: CouncilComparison): ExportRows {
  const { period, basis, stage } = comparison;
  return [
    ["council_id", "council", "metric", "key", "basis", "stage", "period_start", "period_end", "value", "base", "missing", "note"],
    ...comparison.councils.flatMap((c) =>
      c.figures.map((f) => [
        c.councilId,
        c.name,
        f.metric,
        f.key ?? "",
        basis,
        stage,
        period.start,
        period.end,
        ...figureCells(f),
        f.source ? `Supplied: ${f.source}` : "",
      ]),
    ),
  ];
}
