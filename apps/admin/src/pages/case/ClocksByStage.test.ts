import { describe, expect, it } from "vitest";
import { clockDueNext, isAcknowledgement } from "./ClocksByStage";

const clock = (clockId: string, dueOn: string, extra: { owedBy?: string; stoppedOn?: string | null } = {}) => ({
  clockId,
  dueOn,
  owedBy: "COUNCIL",
  stoppedOn: null,
  ...extra,
});

describe("the clock a case waits on next", () => {
  it("is the council's running clock due on the case's next due day", () => {
    const clocks = [clock("stage2", "2026-03-16"), clock("ack", "2026-01-15", { stoppedOn: "2026-01-13" }), clock("stage2Ack", "2026-03-01")];
    expect(clockDueNext(clocks, "2026-03-01")?.clockId).toBe("stage2Ack");
  });

  it("leaves out the complainant's request windows and stopped clocks, and is null when nothing is due", () => {
    const window = clock("stage2Request", "2026-02-20", { owedBy: "COMPLAINANT" });
    expect(clockDueNext([window, clock("stage2", "2026-03-16")], "2026-03-16")?.clockId).toBe("stage2");
    expect(clockDueNext([window, clock("stage1", "2026-01-26", { stoppedOn: "2026-01-23" })], "2026-01-26")).toBeNull();
    expect(clockDueNext([clock("stage1", "2026-01-26")], null)).toBeNull();
    expect(clockDueNext([], null)).toBeNull();
  });
});

describe("acknowledgement clocks", () => {
  it("are the complaint's and a Stage 2 or 3 request's, not a stage's response or the panel", () => {
    const ids = ["acknowledgement", "stage1", "stage2_request", "stage2_acknowledgement", "stage2", "stage3_acknowledgement", "stage3_panel"];
    expect(ids.filter((clockId) => isAcknowledgement({ clockId }))).toEqual(["acknowledgement", "stage2_acknowledgement", "stage3_acknowledgement"]);
  });
});
