import { describe, expect, it } from "vitest";
import { CODE_SECTIONS, codeSectionTitle, isOverdue, learningActionTrackerStatus } from "./index";

describe("the Complaint Handling Code's sections", () => {
  it("are numbered 1 to 9 in the Code's order, with unique ids", () => {
    expect(CODE_SECTIONS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(CODE_SECTIONS.map((s) => s.id)).size).toBe(CODE_SECTIONS.length);
    expect(codeSectionTitle("putting-right")).toBe("7. Putting things right");
  });
});

describe("overdue", () => {
  it("is an outstanding action past its due date", () => {
    expect(isOverdue("open", "2026-01-09", "2026-01-10")).toBe(true);
    expect(isOverdue("in_progress", "2026-01-09", "2026-01-10")).toBe(true);
    expect(isOverdue("open", "2026-01-10", "2026-01-10")).toBe(false);
    expect(isOverdue("done", "2026-01-09", "2026-01-10")).toBe(false);
    expect(isOverdue("not_accepted", "2026-01-09", "2026-01-10")).toBe(false);
    expect(isOverdue("open", null, "2026-01-10")).toBe(false);
  });
  it("reads a learning action's status on the same scale", () => {
    expect(learningActionTrackerStatus("completed")).toBe("done");
    expect(learningActionTrackerStatus("cancelled")).toBe("not_accepted");
    expect(learningActionTrackerStatus("open")).toBe("open");
  });
});
