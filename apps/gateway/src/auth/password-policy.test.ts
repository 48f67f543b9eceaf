import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password rules (NCSC guidance: length and a deny-list)", () => {
  it("refuses short, common and common-with-digits passwords", () => {
    expect(passwordProblem("short-one")).toBe("must be at least 12 characters");
    expect(passwordProblem("password1234")).toMatch(/common password/);
    expect(passwordProblem("Qwerty2026!!")).toMatch(/common password/);
    expect(passwordProblem("123456789012")).toMatch(/most common/);
    expect(passwordProblem("aaaaaaaaaaaaaa")).toMatch(/repeated/);
    expect(passwordProblem("jane.smith-likes-tea", "jane.smith@north.example")).toMatch(/e-mail/);
  });
  it("accepts a long passphrase", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("orange-kettle-harbour-42", "jane@north.example")).toBeNull();
  });
});
