import { describe, expect, it } from "vitest";
import { analyticsCapacity } from "./analytics-capacity";

describe("analytics capacity", () => {
  it("leaves one core to case work by default, and runs at least one request", () => {
    expect(analyticsCapacity({ workers: 2, maxConnections: 2, cores: 2 })).toBe(1);
    expect(analyticsCapacity({ workers: 2, maxConnections: 2, cores: 1 })).toBe(1);
    expect(analyticsCapacity({ workers: 2, maxConnections: 2, cores: 4 })).toBe(3);
  });

  it("never runs more than the workers' connections allow", () => {
    expect(analyticsCapacity({ workers: 2, maxConnections: 2, cores: 16 })).toBe(4);
    expect(analyticsCapacity({ workers: 1, maxConnections: 2, concurrency: 8, cores: 2 })).toBe(2);
  });

  it("takes the concurrency asked for, and refuses one that is not a whole number of at least 1", () => {
    expect(analyticsCapacity({ workers: 2, maxConnections: 2, concurrency: 3, cores: 2 })).toBe(3);
    expect(() => analyticsCapacity({ workers: 2, maxConnections: 2, concurrency: 0, cores: 2 })).toThrow(/analytics concurrency: 0/);
    expect(() => analyticsCapacity({ workers: 2, maxConnections: 2, concurrency: 1.5, cores: 2 })).toThrow(/whole number/);
  });
});
