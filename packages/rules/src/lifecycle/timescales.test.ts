import { describe, expect, it } from "vitest";
import { createCouncilCalendar } from "../calendar/index";
import { type DerivedCase, deriveCase } from "./derive";
import type { CaseEventInput } from "./events";
import { MONDAY, response, stage1Case, stage2Case, wd } from "./testing/fixtures";

const asOf = "2024-12-31";

function clock(derived: DerivedCase, id: string) {
  const found = [derived.acknowledgement, ...derived.clocks].find((c) => c.id === id);
  if (!found) throw new Error(`no clock ${id}`);
  return found;
}

describe("Stage 1: 10 working days from receipt (SI 2006/1738 reg 14)", () => {
  it("is due on the 10th working day after receipt", () => {
    const derived = deriveCase(stage1Case(8), { asOf });
    expect(clock(derived, "stage1")).toMatchObject({ startedOn: MONDAY, countedFrom: MONDAY, dueOn: "2023-01-23", workingDays: 10 });
  });

  it.each([
    [5, true, null, "within_10"],
    [10, true, null, "within_10"],
    [11, false, 1, "within_20"],
    [20, false, 10, "within_20"],
    [21, false, 11, "within_40"],
    [40, false, 30, "within_40"],
    [41, false, 31, "over_40"],
  ])("answered after %i working days: met %s, overdue by %s, band %s", (days, met, overdueBy, band) => {
    const s1 = clock(deriveCase(stage1Case(days), { asOf }), "stage1");
    expect(s1).toMatchObject({ workingDaysElapsed: days, met, overdueBy, band, stoppedBy: "response_sent", workingDaysLeft: null });
  });

  it.each([
    [18, 20, true, null, "within_20"],
    [20, 20, true, null, "within_20"],
    [21, 20, false, 1, "within_40"],
    [14, 15, true, null, "within_20"],
  ])("extended: answered after %i of %i working days: met %s", (days, total, met, overdueBy, band) => {
    const events: CaseEventInput[] = [
      ...stage1Case(days).slice(0, 3),
      { type: "extension_agreed", on: wd(5), stage: "stage1", totalWorkingDays: total, reason: "complex" },
      response("stage1", wd(days)),
    ];
    const derived = deriveCase(events, { asOf });
    expect(clock(derived, "stage1")).toMatchObject({ workingDays: total, extended: true, dueOn: wd(total), met, overdueBy, band });
    expect(derived.stages[0]?.extensions).toEqual([{ on: wd(5), totalWorkingDays: total, reason: "complex" }]);
  });

  it("counts a complaint received on a Saturday from the Monday", () => {
    const derived = deriveCase([{ type: "received", on: "2023-01-07" }], { asOf: "2023-01-07" });
    expect(clock(derived, "stage1")).toMatchObject({ startedOn: "2023-01-07", countedFrom: "2023-01-09", dueOn: "2023-01-23" });
  });

  it("counts from the day itself when the council's convention says so", () => {
    const derived = deriveCase([{ type: "received", on: "2023-01-07" }], {
      asOf: "2023-01-07",
      procedure: { counting: { nonWorkingDayStart: "as_is" } },
    });
    expect(clock(derived, "stage1")).toMatchObject({ countedFrom: "2023-01-07", dueOn: "2023-01-20" });
  });

  it("skips a council's local closure days", () => {
    const calendar = createCouncilCalendar({ id: "x", name: "X", localClosureDays: [{ date: "2023-01-10", reason: "closed" }] });
    const derived = deriveCase([{ type: "received", on: MONDAY }], { asOf: MONDAY, calendar });
    expect(derived.calendarId).toBe("x");
    expect(clock(derived, "stage1").dueOn).toBe("2023-01-24");
  });

  it.each([
    [wd(6), 4, null, null],
    [wd(10), 0, null, null],
    [wd(13), null, false, 3],
  ])("while open on %s: %s working days left, met %s, overdue by %s", (today, left, met, overdueBy) => {
    const derived = deriveCase(stage1Case(8).slice(0, 3), { asOf: today });
    expect(clock(derived, "stage1")).toMatchObject({ workingDaysLeft: left, met, overdueBy, band: null, stoppedOn: null });
  });
});

describe("acknowledgement (local policy)", () => {
  it.each([
    [3, 3, true],
    [4, 3, false],
    [2, 2, true],
    [3, 2, false],
  ])("acknowledged after %i working days against a target of %i: met %s", (days, target, met) => {
    const derived = deriveCase(
      [
        { type: "received", on: MONDAY },
        { type: "acknowledged", on: wd(days) },
      ],
      { asOf, procedure: { acknowledgementWorkingDays: target } },
    );
    expect(derived.acknowledgement).toMatchObject({ workingDays: target, met, dueOn: wd(target), source: "local policy" });
    expect(derived.acknowledgedOn).toBe(wd(days));
  });
});

describe("Stage 2: 25 working days from the agreed statement of complaint, up to 65 (SI 2006/1738 reg 17)", () => {
  function stage2(adjudicatedAfter: number, extendedTo?: number): DerivedCase {
    const events = stage2Case().slice(0, -1);
    if (extendedTo) events.push({ type: "extension_agreed", on: wd(20), stage: "stage2", totalWorkingDays: extendedTo, reason: "IP availability" });
    events.push({ type: "adjudication_sent", on: wd(15 + adjudicatedAfter), outcomes: [{ pointId: "p1", outcome: "upheld" }] });
    return deriveCase(events, { asOf });
  }

  it.each([
    [20, undefined, true, "within_25"],
    [25, undefined, true, "within_25"],
    [26, undefined, false, "within_65"],
    [60, 65, true, "within_65"],
    [65, 65, true, "within_65"],
    [66, 65, false, "over_65"],
    [40, 45, true, "within_65"],
  ])("adjudicated after %i working days (extended to %s): met %s, band %s", (days, extendedTo, met, band) => {
    const derived = stage2(days, extendedTo);
    expect(clock(derived, "stage2")).toMatchObject({ startedOn: wd(15), workingDays: extendedTo ?? 25, workingDaysElapsed: days, met, band });
    expect(derived.stages[1]?.timescale.id).toBe("stage2");
  });

  it("keeps an extension agreed before the statement of complaint", () => {
    const events = stage2Case();
    events.splice(5, 0, { type: "extension_agreed", on: wd(13), stage: "stage2", totalWorkingDays: 40, reason: "complex" });
    expect(clock(deriveCase(events, { asOf }), "stage2")).toMatchObject({ workingDays: 40, extended: true, dueOn: wd(55) });
  });

  it("runs provisionally from the request until the statement is agreed", () => {
    const derived = deriveCase([...stage1Case(8), { type: "escalation_requested", on: wd(12), to: "stage2" }], { asOf: wd(14) });
    expect(derived.clocks.map((c) => c.id)).not.toContain("stage2");
    expect(derived.stages[1]?.timescale).toMatchObject({ provisional: true, startedOn: wd(12), dueOn: wd(37) });
  });
});

describe("Stage 3: review panel (SI 2006/1738 regs 19–20)", () => {
  function stage3(panelAfter: number, reportAfter: number, responseAfter: number): DerivedCase {
    const requested = wd(40);
    const panel = wd(panelAfter, requested);
    const report = wd(reportAfter, panel);
    return deriveCase(
      [
        ...stage2Case(),
        { type: "panel_requested", on: requested },
        { type: "panel_held", on: panel },
        { type: "panel_reported", on: report },
        { type: "council_responded", on: wd(responseAfter, report), outcomes: [{ pointId: "p1", outcome: "partially_upheld" }] },
      ],
      { asOf },
    );
  }

  it.each([
    [30, 5, 15, true, true, true, "within_30"],
    [31, 5, 15, false, true, true, "over_30"],
    [20, 6, 15, true, false, true, "within_30"],
    [20, 5, 16, true, true, false, "within_30"],
  ])("panel after %i, report after %i, response after %i", (panel, report, reply, panelMet, reportMet, replyMet, panelBand) => {
    const derived = stage3(panel, report, reply);
    expect(clock(derived, "stage3_panel")).toMatchObject({ workingDaysElapsed: panel, met: panelMet, band: panelBand });
    expect(clock(derived, "stage3_panel_report")).toMatchObject({ workingDaysElapsed: report, met: reportMet });
    expect(clock(derived, "stage3_council_response")).toMatchObject({ workingDaysElapsed: reply, met: replyMet });
    // The regulations set no limit for Stage 3 in all: there is no such clock, and the stage is reported on its panel.
    expect(derived.clocks.some((c) => c.id === "stage3")).toBe(false);
    expect(derived.stages[2]?.timescale).toMatchObject({ id: "stage3_panel", workingDays: 30, band: panelBand });
    expect(derived).toMatchObject({ status: "responded", currentStage: "stage3" });
    expect(derived.stages[2]?.outcome).toBe("partially_upheld");
  });
});

describe("late requests and late complaints are allowed but flagged", () => {
  it.each([
    [20, false],
    [21, true],
  ])("Stage 2 asked %i working days after the Stage 1 response: late %s (reg 14)", (days, late) => {
    const derived = deriveCase([...stage1Case(8), { type: "escalation_requested", on: wd(days, wd(8)), to: "stage2" }], { asOf });
    expect(derived.stages[1]?.lateRequest).toBe(late);
    expect(clock(derived, "stage2_request").met).toBe(!late);
    expect(derived.flags).toEqual(
      late
        ? [
            {
              code: "late_request",
              stage: "stage2",
              message:
                "Stage 2 was requested 21 working days after the previous response, later than the 20 working days in SI 2006/1738 reg 14; the council may still accept it.",
            },
          ]
        : [],
    );
  });

  it.each([
    [20, false],
    [25, true],
  ])("a review panel asked %i working days after the adjudication: late %s (reg 18)", (days, late) => {
    const derived = deriveCase([...stage2Case(), { type: "escalation_requested", on: wd(days, wd(35)), to: "stage3" }], { asOf });
    expect(derived.flags.some((f) => f.code === "late_request" && f.stage === "stage3" && f.message.includes("SI 2006/1738 reg 18"))).toBe(late);
    expect(derived.stages[2]?.lateRequest).toBe(late);
  });

  it("leaves an unused request window open without calling it missed", () => {
    const derived = deriveCase(stage1Case(8), { asOf: wd(40) });
    expect(clock(derived, "stage2_request")).toMatchObject({ met: null, overdueBy: null, stoppedOn: null });
    expect(derived.status).toBe("awaiting_escalation");
  });

  it.each([
    ["2022-01-09", false],
    ["2022-01-06", true],
  ])("grounds arose on %s for a complaint received on 2023-01-09: late %s (reg 9)", (groundsAroseOn, late) => {
    const derived = deriveCase([{ type: "received", on: MONDAY, groundsAroseOn }], { asOf });
    expect(derived.groundsAroseOn).toBe(groundsAroseOn);
    expect(derived.flags).toEqual(
      late
        ? [
            {
              code: "late_complaint",
              stage: null,
              message:
                "The complaint was made on 2023-01-09, more than 12 months after the grounds arose (2022-01-06); SI 2006/1738 reg 9 lets the council still consider it.",
            },
          ]
        : [],
    );
  });

  it("flags a Stage 2 adjudication without an Independent Person (reg 17)", () => {
    const events = stage2Case().filter((e) => !(e.type === "investigator_appointed" && e.role === "independent_person"));
    expect(deriveCase(events, { asOf }).flags.map((f) => f.code)).toEqual(["no_independent_person"]);
    expect(deriveCase(stage2Case(), { asOf }).flags).toEqual([]);
  });
});

describe("suspension: paused time does not count", () => {
  const suspended: CaseEventInput[] = [
    { type: "received", on: MONDAY },
    { type: "procedure_decided", on: MONDAY, procedure: "childrens_statutory" },
    { type: "suspended", on: wd(3), reason: "police investigation" },
    { type: "resumed", on: wd(8) },
  ];

  it("moves the due date on by the paused working days and takes them off the days elapsed", () => {
    const derived = deriveCase([...suspended, response("stage1", wd(15))], { asOf });
    expect(clock(derived, "stage1")).toMatchObject({ daysPaused: 5, dueOn: wd(15), workingDaysElapsed: 10, met: true, band: "within_10" });
    expect(derived.pauses).toEqual([{ from: wd(3), to: wd(8), reason: "police investigation" }]);
  });

  it("keeps counting the pause while the case is still suspended", () => {
    const derived = deriveCase(suspended.slice(0, 3), { asOf: wd(12) });
    expect(derived.status).toBe("suspended");
    expect(clock(derived, "stage1")).toMatchObject({ daysPaused: 9, workingDaysElapsed: 3, workingDaysLeft: 7, dueOn: wd(19) });
  });

  it("only pauses clocks that were running", () => {
    const events: CaseEventInput[] = [
      ...stage1Case(8),
      { type: "escalation_requested", on: wd(9), to: "stage2" },
      { type: "statement_agreed", on: wd(10) },
      { type: "suspended", on: wd(12), reason: "court proceedings" },
      { type: "resumed", on: wd(14) },
      { type: "suspended", on: wd(20), reason: "advocate" },
      { type: "resumed", on: wd(21) },
    ];
    const derived = deriveCase(events, { asOf: wd(22) });
    expect(clock(derived, "stage1").daysPaused).toBe(0);
    expect(clock(derived, "stage2")).toMatchObject({ daysPaused: 3, workingDaysElapsed: 9, dueOn: wd(38) });
  });

  it("ends the pause when the case is closed", () => {
    const derived = deriveCase([...suspended.slice(0, 3), { type: "closed", on: wd(6) }], { asOf });
    expect(derived.pauses[0]?.to).toBe(wd(6));
    expect(clock(derived, "stage1")).toMatchObject({ daysPaused: 3, met: null, stoppedBy: "closed", band: null });
  });
});
