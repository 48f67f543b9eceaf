import { describe, expect, it } from "vitest";
import { choicesFromParams, filterFor, pageFromParams, paramsFor } from "./case-list-params";

describe("the case list's URL", () => {
  it("asks for open cases by default and carries every choice to the filter", () => {
    expect(filterFor(choicesFromParams(new URLSearchParams("")))).toEqual({ open: true });
    const params = new URLSearchParams("q=Smithson&stage=STAGE_1&team=t1&officer=o1&due=soon&kind=COMPLAINT&procedure=CORPORATE");
    expect(filterFor(choicesFromParams(params))).toEqual({
      search: "Smithson",
      open: true,
      stage: "STAGE_1",
      teamId: "t1",
      officerId: "o1",
      dueWithinDays: 5,
      kind: "COMPLAINT",
      procedure: "CORPORATE",
    });
  });

  it("finished, every case, a status, overdue; a one-letter search is not sent", () => {
    expect(filterFor(choicesFromParams(new URLSearchParams("show=finished&due=overdue&q=a")))).toEqual({ open: false, overdue: true });
    expect(filterFor(choicesFromParams(new URLSearchParams("show=all&madeByChild=true")))).toEqual({ open: null, madeByChild: true });
    expect(filterFor(choicesFromParams(new URLSearchParams("show=finished&status=CLOSED")))).toEqual({ status: "CLOSED" });
  });

  it("leaves out a status, stage, kind or procedure the schema does not know (an edited URL)", () => {
    const params = new URLSearchParams("status=closed&stage=stage9&kind=rumour&procedure=none");
    expect(filterFor(choicesFromParams(params))).toEqual({ open: true });
  });

  it("writes only the choices made, and the page after the first", () => {
    expect(paramsFor({ q: " 2026-0001 ", stage: "" }, 3).toString()).toBe("q=2026-0001&page=3");
    expect(pageFromParams(new URLSearchParams("page=0"))).toBe(1);
    expect(pageFromParams(new URLSearchParams("page=4"))).toBe(4);
  });
});
