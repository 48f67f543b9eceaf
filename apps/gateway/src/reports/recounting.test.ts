import { describe, expect, it } from "vitest";
import { createRecounting, RecountingError } from "./recounting";

describe("recounting", () => {
  it("tracks each council's progress until it is finished", () => {
    const recounting = createRecounting();
    recounting.begin(["a", "b"]);
    expect(recounting.progress("a")).toEqual({ done: 0, total: null });
    recounting.update("a", 250, 1000);
    recounting.update("unknown", 1, 2);
    expect(recounting.progress("a")).toEqual({ done: 250, total: 1000 });
    expect(recounting.progress("unknown")).toBeNull();
    recounting.finish("a");
    expect(recounting.councils()).toEqual(["b"]);
  });

  it("names the councils and their progress, three at most, as SERVICE_UNAVAILABLE", () => {
    const councils = ["a", "b", "c", "d", "e"].map((councilId, i) => ({ councilId, progress: { done: i, total: i === 0 ? null : 10 } }));
    const error = new RecountingError(councils);
    expect(error.message).toBe(
      "Figures are being recounted after a change to the counting rules for a, b (1 of 10 cases), c (2 of 10 cases) and 2 more; case work goes on meanwhile. Try again in a few minutes",
    );
    expect(error.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.retryAfterSeconds).toBe(60);
  });
});
