import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSchemas } from "./drift/compare";
import { introspectDatabase } from "./drift/introspect";
import { parsePrismaSchema } from "./drift/prisma-schema";
import { readSchemaFile } from "./drift/schema-file";
import { migrate } from "./migrate";
import { startTestDatabase, type TestDatabase } from "./testing";

let db: TestDatabase;

/** Every migration file's name, in the order they apply (each engineer adds files; none is edited). */
const ALL = readdirSync(resolve(import.meta.dirname, "../migrations"))
  .filter((file) => file.endsWith(".sql"))
  .map((file) => file.replace(/\.sql$/, ""))
  .sort();

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.$disconnect();
});

afterAll(async () => {
  await db?.stop();
});

describe("migrate", () => {
  it("has nothing to apply on a migrated database", async () => {
    expect(await migrate(db.url)).toEqual([]);
  });

  it("reverts every migration with its Down section and applies it again to the same schema", async () => {
    expect(await migrate(db.url, { direction: "down", count: ALL.length })).toEqual([...ALL].reverse());
    const empty = await introspectDatabase(db.url);
    expect(empty.tables).toEqual([]);
    expect(empty.enums).toEqual([]);

    expect(await migrate(db.url)).toEqual(ALL);
    expect(compareSchemas(parsePrismaSchema(readSchemaFile()), await introspectDatabase(db.url))).toEqual([]);
  });
});
