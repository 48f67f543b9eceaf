import { describe, expect, it } from "vitest";
import { analyticsReadUrl } from "./read-url";

describe("analyticsReadUrl", () => {
  const primary = "postgresql://app@primary:5432/csc";

  it("is the primary without DATABASE_READ_URL, the replica with it", () => {
    expect(analyticsReadUrl({}, primary)).toBe(primary);
    expect(analyticsReadUrl({ DATABASE_READ_URL: "" }, primary)).toBe(primary);
    expect(analyticsReadUrl({ DATABASE_READ_URL: "postgres://reader@replica:5432/csc" }, primary)).toBe("postgres://reader@replica:5432/csc");
  });

  it("refuses a value that is not a PostgreSQL URL (without echoing it: it may hold a password)", () => {
    expect(() => analyticsReadUrl({ DATABASE_READ_URL: "mysql://u:secret@h/db" }, primary)).toThrow(/^DATABASE_READ_URL must be a postgres/);
    expect(() => analyticsReadUrl({ DATABASE_READ_URL: "mysql://u:secret@h/db" }, primary)).not.toThrow(/secret/);
  });
});
