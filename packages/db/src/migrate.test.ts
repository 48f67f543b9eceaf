import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSchemas } from "./drift/compare";
import { introspectDatabase } from "./drift/introspect";
import { parsePrismaSchema } from "./drift/prisma-schema";
import { readSchemaFile } from "./drift/schema-file";
import { migrate } from "./migrate";
import { migrationNames } from "./migration-names";
import { startTestDatabase, type TestDatabase } from "./testing";

let db: TestDatabase;
const MIGRATIONS = migrationNames();

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.$disconnect();
});

afterAll(async () => {
  await db?.stop();
});

describe("migrate", () => {
  it("names every migration with a 13-digit timestamp, so the file order is the order they apply", () => {
    // node-pg-migrate orders by the numeric prefix; a 14-digit prefix would sort differently by name and by number.
    expect(MIGRATIONS.filter((name) => !/^\d{13}_[a-z0-9-]+$/.test(name))).toEqual([]);
  });

  it("has nothing to apply on a migrated database", async () => {
    expect(await migrate(db.url)).toEqual([]);
  });

  it("reverts every migration with its Down section and applies it again to the same schema", async () => {
    expect(await migrate(db.url, { direction: "down", count: Infinity })).toEqual([...MIGRATIONS].reverse());
    const empty = await introspectDatabase(db.url);
    expect(empty.tables).toEqual([]);
    expect(empty.enums).toEqual([]);

    expect(await migrate(db.url)).toEqual(MIGRATIONS);
    expect(compareSchemas(parsePrismaSchema(readSchemaFile()), await introspectDatabase(db.url))).toEqual([]);
  });
});
