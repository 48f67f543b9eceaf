import { DIMENSIONS, type Dimension, type MeasureSpecInput, METRIC_NAMES, NOT_RECORDED, parseMeasureSpec } from "@csc/rules";
import { ROLLUP_DIMENSIONS } from "./measure-from-rollup";

const STAGES = [undefined, "stage1", "stage2", "stage3"] as const;
const BASES = ["received", "completed"] as const;
const LIMITS = [10, 20] as const;

/** A rolled-up dimension's values the tests filter to: its first canonical value, and not_recorded where it is one. */
function filterValues(key: string): string[] {
  const values = DIMENSIONS[key as Dimension].values ?? [];
  return [values[0] as string, ...(values.includes(NOT_RECORDED) ? [NOT_RECORDED] : [])];
}

/**
 * The measure specs the rollup tests ask for (the ones parseMeasureSpec accepts): every metric at every stage and
 * basis, plain; grouped by each rolled-up dimension (ROLLUP_DIMENSIONS, whichever metric it is rolled up for: the
 * others are not answered); filtered to one of its values; and with withinWorkingDays limits. Which of them the rollup answers is rollupCell's call.
 */
export function rollupTestSpecs(): MeasureSpecInput[] {
  const specs = METRIC_NAMES.flatMap((metric) =>
    STAGES.flatMap((stage) =>
      BASES.flatMap((basis) => {
        const plain = { metric, basis, ...(stage ? { stage } : {}) } as MeasureSpecInput;
        const dims = Object.values(ROLLUP_DIMENSIONS);
        return [
          plain,
          ...dims.map((key) => ({ ...plain, groupBy: [key] })),
          ...dims.flatMap((key) => filterValues(key).map((value) => ({ ...plain, filter: { [key]: [value] } }))),
          ...LIMITS.map((withinWorkingDays) => ({ ...plain, withinWorkingDays })),
        ];
      }),
    ),
  );
  return specs.filter((s) => {
    try {
      parseMeasureSpec(s);
      return true;
    } catch {
      return false;
    }
  });
}
