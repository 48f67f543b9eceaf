import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../migrate";
import { migrationNames } from "../migration-names";
import { seedDemo } from "../seed/seed";
import { startTestDatabase, type TestDatabase } from "../testing";
import { bringCountedUnitsUpToDate } from "./recount";

/**
 * An existing database migrated to the counted units' span (1769540000001): its rows get an open-ended span and are
 * rebuilt at start-up through unitSpan, ending with exactly the spans a fresh store writes.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
  await seedDemo(db.prisma);
});
afterAll(async () => db?.stop());

type Span = { council_id: string; case_id: string; unit: string; item: number; span_from: string; span_to: string };
const spans = () =>
  db.prisma.$queryRawUnsafe<Span[]>(
    `SELECT council_id, case_id::text, unit, item, span_from::text, span_to::text FROM counted_unit ORDER BY 1, 2, 3, 4`,
  );

describe("the counted units' span on an existing database", () => {
  it("is open-ended after the migration, then rebuilt at start-up to what a fresh store writes", async () => {
    const fresh = await spans();
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.some((s) => s.span_from !== "-infinity")).toBe(true);
    await db.prisma.$disconnect();
    // Down to before the span (and the migrations after it), then up again.
    const since = migrationNames().filter((name) => name >= "1769540000001_counted-unit-span");
    expect(await migrate(db.url, { direction: "down", count: since.length })).toEqual([...since].reverse());
    expect(await migrate(db.url)).toEqual(since);
    expect((await spans()).every((s) => s.span_from === "-infinity" && s.span_to === "infinity")).toBe(true);
    expect(await bringCountedUnitsUpToDate(db.prisma)).toBeGreaterThan(0);
    expect(await spans()).toEqual(fresh);
  });
});
