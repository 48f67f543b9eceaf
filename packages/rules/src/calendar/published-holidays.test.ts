import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { addCalendarDays, dayOfWeek } from "../dates/iso-date";
import { isWorkingDay, nonWorkingReason, statutoryHolidays } from "./calendar";
import { regularHolidays } from "./holiday-rules";
import { FIRST_PUBLISHED_YEAR, LAST_PUBLISHED_YEAR, PUBLISHED_HOLIDAYS } from "./published-holidays";

/**
 * The reference list is ../shared/docs/bank-holidays-england-and-wales.json from the repository root (the
 * shared folder sits beside the repository here and in CI). The package ships a copy; both must agree.
 */
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../..");
const sharedPath = resolve(repoRoot, "../shared/docs/bank-holidays-england-and-wales.json");
const copyPath = resolve(here, "bank-holidays-england-and-wales.json");

interface HolidayFile {
  division: string;
  events: { title: string; date: string }[];
}

const copy = JSON.parse(readFileSync(copyPath, "utf8")) as HolidayFile;
const reference = existsSync(sharedPath) ? (JSON.parse(readFileSync(sharedPath, "utf8")) as HolidayFile) : copy;

describe("published bank holidays 2014–2027", () => {
  it("the shipped copy equals the shared reference file when the reference is present", () => {
    expect(copy.division).toBe("england-and-wales");
    expect(copy.events).toEqual(reference.events);
    expect(PUBLISHED_HOLIDAYS).toEqual(reference.events.map((e) => ({ date: e.date, title: e.title })));
  });

  it("covers exactly 2014 to 2027", () => {
    expect(FIRST_PUBLISHED_YEAR).toBe(2014);
    expect(LAST_PUBLISHED_YEAR).toBe(2027);
    for (let year = 2014; year <= 2027; year += 1) {
      expect(
        reference.events.some((e) => e.date.startsWith(`${year}-`)),
        String(year),
      ).toBe(true);
    }
  });

  it("every published bank holiday is a non-working day", () => {
    expect(reference.events.length).toBeGreaterThanOrEqual(14 * 8);
    for (const event of reference.events) {
      expect(isWorkingDay(event.date), `${event.date} ${event.title}`).toBe(false);
      expect(nonWorkingReason(event.date), event.date).toBe("bank holiday");
    }
  });

  it("every other weekday from 2014-01-01 to 2027-12-31 is a working day, and no weekend day is", () => {
    const holidays = new Set(reference.events.map((e) => e.date));
    let date = "2014-01-01";
    let workingDays = 0;
    while (date <= "2027-12-31") {
      const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
      const expected = !weekend && !holidays.has(date);
      if (isWorkingDay(date) !== expected) expect.fail(`${date}: expected working day = ${String(expected)}`);
      if (expected) workingDays += 1;
      date = addCalendarDays(date, 1);
    }
    // Cross-check the total with the host's own Date arithmetic: weekdays in the 14 years less the holidays.
    let weekdays = 0;
    for (let t = Date.UTC(2014, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      if (new Date(t).getUTCDay() % 6 !== 0) weekdays += 1;
    }
    expect([...holidays].every((d) => dayOfWeek(d) % 6 !== 0)).toBe(true);
    expect(workingDays).toBe(weekdays - holidays.size);
  });

  /**
   * One-off days come only from the published list: royal proclamations added or moved them. Each row is
   * [year, days added or moved to, the regular day they replaced].
   */
  const proclaimed: [number, string[], string[]][] = [
    [2020, ["2020-05-08"], ["2020-05-04"]], // early May bank holiday moved to VE Day (75th anniversary)
    [2022, ["2022-06-02", "2022-06-03", "2022-09-19"], ["2022-05-30"]], // Platinum Jubilee; State Funeral
    [2023, ["2023-05-08"], []], // Coronation of King Charles III
  ];

  it.each(Array.from({ length: 14 }, (_, i) => 2014 + i))("the regular rules reproduce %i's published regular holidays", (year) => {
    const [, added, replaced] = proclaimed.find(([y]) => y === year) ?? [year, [], []];
    const published = statutoryHolidays(year).map((h) => h.date);
    const expected = [...published.filter((d) => !added.includes(d)), ...replaced].sort();
    expect(regularHolidays(year).map((h) => h.date)).toEqual(expected);
    const titles = new Map(statutoryHolidays(year).map((h) => [h.date, h.title]));
    for (const h of regularHolidays(year)) if (titles.has(h.date)) expect(h.title).toBe(titles.get(h.date));
  });
});
