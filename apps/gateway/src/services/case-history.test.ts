import { describe, expect, it } from "vitest";
import { actionDetailsFor, actionsFor } from "./case-actions";
import { allowedActionsOf, eventsFromRows, payloadOf } from "./case-history";

describe("case history as the rules engine reads it", () => {
  it("turns stored rows into events and events back into payloads", () => {
    const events = eventsFromRows([
      { type: "received", on: new Date("2026-01-05T00:00:00Z"), payload: {} },
      { type: "suspended", on: new Date("2026-01-08T00:00:00Z"), payload: { reason: "advocate" } },
    ]);
    expect(events).toEqual([
      { type: "received", on: "2026-01-05" },
      { type: "suspended", on: "2026-01-08", reason: "advocate" },
    ]);
    expect(payloadOf({ type: "suspended", on: "2026-01-08", reason: "advocate" })).toEqual({ reason: "advocate" });
  });

  it("offers the mutations the engine allows, and nothing for a history it refuses", () => {
    const received = [{ type: "received" as const, on: "2026-01-05" }];
    expect(allowedActionsOf(received, "2026-01-06")).toContain("acknowledgeCase");
    expect(allowedActionsOf(received, "2026-01-01")).toEqual([]);
    expect(actionsFor(["received", "acknowledged"])).toEqual(["acknowledgeCase"]);
    expect(actionsFor(["closed", "reopened"])).toEqual(["closeCase", "reopenCase"]);
  });

  it("gives each allowed mutation with its stage, once, leaving out events no mutation records", () => {
    expect(
      actionDetailsFor([
        { type: "acknowledged", stage: "stage2" },
        { type: "acknowledged", stage: "stage2" },
        { type: "received" },
        { type: "extension_agreed", stage: "stage1" },
        { type: "withdrawn" },
      ]),
    ).toEqual([
      { action: "acknowledgeCase", stage: "stage2" },
      { action: "agreeExtension", stage: "stage1" },
      { action: "withdrawCase", stage: null },
    ]);
  });
});
