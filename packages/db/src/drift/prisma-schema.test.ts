import { describe, expect, it } from "vitest";
import { defaultsAgree } from "./compare";
import { parsePrismaSchema } from "./prisma-schema";

const sample = `
// a comment with "quotes" and // slashes
enum Colour {
  red
  green // trailing comment
  @@map("colour")
}
model Parent {
  councilId String @map("council_id")
  id        String @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  children  Child[]
  @@id([councilId, id])
  @@map("parent")
}
model Child {
  councilId String   @map("council_id")
  id        Int      @default(autoincrement())
  parentId  String?  @map("parent_id") @db.Uuid
  colour    Colour   @default(red)
  note      String?  @default("a // not a comment")
  at        DateTime @default(now()) @db.Timestamptz(3)
  parent    Parent?  @relation(fields: [councilId, parentId], references: [councilId, id])
  @@id([councilId, id])
  @@unique([councilId, note])
  @@index([councilId, at(sort: Desc)])
}
`;

describe("parsePrismaSchema", () => {
  const parsed = parsePrismaSchema(sample);

  it("reads enums with their database names, ignoring comments", () => {
    expect(parsed.enums).toEqual([{ name: "Colour", dbName: "colour", values: ["red", "green"] }]);
  });

  it("reads columns with @map, native types, optionality and defaults (strings keep their //)", () => {
    const child = parsed.tables.find((t) => t.model === "Child");
    expect(child?.table).toBe("Child");
    expect(child?.columns.map((c) => [c.column, c.sqlType, c.nullable, c.default])).toEqual([
      ["council_id", "text", false, null],
      ["id", "integer", false, "autoincrement()"],
      ["parent_id", "uuid", true, null],
      ["colour", "colour", false, "red"],
      ["note", "text", true, '"a // not a comment"'],
      ["at", "timestamp with time zone", false, "now()"],
    ]);
  });

  it("reads keys, indexes (without sort options) and composite foreign keys as column names", () => {
    const child = parsed.tables.find((t) => t.model === "Child");
    expect(child).toMatchObject({
      primaryKey: ["council_id", "id"],
      uniques: [["council_id", "note"]],
      indexes: [["council_id", "at"]],
      foreignKeys: [{ columns: ["council_id", "parent_id"], refTable: "parent", refColumns: ["council_id", "id"] }],
    });
  });

  it("names the model, field and type it cannot read", () => {
    expect(() => parsePrismaSchema("model M {\n  x Wibble\n}")).toThrow("schema.prisma: model M field x has an unknown type Wibble");
    expect(() => parsePrismaSchema("model M {\n  x String\n  @@index([y])\n}")).toThrow('schema.prisma: model M names an unknown field "y"');
  });
});

describe("defaultsAgree", () => {
  it.each([
    ["now()", "CURRENT_TIMESTAMP", true],
    ["now()", "now()", true],
    ["autoincrement()", "nextval('audit_log_id_seq'::regclass)", true],
    ['dbgenerated("gen_random_uuid()")', "gen_random_uuid()", true],
    ['"{}"', "'{}'::jsonb", true],
    ["open", "'open'::learning_action_status", true],
    ["false", "false", true],
    ["0", "0", true],
    ["false", "true", false],
    [null, null, true],
    [null, "0", false],
    ["0", null, false],
  ] as const)("schema %s vs database %s → %s", (schema, db, agree) => {
    expect(defaultsAgree(schema, db)).toBe(agree);
  });
});
