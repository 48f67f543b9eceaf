import { describe, expect, it } from "vitest";
import { computeMeasure, financialYear, METRIC_NAMES, type CaseFacts } from "@csc/rules";
import { defineCouncil } from "../adapter/define-council";
import { EXAMPLE_FIXTURE, exampleCouncilInput, parseExampleExport } from "../example/example-council";
import { toCaseFacts } from "../facts/to-case-facts";
import { factsTouching } from "./period-facts";

const council = defineCouncil(exampleCouncilInput);
const facts: CaseFacts[] = parseExampleExport(EXAMPLE_FIXTURE).map((c) => toCaseFacts(council, c, { asOf: "2022-06-30" }));
const ids = (list: CaseFacts[]) => list.map((f) => f.id);

describe("factsTouching", () => {
  it("skips cases received after the period and cases finished before it, keeps open ones", () => {
    expect(ids(factsTouching(facts, financialYear(2019)))).toEqual(["E0"]);
    // E0 was answered in 2019/20; E5 (received 2022-03-20) is after 2020/21's end.
    expect(ids(factsTouching(facts, financialYear(2020)))).toEqual(["E1", "E7", "E8"]);
    expect(ids(factsTouching(facts, financialYear(2021)))).toEqual(["E2", "E3", "E4", "E5", "E6"]);
    expect(ids(factsTouching(facts, financialYear(2022)))).toEqual(["E5"]);
  });

  it("changes no measure: every metric over the skipped set equals the metric over all cases", () => {
    for (const year of [2019, 2020, 2021, 2022]) {
      const period = financialYear(year);
      for (const metric of METRIC_NAMES) {
        for (const spec of [{ metric }, { metric, groupBy: ["localOutcome"] }, { metric, stage: "stage1" }]) {
          expect(computeMeasure(factsTouching(facts, period), spec as never, period), `${year} ${JSON.stringify(spec)}`).toEqual(
            computeMeasure(facts, spec as never, period),
          );
        }
      }
    }
  });
});
