import { deriveCase } from "@csc/rules";
import { describe, expect, it } from "vitest";
import { derivedRows } from "./derived-state";

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe("derivedRows", () => {
  it("stores a suspended Stage 1 with its paused clock and the next due date", () => {
    const derived = deriveCase(
      [
        { type: "received", on: "2025-06-02" },
        { type: "acknowledged", on: "2025-06-03" },
        { type: "procedure_decided", on: "2025-06-03", procedure: "childrens_statutory" },
        { type: "stage_started", on: "2025-06-03", stage: "stage1" },
        { type: "suspended", on: "2025-06-04", reason: "advocate being appointed" },
      ],
      { asOf: "2025-06-11" },
    );
    const rows = derivedRows(derived, "complaint", (o) => `LOCAL-${o}`);
    expect(rows.caseColumns).toMatchObject({ status: "suspended", suspended: true, currentStage: "stage1", procedure: "childrens_statutory" });
    expect(iso(rows.caseColumns.acknowledgedOn)).toBe("2025-06-03");
    const stage1 = rows.stages[0];
    expect(stage1?.daysPaused).toBeGreaterThan(0);
    // Paused working days move the due date on (domain.md): later than 10 working days from receipt (16 June).
    expect(iso(stage1?.dueOn as Date) ?? "").toMatch(/^2025-06-(1[7-9]|2\d|30)$/);
    expect(iso(rows.caseColumns.nextDueOn)).toBe(iso(stage1?.dueOn as Date));
    expect(rows.clocks.map((c) => c.clockId)).toEqual(expect.arrayContaining(["acknowledgement", "stage1"]));
  });

  it("stores outcomes per point with the council's label and the stage outcome", () => {
    const derived = deriveCase(
      [
        { type: "received", on: "2025-06-02" },
        { type: "procedure_decided", on: "2025-06-02", procedure: "childrens_statutory" },
        { type: "stage_started", on: "2025-06-02", stage: "stage1" },
        {
          type: "response_sent",
          on: "2025-06-10",
          stage: "stage1",
          outcomes: [
            { pointId: "A", outcome: "upheld" },
            { pointId: "B", outcome: "upheld" },
          ],
        },
      ],
      { asOf: "2025-06-30" },
    );
    const rows = derivedRows(derived, "complaint", (o) => (o === "upheld" ? "UPHELD" : null));
    expect(rows.pointOutcomes).toEqual([
      { pointRef: "A", stage: "stage1", outcome: "upheld", localOutcome: "UPHELD" },
      { pointRef: "B", stage: "stage1", outcome: "upheld", localOutcome: "UPHELD" },
    ]);
    expect(rows.stages[0]).toMatchObject({ outcome: "upheld", localOutcome: "UPHELD", met: true, workingDaysTaken: 6, band: "within_10" });
  });

  it("stores the reason a complaint was not considered", () => {
    const derived = deriveCase(
      [
        { type: "received", on: "2025-06-02" },
        { type: "not_considered", on: "2025-06-05", reason: "court_proceedings" },
      ],
      { asOf: "2025-06-30" },
    );
    const rows = derivedRows(derived, "complaint");
    expect(rows.caseColumns).toMatchObject({ status: "not_considered", notConsideredReason: "court_proceedings", nextDueOn: null });
    expect(iso(rows.caseColumns.notConsideredOn)).toBe("2025-06-05");
  });

  it("stores no clocks, stages or next due date for a kind that runs none (a compliment)", () => {
    const derived = deriveCase(
      [
        { type: "received", on: "2025-06-02" },
        { type: "acknowledged", on: "2025-06-09" },
      ],
      { asOf: "2025-06-30" },
    );
    const complaint = derivedRows(derived, "complaint");
    expect(complaint.clocks.length).toBeGreaterThan(0);
    const rows = derivedRows(derived, "compliment");
    expect(rows.caseColumns).toMatchObject({
      nextDueOn: null,
      currentStage: null,
      acknowledgementDueOn: null,
      acknowledgementMet: null,
      procedure: null,
    });
    expect(iso(rows.caseColumns.acknowledgedOn)).toBe("2025-06-09");
    expect(rows.clocks).toEqual([]);
    expect(rows.stages).toEqual([]);
  });
});
