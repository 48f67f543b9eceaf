import { describe, expect, it } from "vitest";
import { withRetries } from "./recount";

describe("withRetries (a recount batch)", () => {
  it("tries a failing batch again, up to three times in all, and gives up with the last error", async () => {
    let calls = 0;
    await withRetries(async () => {
      calls += 1;
      if (calls < 3) throw new Error(`conflict ${calls}`);
    });
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withRetries(async () => {
        calls += 1;
        throw new Error(`conflict ${calls}`);
      }),
    ).rejects.toThrow("conflict 3");
    expect(calls).toBe(3);
  });
});
