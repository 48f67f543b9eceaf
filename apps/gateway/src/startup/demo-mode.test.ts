import { describe, expect, it } from "vitest";
import { startMode } from "./demo-mode";

describe("demo or production (issue 9 finding 3, issue 12 item 4)", () => {
  it("is demo only with CSC_DEMO=1 or the embedded default database with nothing configured", () => {
    expect(startMode({})).toBe("demo");
    expect(startMode({ CSC_DEMO: "1", DATABASE_URL: "postgres://x/y" })).toBe("demo");
    expect(startMode({ DATABASE_URL: "postgres://x/y" })).toBe("production");
    expect(startMode({ NODE_ENV: "production" })).toBe("production");
    expect(startMode({ NODE_ENV: "production", CSC_DEMO_COUNCILS: "none", DATABASE_URL: "postgres://x/y" })).toBe("production");
    expect(startMode({ CSC_DEMO: "0" })).toBe("production");
  });
});
