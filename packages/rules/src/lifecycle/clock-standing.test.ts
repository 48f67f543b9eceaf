import { describe, expect, it } from "vitest";
import { clockStanding } from "./clocks";

describe("clockStanding: how far a stored clock is from its due date", () => {
  it.each([
    // [working days, used, running, met] → [left, overdue by]
    [20, 6, true, null, 14, null],
    [20, 20, true, null, 0, null],
    [20, 23, true, false, null, 3],
    [20, 12, false, true, null, null],
    [20, 25, false, false, null, 5],
    // A request window that has passed while open: not met or missed, and no days left to ask.
    [20, 22, true, null, null, null],
    // Withdrawn or closed without an answer.
    [20, 4, false, null, null, null],
  ] as const)("%i working days, %i used, running %s, met %s: %s left, overdue by %s", (workingDays, used, running, met, left, overdueBy) => {
    expect(clockStanding({ workingDays, workingDaysElapsed: used, running, met })).toEqual({ workingDaysLeft: left, overdueBy });
  });
});
