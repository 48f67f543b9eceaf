import { describe, expect, it } from "vitest";
import { financialYear, type CaseFacts, type StageFacts } from "@csc/rules";
import { defineCouncil } from "../adapter/define-council";
import { exampleCouncilInput } from "../example/example-council";
import { exampleComplaint } from "../testing/complaint-facts";
import { buildReport } from "./build-report";

// Issue 12 item 5: "proceeded to Stage 2 (%)" in a layout, each cell with its own rounding, and the council's
// setting for what Stage 2 is counted from.

function stage(name: StageFacts["stage"], startedOn: string, respondedOn: string | null, extra: Partial<StageFacts> = {}): StageFacts {
  return {
    stage: name,
    startedOn,
    timescaleWorkingDays: name === "stage1" ? 10 : 25,
    dueOn: startedOn,
    respondedOn,
    workingDaysTaken: respondedOn ? 5 : null,
    daysPaused: 0,
    extended: false,
    met: respondedOn ? true : null,
    outcome: respondedOn ? "not_upheld" : null,
    localOutcome: null,
    lateRequest: false,
    ...extra,
  };
}

let n = 0;
function complaint(receivedOn: string, stages: StageFacts[]): CaseFacts {
  n += 1;
  return exampleComplaint(`c${n}`, receivedOn, { stages });
}

const facts = [
  // Went on to Stage 2, statement agreed.
  complaint("2021-05-04", [stage("stage1", "2021-05-04", "2021-05-14"), stage("stage2", "2021-06-07", "2021-07-09", { requestedOn: "2021-05-28" })]),
  // Asked for Stage 2; the statement is not agreed yet.
  complaint("2022-02-01", [stage("stage1", "2022-02-01", "2022-02-15"), stage("stage2", "2022-03-25", null, { awaitingStatement: true })]),
  // Stopped at Stage 1.
  complaint("2021-09-01", [stage("stage1", "2021-09-01", "2021-09-10")]),
];

const cell = (rounding: "half_up" | "floor" | "half_even") => ({
  measure: { metric: "percent_proceeded_to_stage2" as const },
  format: { type: "percent" as const, decimals: 0, rounding },
});

function councilCountingStage2From(from?: "request" | "agreed_statement") {
  return defineCouncil({
    ...exampleCouncilInput,
    procedures: { ...exampleCouncilInput.procedures, ...(from ? { stage2CountedFrom: from } : {}) },
    report: {
      rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 1 },
      sections: [
        {
          id: "escalation",
          title: "Escalation",
          tables: [
            {
              id: "proceeded",
              title: "Complaints that proceeded to Stage 2 (%)",
              source: "Table 4",
              columns: [{ label: "Half up" }, { label: "Floor" }, { label: "Bankers" }],
              rows: [{ label: "Proceeded to Stage 2, of Stage 1 completed", cells: [cell("half_up"), cell("floor"), cell("half_even")] }],
            },
          ],
        },
      ],
    },
  });
}

const cells = (from?: "request" | "agreed_statement") =>
  buildReport(councilCountingStage2From(from), facts, financialYear(2021)).sections[0]?.tables[0]?.rows[0]?.cells;

describe("proceeded to Stage 2 in a council's report", () => {
  it("counts Stage 2 from the agreed statement by default: 1 of 3", () => {
    expect(cells()).toEqual([33, 33, 33]);
    expect(cells("agreed_statement")).toEqual([33, 33, 33]);
  });

  it("counts Stage 2 from the request when the council says so: 2 of 3, each cell rounded its own way", () => {
    expect(cells("request")).toEqual([67, 66, 67]);
  });

  it("refuses an unknown setting, naming the field", () => {
    expect(() =>
      defineCouncil({ ...exampleCouncilInput, procedures: { ...exampleCouncilInput.procedures, stage2CountedFrom: "complaint" as never } }),
    ).toThrow(/stage2CountedFrom/);
  });
});
