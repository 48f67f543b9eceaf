import { describe, expect, it } from "vitest";
import { offeredOnly } from "./OutcomesField";

const council = [{ code: "PARTLY", label: "Partly upheld", canonical: "partially_upheld", parentCode: null }];

describe("the outcomes an action form sends", () => {
  it("are only those the form offers now: the council's codes, or the canonical outcomes when it has none", () => {
    expect(offeredOnly({ "1": "PARTLY", "2": "NOT_UPHELD" }, council)).toEqual({ "1": "PARTLY" });
    expect(offeredOnly({ "1": "PARTLY", "2": "NOT_UPHELD" }, [])).toEqual({ "2": "NOT_UPHELD" });
  });
});
