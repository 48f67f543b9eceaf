import { describe, expect, it } from "vitest";
import { cellSpecSchema, type CellSpecInput, type ContextRef, type MeasureRef } from "../layout/cell-spec";
import { cellValue, type CellInputs } from "./cell-value";

/**
 * Cells computed from fake measure results: "received" is 213 this year and 183 last year; "upheld" by team has
 * a group only for MASH (12); "avg" (an average) has no value; contacts were supplied for this year only.
 */
const received = (yearOffset = 0) => ({ measure: { metric: "cases_received" as const }, yearOffset });
const upheldByTeam = { measure: { metric: "cases_received" as const, groupBy: ["team" as const] } };
const average = { measure: { metric: "average_working_days" as const, stage: "stage1" as const } };

function evaluate(ref: MeasureRef, rowKey: string | undefined): number | null | undefined {
  if (ref.measure.metric === "average_working_days") return undefined;
  if (ref.measure.groupBy?.[0] === "team") return (rowKey ?? ref.pick?.[0]) === "MASH" ? 12 : undefined;
  return ref.yearOffset === -1 ? 183 : 213;
}
const context = (ref: ContextRef): number | undefined => (ref.context === "contacts" && ref.yearOffset === 0 ? 29_854 : undefined);
const inputs: CellInputs = { evaluate, context, rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 1 } };

const value = (cell: CellSpecInput, rowKey?: string) => cellValue(cellSpecSchema.parse(cell), inputs, rowKey);

describe("cellValue: arithmetic cells", () => {
  it("adds measures (a Total row of several measures), a missing count group adding 0", () => {
    expect(value({ sum: [received(), received(-1)] })).toBe(396);
    expect(value({ sum: [received(), upheldByTeam] }, "CIC")).toBe(213);
    expect(value({ sum: [received(), upheldByTeam] }, "MASH")).toBe(225);
  });

  it("is null (or whenEmpty) when any operand has no value, instead of a wrong total", () => {
    expect(value({ sum: [received(), average] })).toBeNull();
    expect(value({ sum: [received(), { context: "contacts", yearOffset: -1 }], whenEmpty: "-" })).toBe("-");
  });

  it("subtracts the earlier from the later: the change on the previous year, negative for a fall", () => {
    expect(value({ difference: { from: received(-1), to: received() } })).toBe(30);
    expect(value({ difference: { from: received(), to: received(-1) } })).toBe(-30);
    expect(value({ difference: { from: average, to: received() }, whenEmpty: "n/a" })).toBe("n/a");
  });

  it("gives the percentage change in the council's rounding, null when the earlier value is 0", () => {
    expect(value({ percentChange: { from: received(-1), to: received() } })).toBe(16);
    expect(value({ percentChange: { from: received(-1), to: received() }, format: { type: "percent", decimals: 2 } })).toBe(16.39);
    expect(value({ percentChange: { from: upheldByTeam, to: received() } }, "CIC")).toBeNull();
    expect(value({ percentChange: { from: upheldByTeam, to: received() }, whenEmpty: "-" }, "CIC")).toBe("-");
  });
});

describe("cellValue: ratio cells", () => {
  const share = { ratio: { numerator: upheldByTeam, denominator: received() } };

  it("is 100 × n ÷ d by default, and a group with no cases is 0% unless asked otherwise", () => {
    expect(value(share, "MASH")).toBe(6);
    expect(value(share, "CIC")).toBe(0);
    expect(value({ ...share, whenEmpty: "-" }, "CIC")).toBe(0);
  });

  it("shows whenEmpty for an absent numerator group when emptyWhen is numerator_absent", () => {
    expect(value({ ...share, whenEmpty: "-", emptyWhen: "numerator_absent" }, "CIC")).toBe("-");
    expect(value({ ...share, emptyWhen: "numerator_absent" }, "CIC")).toBeNull();
    expect(value({ ...share, whenEmpty: "-", emptyWhen: "numerator_absent" }, "MASH")).toBe(6);
  });

  it("divides by a supplied context figure, per 1,000 or as a percentage with words below a threshold", () => {
    const perThousand = {
      ratio: { numerator: received(), denominator: { context: "contacts" } },
      per: 1000,
      format: { type: "average", decimals: 1 },
    } as const;
    expect(value(perThousand)).toBe(7.1);
    const share = {
      ratio: { numerator: received(), denominator: { context: "contacts" } },
      format: { type: "percent", lessThan: { value: 1, text: "less than 1%" } },
    } as const;
    expect(value(share)).toBe("less than 1%");
    expect(value({ ratio: { numerator: received(), denominator: { context: "contacts", yearOffset: -1 } } })).toBeNull();
  });
});

describe("cellValue: context cells", () => {
  it("shows a supplied figure, and null or whenEmpty for a year the council supplied none", () => {
    expect(value({ context: "contacts" })).toBe(29_854);
    expect(value({ context: "contacts", yearOffset: -1 })).toBeNull();
    expect(value({ context: "childrenInCare", whenEmpty: "not supplied" })).toBe("not supplied");
  });

  it("rejects an unknown context figure, naming the allowed ones", () => {
    const result = cellSpecSchema.safeParse({ context: "schools" });
    expect(result.success).toBe(false);
  });
});

describe("cellValue: the original cells are unchanged", () => {
  it("measure, text and whenEmpty cells behave as before", () => {
    expect(value(received())).toBe(213);
    expect(value({ ...upheldByTeam, pick: ["MASH"] })).toBe(12);
    expect(value({ ...upheldByTeam, pick: ["CIC"], whenEmpty: "-" })).toBe("-");
    expect(value({ text: "n/a" })).toBe("n/a");
    expect(value(average)).toBeNull();
  });
});
