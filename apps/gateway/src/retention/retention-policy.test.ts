import { describe, expect, it } from "vitest";
import { addYears, retainUntil } from "./retention-policy";

describe("retention dates", () => {
  it("adds years, 29 February becoming 28 February in a common year", () => {
    expect(addYears("2019-06-30", 6)).toBe("2025-06-30");
    expect(addYears("2020-02-29", 1)).toBe("2021-02-28");
    expect(addYears("2020-02-29", 4)).toBe("2024-02-29");
  });

  it("keeps personal data the council's years after closure", () => {
    expect(retainUntil({ yearsAfterClosure: 6, lookedAfterUntilAge: null }, "2019-05-01", true, "2010-01-01")).toEqual({
      until: "2025-05-01",
      rule: "years_after_closure",
    });
  });

  it("keeps a looked-after child's records until the child is 25 where the council says so", () => {
    const policy = { yearsAfterClosure: 6, lookedAfterUntilAge: 25 };
    expect(retainUntil(policy, "2019-05-01", true, "2010-01-01")).toEqual({ until: "2035-01-01", rule: "looked_after_until_age" });
    expect(retainUntil(policy, "2019-05-01", false, "2010-01-01")).toEqual({ until: "2025-05-01", rule: "years_after_closure" });
    // an adult care leaver's case: the 25th birthday is before closure + 6 years
    expect(retainUntil(policy, "2019-05-01", true, "1996-01-01")).toEqual({ until: "2025-05-01", rule: "years_after_closure" });
    // birth date not recorded: closure + 25 years, the latest the 25th birthday can be
    expect(retainUntil(policy, "2019-05-01", true, null)).toEqual({ until: "2044-05-01", rule: "looked_after_birth_date_unknown" });
  });
});
