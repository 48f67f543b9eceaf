import { describe, expect, it } from "vitest";
import { addWorkingDays, workingDaysBetween } from "../calendar/index";
import { adultSocialCareProcedure, publicHealthProcedure } from "../procedures/adult-and-public-health";
import { defineCorporateProcedure, lgscoComplaintHandlingCode } from "../procedures/corporate";
import { type DerivedCase, deriveCase } from "./derive";
import type { CaseEventInput } from "./events";
import { MONDAY, response, wd } from "./testing/fixtures";

const asOf = "2024-12-31";

function clock(derived: DerivedCase, id: string) {
  const found = [derived.acknowledgement, ...derived.clocks].find((c) => c.id === id);
  if (!found) throw new Error(`no clock ${id}`);
  return found;
}

describe("adult social care and public health: six months (SI 2009/309 reg 14)", () => {
  it.each([adultSocialCareProcedure, publicHealthProcedure])("$id: the response is due six months after receipt", (procedure) => {
    const derived = deriveCase(
      [
        { type: "received", on: MONDAY },
        { type: "acknowledged", on: wd(3) },
      ],
      { asOf: wd(4), procedure },
    );
    const sixMonths = workingDaysBetween(MONDAY, "2023-07-09");
    expect(clock(derived, "stage1")).toMatchObject({ workingDays: sixMonths, dueOn: "2023-07-07", source: "SI 2009/309 reg 14", met: null });
    expect(derived.acknowledgement).toMatchObject({ workingDays: 3, met: true, source: "SI 2009/309 reg 13" });
  });

  it("answers within or after the period", () => {
    const late = deriveCase([{ type: "received", on: MONDAY }, response("stage1", "2023-07-10")], { asOf, procedure: adultSocialCareProcedure });
    expect(clock(late, "stage1")).toMatchObject({ met: false, overdueBy: 1 });
    expect(late.status).toBe("responded");
    const inTime = deriveCase([{ type: "received", on: MONDAY }, response("stage1", "2023-07-07")], { asOf, procedure: adultSocialCareProcedure });
    expect(clock(inTime, "stage1")).toMatchObject({ met: true, band: `within_${clock(inTime, "stage1").workingDays}` });
  });

  it("accepts a longer period agreed with the complainant, without a fixed maximum", () => {
    const events: CaseEventInput[] = [
      { type: "received", on: MONDAY },
      { type: "extension_agreed", on: "2023-06-01", stage: "stage1", totalWorkingDays: 200, reason: "agreed" },
      response("stage1", "2023-09-01"),
    ];
    expect(clock(deriveCase(events, { asOf, procedure: adultSocialCareProcedure }), "stage1")).toMatchObject({
      workingDays: 200,
      extended: true,
      met: true,
    });
  });

  it("is chosen from the council's settings by the procedure decision", () => {
    const derived = deriveCase(
      [
        { type: "received", on: MONDAY },
        { type: "procedure_decided", on: MONDAY, procedure: "adult_social_care" },
      ],
      { asOf: MONDAY, procedure: { stage1: { months: 3 } } },
    );
    expect(derived.procedure.id).toBe("adult_social_care");
    expect(clock(derived, "stage1").dueOn).toBe("2023-04-06");
  });
});

describe("a council running several procedures", () => {
  const procedures = {
    childrens_statutory: { acknowledgementWorkingDays: 5 },
    adult_social_care: { stage1: { months: 3 } },
    public_health: adultSocialCareProcedure,
  };
  const decided = (procedure: "childrens_statutory" | "adult_social_care" | "corporate" | "public_health"): CaseEventInput[] => [
    { type: "received", on: MONDAY },
    { type: "procedure_decided", on: MONDAY, procedure },
  ];

  it("uses the settings of the procedure the case was put under", () => {
    expect(deriveCase(decided("childrens_statutory"), { asOf: MONDAY, procedures }).acknowledgement.workingDays).toBe(5);
    const adults = deriveCase(decided("adult_social_care"), { asOf: MONDAY, procedures });
    expect(adults.acknowledgement).toMatchObject({ workingDays: 3, source: "SI 2009/309 reg 13" });
    expect(clock(adults, "stage1").dueOn).toBe("2023-04-06");
    expect(deriveCase(decided("corporate"), { asOf: MONDAY, procedures }).procedure.id).toBe("lgsco_complaint_handling_code");
    expect(deriveCase([{ type: "received", on: MONDAY }], { asOf: MONDAY, procedures }).procedure.id).toBe("childrens_statutory");
  });

  it("still checks a definition against the decision", () => {
    expect(() => deriveCase(decided("public_health"), { asOf: MONDAY, procedures })).toThrow(expect.objectContaining({ code: "procedure_mismatch" }));
  });
});

describe("the LGSCO Complaint Handling Code", () => {
  const events: CaseEventInput[] = [
    { type: "received", on: MONDAY },
    { type: "acknowledged", on: wd(4) },
    response("stage1", wd(14), "not_upheld"),
    { type: "escalation_requested", on: wd(20), to: "stage2" },
    { type: "acknowledged", on: wd(26), stage: "stage2" },
    response("stage2", wd(46), "upheld", "not_upheld"),
  ];

  it("runs Stage 1 from the acknowledgement and Stage 2 from acknowledging the request", () => {
    const derived = deriveCase(events, { asOf, procedure: lgscoComplaintHandlingCode });
    expect(derived.acknowledgement).toMatchObject({ workingDays: 5, met: true });
    expect(clock(derived, "stage1")).toMatchObject({ startedOn: wd(4), dueOn: wd(14), met: true, band: "within_10" });
    expect(clock(derived, "stage2_acknowledgement")).toMatchObject({ startedOn: wd(20), workingDaysElapsed: 6, met: false, overdueBy: 1 });
    expect(clock(derived, "stage2")).toMatchObject({ startedOn: wd(26), workingDays: 20, met: true, band: "within_20" });
    expect(derived.stages.map((s) => s.outcome)).toEqual(["not_upheld", "partially_upheld"]);
    expect(derived.status).toBe("responded");
    expect(derived.acknowledgedOn).toBe(wd(4));
  });

  it("is what a council's corporate settings default to", () => {
    const derived = deriveCase(
      [
        { type: "received", on: MONDAY },
        { type: "procedure_decided", on: MONDAY, procedure: "corporate" },
      ],
      { asOf: MONDAY, procedure: {} },
    );
    expect(derived.procedure.id).toBe("lgsco_complaint_handling_code");
  });
});

describe("a council's corporate procedure", () => {
  const corporate = defineCorporateProcedure({
    acknowledgementWorkingDays: 3,
    counting: { nonWorkingDayStart: "as_is" },
    stages: [
      { stage: "stage1", workingDays: 10, from: "receipt" },
      { stage: "stage2", workingDays: 25, from: "request", requestWindowWorkingDays: 30 },
    ],
  });

  it("runs Stage 2 from the request and flags a request after its own window", () => {
    const events: CaseEventInput[] = [
      { type: "received", on: MONDAY },
      response("stage1", wd(9)),
      { type: "escalation_requested", on: wd(40, wd(9)), to: "stage2" },
    ];
    const derived = deriveCase(events, { asOf: wd(60), procedure: corporate });
    expect(corporate.counting).toEqual({ nonWorkingDayStart: "as_is" });
    expect(clock(derived, "stage2")).toMatchObject({ startedOn: wd(49), dueOn: addWorkingDays(wd(49), 25), met: null });
    expect(derived.flags).toEqual([
      {
        code: "late_request",
        stage: "stage2",
        message:
          "Stage 2 was requested 40 working days after the previous response, later than the 30 working days in local policy; the council may still accept it.",
      },
    ]);
    expect(derived.stages[1]?.lateRequest).toBe(true);
  });
});
