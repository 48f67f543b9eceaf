import { describe, expect, it } from "vitest";
import { adultSocialCareProcedure } from "../procedures/adult-and-public-health";
import { lgscoComplaintHandlingCode } from "../procedures/corporate";
import type { ProcedureDefinition } from "../procedures/definition";
import { allowedEventOptions, allowedEvents } from "./allowed";
import { applyEvent, deriveCase } from "./derive";
import type { CaseEventInput } from "./events";
import { MONDAY, stage1Case, stage2Case, wd } from "./testing/fixtures";

const asOf = "2024-12-31";

describe("allowedEvents: the actions the rules allow now", () => {
  it.each<[string, CaseEventInput[], string[], ProcedureDefinition?]>([
    // Stage 1 ran out long before asOf: no extension can be agreed any more (reg 14).
    [
      "a new complaint",
      [{ type: "received", on: MONDAY }],
      ["acknowledged", "procedure_decided", "not_considered", "stage_started", "suspended", "response_sent", "withdrawn", "lgsco_referred", "closed"],
    ],
    ["a Stage 1 response sent", stage1Case(8), ["stage_started", "suspended", "escalation_requested", "withdrawn", "lgsco_referred", "closed"]],
    [
      "a Stage 2 adjudication sent",
      stage2Case(),
      ["acknowledged", "stage_started", "suspended", "escalation_requested", "panel_requested", "withdrawn", "lgsco_referred", "closed"],
    ],
    [
      "a suspended case",
      [
        { type: "received", on: MONDAY },
        { type: "suspended", on: wd(1), reason: "court" },
      ],
      ["acknowledged", "not_considered", "resumed", "withdrawn", "lgsco_referred", "closed"],
    ],
    [
      "a closed case",
      [
        { type: "received", on: MONDAY },
        { type: "closed", on: wd(1) },
      ],
      ["lgsco_referred", "reopened"],
    ],
    [
      "a closed case the Ombudsman has decided",
      [
        { type: "received", on: MONDAY },
        { type: "closed", on: wd(1) },
        { type: "lgsco_referred", on: wd(2) },
        { type: "lgsco_decided", on: wd(3), decision: "upheld", remedies: [] },
      ],
      ["reopened"],
    ],
    [
      "a closed case the Ombudsman found premature",
      [
        { type: "received", on: MONDAY },
        { type: "closed", on: wd(1) },
        { type: "lgsco_referred", on: wd(2) },
        { type: "lgsco_decided", on: wd(3), decision: "premature", remedies: [] },
      ],
      ["lgsco_referred", "reopened"],
    ],
    [
      "a withdrawn case referred to the Ombudsman",
      [
        { type: "received", on: MONDAY },
        { type: "withdrawn", on: wd(1) },
        { type: "lgsco_referred", on: wd(2) },
      ],
      ["lgsco_decided", "closed"],
    ],
    [
      "an adult social care response",
      [
        { type: "received", on: MONDAY },
        { type: "response_sent", on: wd(3), stage: "stage1", outcomes: [{ pointId: "1", outcome: "upheld" }] },
      ],
      ["acknowledged", "suspended", "withdrawn", "lgsco_referred", "closed"],
      adultSocialCareProcedure,
    ],
  ])("%s", (_name, events, expected, procedure) => {
    expect(allowedEvents(deriveCase(events, { asOf, ...(procedure ? { procedure } : {}) }))).toEqual(expected);
  });

  it("says which stage each action is for", () => {
    const options = allowedEventOptions(deriveCase(stage1Case(8).slice(0, 3), { asOf: wd(5) }));
    expect(options).toContainEqual({ type: "response_sent", stage: "stage1" });
    expect(options).not.toContainEqual({ type: "response_sent", stage: "stage2" });
    expect(options).toContainEqual({ type: "extension_agreed", stage: "stage1" });
    expect(options).not.toContainEqual({ type: "escalation_requested", stage: "stage2" });
  });

  it("offers a Stage 1 extension up to its deadline and not after it (SI 2006/1738 reg 14)", () => {
    const events = stage1Case(8).slice(0, 3);
    const extension = { type: "extension_agreed", stage: "stage1" };
    expect(allowedEventOptions(deriveCase(events, { asOf: wd(10) }))).toContainEqual(extension);
    expect(allowedEventOptions(deriveCase(events, { asOf: wd(11) }))).not.toContainEqual(extension);
    // Offered means accepted: the extension on the deadline day itself is taken.
    expect(() =>
      applyEvent(events, { type: "extension_agreed", on: wd(10), stage: "stage1", totalWorkingDays: 20, reason: "complex" }, { asOf: wd(10) }),
    ).not.toThrow();
  });

  it("offers Stage 2 acknowledgement under the LGSCO Code once Stage 2 is asked for", () => {
    const events: CaseEventInput[] = [
      { type: "received", on: MONDAY },
      { type: "acknowledged", on: wd(2) },
      { type: "response_sent", on: wd(10), stage: "stage1", outcomes: [{ pointId: "1", outcome: "not_upheld" }] },
      { type: "escalation_requested", on: wd(12), to: "stage2" },
    ];
    const options = allowedEventOptions(deriveCase(events, { asOf, procedure: lgscoComplaintHandlingCode }));
    expect(options).toContainEqual({ type: "acknowledged", stage: "stage2" });
    expect(options).not.toContainEqual({ type: "response_sent", stage: "stage2" });
  });

  it("every action it offers is accepted by applyEvent", () => {
    const histories = [stage1Case(8).slice(0, 3), stage1Case(8), stage2Case()];
    for (const events of histories) {
      const derived = deriveCase(events, { asOf });
      for (const option of allowedEventOptions(derived)) {
        const event = { type: option.type, on: asOf, ...sample(option.type, option.stage) } as CaseEventInput;
        expect(() => applyEvent(events, event, { asOf }), `${option.type} ${option.stage ?? ""}`).not.toThrow();
      }
    }
  });
});

function sample(type: string, stage?: string): Record<string, unknown> {
  const outcomes = [{ pointId: "1", outcome: "upheld" }];
  switch (type) {
    case "escalation_requested":
      return { to: stage };
    case "extension_agreed":
      return { stage, totalWorkingDays: stage === "stage1" ? 20 : 65, reason: "complex" };
    case "response_sent":
      return { stage, outcomes };
    case "stage_started":
      return { stage, agreedBy: "Team manager" };
    case "acknowledged":
      return stage ? { stage } : {};
    case "suspended":
      return { reason: "court" };
    case "not_considered":
      return { reason: "court_proceedings" };
    case "procedure_decided":
      return { procedure: "childrens_statutory" };
    case "investigator_appointed":
      return { role: "independent_person" };
    default:
      return {};
  }
}
