import { describe, expect, it } from "vitest";
import { nextCouncilClock } from "./ClocksByStage";

const clock = (clockId: string, dueOn: string, extra: { owedBy?: string; stoppedOn?: string | null } = {}) => ({
  clockId,
  dueOn,
  owedBy: "COUNCIL",
  stoppedOn: null,
  ...extra,
});

describe("the clock a case waits on next", () => {
  it("is the council's running clock due soonest", () => {
    const clocks = [clock("stage2", "2026-03-16"), clock("ack", "2026-01-15", { stoppedOn: "2026-01-13" }), clock("stage2Ack", "2026-03-01")];
    expect(nextCouncilClock(clocks)?.clockId).toBe("stage2Ack");
  });

  it("leaves out the complainant's request windows and stopped clocks, and is null when nothing runs", () => {
    const window = clock("stage2Request", "2026-02-20", { owedBy: "COMPLAINANT" });
    expect(nextCouncilClock([window, clock("stage2", "2026-03-16")])?.clockId).toBe("stage2");
    expect(nextCouncilClock([window, clock("stage1", "2026-01-26", { stoppedOn: "2026-01-23" })])).toBeNull();
    expect(nextCouncilClock([])).toBeNull();
  });
});
