import { describe, expect, it } from "vitest";
import { NOT_CONSIDERED_GROUNDS } from "../vocabulary/not-considered-grounds";
import { deriveCase } from "./derive";
import { LifecycleError } from "./errors";
import type { CaseEventInput } from "./events";
import { pointsNotConsidered } from "./not-considered";
import { MONDAY, response, wd } from "./testing/fixtures";

const asOf = wd(30);
const opened: CaseEventInput[] = [
  { type: "received", on: MONDAY },
  { type: "acknowledged", on: wd(1) },
  { type: "procedure_decided", on: wd(1), procedure: "childrens_statutory" },
];

describe("a decision not to consider, by its ground", () => {
  it("reg 8 in part leaves the case and its Stage 1 clock running; the points are recorded with their source", () => {
    const derived = deriveCase([...opened, { type: "not_considered", on: wd(3), reason: "court_proceedings", points: ["2"] }], { asOf });
    expect(derived.status).toBe("in_stage");
    expect(derived.notConsidered).toBeNull();
    const stage1 = derived.clocks.find((c) => c.stage === "stage1" && c.kind === "response");
    expect(stage1?.stoppedOn).toBeNull();
    expect(derived.groundDecisions).toEqual([
      expect.objectContaining({
        reason: "court_proceedings",
        points: ["2"],
        endsCase: false,
        source: NOT_CONSIDERED_GROUNDS.court_proceedings.source,
      }),
    ]);
    expect(pointsNotConsidered(derived.groundDecisions)).toEqual(["2"]);
    // The rest of the case goes on: Stage 1 is answered for the other point.
    const answered = deriveCase(
      [...opened, { type: "not_considered", on: wd(3), reason: "court_proceedings", points: ["2"] }, response("stage1", wd(8))],
      { asOf },
    );
    expect(answered.stages[0]?.respondedOn).toBe(wd(8));
  });

  it("reg 8 in whole ends the stage and stops its clocks, as before", () => {
    const derived = deriveCase([...opened, { type: "not_considered", on: wd(3), reason: "police_investigation" }], { asOf });
    expect(derived.status).toBe("not_considered");
    expect(derived.clocks.find((c) => c.stage === "stage1" && c.kind === "response")?.stoppedOn).toBe(wd(3));
    expect(derived.stages[0]?.outcome).toBe("not_considered");
  });

  it("the same point cannot be left out twice", () => {
    const run = () =>
      deriveCase(
        [
          ...opened,
          { type: "not_considered", on: wd(3), reason: "court_proceedings", points: ["2"] },
          { type: "not_considered", on: wd(4), reason: "police_investigation", points: ["2"] },
        ],
        { asOf },
      );
    expect(run).toThrow(LifecycleError);
    expect(run).toThrow("Point of complaint 2 is already not considered.");
  });

  it("reg 9 with discretion exercised: the late complaint is considered anyway and the flag says so", () => {
    const late: CaseEventInput[] = [{ type: "received", on: MONDAY, groundsAroseOn: "2021-06-01" }, ...opened.slice(1)];
    const derived = deriveCase(
      [...late, { type: "not_considered", on: wd(2), reason: "out_of_time", discretionExercised: true, detail: "the child asked" }],
      { asOf },
    );
    expect(derived.status).toBe("in_stage");
    expect(derived.flags.find((f) => f.code === "late_complaint")?.message).toContain(`On ${wd(2)} the council decided to consider it anyway.`);
    const declined = deriveCase([...late, { type: "not_considered", on: wd(2), reason: "out_of_time", discretionExercised: false }], { asOf });
    expect(declined.status).toBe("not_considered");
    expect(declined.groundDecisions[0]?.discretionExercised).toBe(false);
  });

  it("the discretion belongs to reg 9 only", () => {
    const run = () =>
      deriveCase([...opened, { type: "not_considered", on: wd(2), reason: "court_proceedings", discretionExercised: true }], { asOf });
    expect(run).toThrow("belongs to SI 2006/1738 reg 9");
  });

  it("s.26(3)(e) records who decided; the grounds table says what each ground requires", () => {
    const derived = deriveCase(
      [...opened, { type: "not_considered", on: wd(2), reason: "no_sufficient_interest", childViews: "held apart", decidedBy: "Head of Service" }],
      { asOf },
    );
    expect(derived.groundDecisions[0]).toMatchObject({ decidedBy: "Head of Service", endsCase: true });
    expect(NOT_CONSIDERED_GROUNDS.no_sufficient_interest.requires).toEqual(["childViews", "decidedBy"]);
    expect(NOT_CONSIDERED_GROUNDS.out_of_time.requires).toContain("discretionExercised");
    expect(NOT_CONSIDERED_GROUNDS.other.requires).toEqual(["localGround"]);
  });
});
