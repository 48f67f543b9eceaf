import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSchemas } from "./drift/compare";
import { introspectDatabase } from "./drift/introspect";
import { parsePrismaSchema } from "./drift/prisma-schema";
import { readSchemaFile } from "./drift/schema-file";
import { migrate } from "./migrate";
import { startTestDatabase, type TestDatabase } from "./testing";

let db: TestDatabase;

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
    // Every migration file, newest first on the way down (each engineer adds their own).
    const files = readdirSync(new URL("../migrations", import.meta.url)).filter((f) => f.endsWith(".sql")).map((f) => f.replace(/\.sql$/, "")).sort();
    expect(await migrate(db.url, { direction: "down", count: Infinity })).toEqual([...files].reverse());
    const empty = await introspectDatabase(db.url);
    expect(empty.tables).toEqual([]);
    expect(empty.enums).toEqual([]);

    expect(await migrate(db.url)).toEqual(files);
    expect(compareSchemas(parsePrismaSchema(readSchemaFile()), await introspectDatabase(db.url))).toEqual([]);
  });
});
