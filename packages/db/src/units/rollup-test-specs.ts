import { DIMENSIONS, type Dimension, type MeasureSpecInput, METRIC_NAMES, NOT_RECORDED, parseMeasureSpec, timeDimensionValue } from "@csc/rules";
import { ARBITRARY_TEAMS } from "./case-arbitrary";
import { ROLLUP_DIMENSIONS, ROLLUP_PAIRS } from "./measure-from-rollup";

const STAGES = [undefined, "stage1", "stage2", "stage3"] as const;
const BASES = ["received", "completed"] as const;
const LIMITS = [10, 20] as const;

/**
 * A rolled-up dimension's values the tests filter to: its first canonical value (a local one's first code in the
 * random cases), and not_recorded where it is one.
 */
function filterValues(key: string): string[] {
  const canonical = DIMENSIONS[key as Dimension].values;
  const values = canonical ?? [...ARBITRARY_TEAMS, NOT_RECORDED];
  return [values[0] as string, ...(values.includes(NOT_RECORDED) ? [NOT_RECORDED] : [])];
}

/** The first quarter of the financial year the tests count (2021/22): a time filter's value, named by the rules. */
const FIRST_QUARTER = timeDimensionValue("quarter", "2021-04-01");

/**
 * The measure specs the rollup tests ask for (the ones parseMeasureSpec accepts): every metric at every stage and
 * basis, plain; grouped by each rolled-up dimension (ROLLUP_DIMENSIONS, whichever metric it is rolled up for: the
 * others are not answered); filtered to one of its values; with withinWorkingDays limits; and by time dimensions
 * (alone, beside a rolled-up dimension, filtered on). Which of them the rollup answers is rollupCell's call.
 */
export function rollupTestSpecs(): MeasureSpecInput[] {
  const specs = METRIC_NAMES.flatMap((metric) =>
    STAGES.flatMap((stage) =>
      BASES.flatMap((basis): MeasureSpecInput[] => {
        const plain = { metric, basis, ...(stage ? { stage } : {}) } as MeasureSpecInput;
        const dims = [...new Set(Object.values(ROLLUP_DIMENSIONS).flat())];
        // Time dimensions, alone (at every stage only where a dimension is rolled up: each spec costs the property
        // test a statement), filtered on, with a limit, and (below) beside a rolled-up dimension in either order.
        const timed: MeasureSpecInput[] =
          stage === undefined || ROLLUP_DIMENSIONS[metric]
            ? [
                { ...plain, groupBy: ["quarter"] },
                { ...plain, filter: { quarter: [FIRST_QUARTER] } },
                { ...plain, groupBy: ["month"], withinWorkingDays: LIMITS[0] },
              ]
            : [];
        // A pair's two dimensions filtered to one value each (the first value of each, and not_recorded of the second where it is one).
        const pairs = (ROLLUP_PAIRS[metric] ?? []).flatMap(([first, second]): MeasureSpecInput[] => [
          ...filterValues(second).map((value) => ({ ...plain, filter: { [first]: filterValues(first).slice(0, 1), [second]: [value] } })),
          { ...plain, groupBy: ["quarter"], filter: { [first]: filterValues(first).slice(0, 1), [second]: filterValues(second).slice(0, 1) } },
        ]);
        return [
          plain,
          ...pairs,
          ...dims.map((key) => ({ ...plain, groupBy: [key] })),
          ...dims.flatMap((key) => filterValues(key).map((value) => ({ ...plain, filter: { [key]: [value] } }))),
          ...LIMITS.map((withinWorkingDays) => ({ ...plain, withinWorkingDays })),
          ...timed,
          ...dims.flatMap((key): MeasureSpecInput[] => [
            { ...plain, groupBy: [key, "quarter"] },
            { ...plain, groupBy: ["month", key] },
            { ...plain, groupBy: ["financialYear"], filter: { [key]: filterValues(key).slice(0, 1) } },
          ]),
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
