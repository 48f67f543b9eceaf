import { describe, expect, it } from "vitest";
import { createAddressThrottle } from "./address-throttle";

describe("sign-in throttling per address (issue 9 finding 4)", () => {
  it("refuses an address after the limit within the window, and allows it again after", () => {
    const throttle = createAddressThrottle(3, 1000);
    for (let i = 0; i < 3; i += 1) throttle.recordFailure("10.0.0.1", 100 + i);
    expect(throttle.allows("10.0.0.1", 200)).toBe(false);
    expect(throttle.allows("10.0.0.2", 200)).toBe(true);
    expect(throttle.allows("10.0.0.1", 1200)).toBe(true);
  });
});
