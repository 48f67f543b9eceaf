import { countedUnits } from "@csc/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArbFor } from "./case-arbitrary";
import { unitSpan } from "./unit-span";

describe("unitSpan", () => {
  it("holds every date a period filter can test on the unit, open-ended while an interval is open", () => {
    fc.assert(
      fc.property(caseArbFor("span"), (facts) => {
        for (const unit of countedUnits(facts)) {
          const { from, to } = unitSpan(unit);
          const intervals = [...unit.open, ...unit.stages.flatMap((s) => s.o)];
          const dates = [
            ...Object.values(unit.metrics).flatMap((m) => (m === false ? [] : [m.r, m.c].filter((d) => d !== undefined))),
            ...intervals.flatMap(([a, b]) => (b === null ? [a] : [a, b])),
          ];
          for (const d of dates) {
            expect(from === "-infinity" || from <= d).toBe(true);
            expect(to === "infinity" || d <= to).toBe(true);
          }
          expect(to === "infinity").toBe(intervals.some(([, b]) => b === null) || dates.length === 0);
          if (dates.length > 0) expect([from, to === "infinity" ? from : to].every((d) => dates.includes(d))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("spans every day for a unit with no date", () => {
    expect(unitSpan({ metrics: { escalated: false }, open: [], stages: [] })).toEqual({ from: "-infinity", to: "infinity" });
  });
});
