import { describe, expect, it } from "vitest";
import { NOT_CONSIDERED_REASONS } from "./canonical";
import { NOT_CONSIDERED_GROUNDS, groundAvailable } from "./not-considered-grounds";

describe("grounds for not considering a complaint", () => {
  it("names the law or policy of every ground, and offers none that no law provides", () => {
    for (const reason of NOT_CONSIDERED_REASONS) expect(NOT_CONSIDERED_GROUNDS[reason].source.length).toBeGreaterThan(0);
    expect(NOT_CONSIDERED_GROUNDS.court_proceedings.source).toMatch(/reg 8/);
    expect(NOT_CONSIDERED_GROUNDS.out_of_time.source).toMatch(/reg 9/);
    expect(NOT_CONSIDERED_GROUNDS.no_sufficient_interest.source).toMatch(/s\.26\(3\)\(e\)/);
    expect(groundAvailable("insufficient_evidence")).toBe(false);
    expect(NOT_CONSIDERED_REASONS.filter(groundAvailable)).not.toContain("insufficient_evidence");
    expect(groundAvailable("other")).toBe(true);
  });
});
