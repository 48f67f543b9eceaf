import { createCouncilCalendar, englandAndWales } from "@csc/rules";
import { describe, expect, it } from "vitest";
import { clockState } from "./plan-notifications";
import { smtpSettingsFromEnv } from "./mailer";
import { SUBJECTS } from "./subjects";

describe("clock state from a stored due date", () => {
  it("is overdue the day after the due date, not on it", () => {
    expect(clockState("2026-06-29", "2026-06-30", 3, englandAndWales)).toBe("clock_overdue");
    expect(clockState("2026-06-30", "2026-06-30", 3, englandAndWales)).toBe("clock_due_soon");
  });

  it("is due soon within the warning period counted in working days (a weekend does not count)", () => {
    // Tuesday 30 June 2026: Friday 3 July is 3 working days away, Monday 6 July is 4.
    expect(clockState("2026-07-03", "2026-06-30", 3, englandAndWales)).toBe("clock_due_soon");
    expect(clockState("2026-07-06", "2026-06-30", 3, englandAndWales)).toBeNull();
    expect(clockState("2026-07-06", "2026-06-30", 4, englandAndWales)).toBe("clock_due_soon");
  });

  it("counts the council's local closure days as non-working", () => {
    const calendar = createCouncilCalendar({
      id: "demo-north",
      name: "Demo North Council",
      localClosureDays: [{ date: "2026-07-01", reason: "local closure day (council policy)" }],
    });
    expect(clockState("2026-07-06", "2026-06-30", 3, calendar)).toBe("clock_due_soon");
  });
});

describe("e-mail settings and subjects", () => {
  it("reads SMTP settings from the environment; no host means no e-mail", () => {
    expect(smtpSettingsFromEnv({})).toBeNull();
    expect(
      smtpSettingsFromEnv({
        CSC_SMTP_HOST: "smtp.council.example",
        CSC_SMTP_PORT: "465",
        CSC_SMTP_SECURE: "1",
        CSC_MAIL_FROM: "Complaints <c@council.example>",
      }),
    ).toMatchObject({
      host: "smtp.council.example",
      port: 465,
      secure: true,
      from: "Complaints <c@council.example>",
      rejectUnauthorized: true,
    });
    expect(() => smtpSettingsFromEnv({ CSC_SMTP_HOST: "x", CSC_SMTP_PORT: "seventy" })).toThrow(/CSC_SMTP_PORT/);
  });

  it("has one fixed subject per kind with no placeholder for case details", () => {
    for (const subject of Object.values(SUBJECTS)) expect(subject).not.toMatch(/\$\{|\{|\d/);
  });
});
