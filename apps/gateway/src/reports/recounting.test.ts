import { describe, expect, it } from "vitest";
import { createRecounting, RecountingError } from "./recounting";

describe("recounting", () => {
  it("tracks each council's progress until it is finished", () => {
    const recounting = createRecounting();
    recounting.begin([
      { id: "a", name: "Council A" },
      { id: "b", name: "Council B" },
    ]);
    expect(recounting.progress("a")).toEqual({ name: "Council A", done: 0, total: null });
    recounting.update("a", 250, 1000);
    recounting.update("unknown", 1, 2);
    expect(recounting.progress("a")).toEqual({ name: "Council A", done: 250, total: 1000 });
    expect(recounting.progress("unknown")).toBeNull();
    recounting.finish("a");
    expect(recounting.councils()).toEqual(["b"]);
  });

  it("names the councils and their progress, three at most, as SERVICE_UNAVAILABLE", () => {
    const councils = ["A", "B", "C", "D", "E"].map((letter, i) => ({ name: `Council ${letter}`, done: i * 1000, total: i === 0 ? null : 10_000 }));
    const error = new RecountingError(councils);
    expect(error.message).toBe(
      "Figures are being recounted after a change to the counting rules, for Council A, Council B (1,000 of 10,000 cases), Council C (2,000 of 10,000 cases) and 2 more; case work goes on meanwhile. Try again in a few minutes",
    );
    expect(error.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.retryAfterSeconds).toBe(60);
  });
});
