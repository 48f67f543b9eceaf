import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../testing";
import { compareSchemas } from "./compare";
import { introspectDatabase, type DbSchema } from "./introspect";
import { parsePrismaSchema } from "./prisma-schema";
import { readSchemaFile } from "./schema-file";

// schema.prisma and the SQL migrations describe one database twice; this suite fails when they disagree.
// (`prisma migrate diff` cannot be used: it needs a native engine these machines cannot download, and under
// the PRISMA_SCHEMA_ENGINE_BINARY stub it prints nothing and exits 0 — a silent false "no drift".)

let db: TestDatabase;
let migrated: DbSchema;
const schemaText = readSchemaFile();

async function sql(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  db = await startTestDatabase();
  migrated = await introspectDatabase(db.url);
});

afterAll(async () => {
  await db?.stop();
});

describe("schema.prisma and the migrated database", () => {
  it("agree on every table, column, type, nullability, default, key, index, foreign key and enum", () => {
    expect(compareSchemas(parsePrismaSchema(schemaText), migrated)).toEqual([]);
    expect(migrated.tables.length).toBeGreaterThan(25);
  });

  it("disagree when a column is added to schema.prisma only", () => {
    const altered = schemaText.replace("  madeByChild ", '  lookedAfter               Boolean?                 @map("looked_after")\n  madeByChild ');
    expect(altered).not.toBe(schemaText);
    expect(compareSchemas(parsePrismaSchema(altered), migrated)).toEqual([
      "column case_record.looked_after: in schema.prisma but not in the database",
    ]);
  });

  it("disagree when a column is added to the database only", async () => {
    await sql("ALTER TABLE case_stage ADD COLUMN reviewer_note text");
    try {
      const drifted = await introspectDatabase(db.url);
      expect(compareSchemas(parsePrismaSchema(schemaText), drifted)).toEqual([
        "column case_stage.reviewer_note: in the database but not in schema.prisma",
      ]);
    } finally {
      await sql("ALTER TABLE case_stage DROP COLUMN reviewer_note");
    }
  });

  it("disagree on a changed type, nullability, default, index, foreign key and enum value", () => {
    const altered = schemaText
      .replace("  seq       Int\n  type      String", "  seq       BigInt\n  type      String")
      .replace("  label         String\n  canonical     ServiceArea", "  label         String?\n  canonical     ServiceArea")
      .replace(
        "  suspended                Boolean                  @default(false)",
        "  suspended                Boolean                  @default(true)",
      )
      .replace("  @@index([councilId, officerId])\n", "")
      .replace("  via_advocate\n", "  via_advocate\n  carrier_pigeon\n");
    const problems = compareSchemas(parsePrismaSchema(altered), migrated);
    expect(problems).toEqual(
      expect.arrayContaining([
        "column case_event.seq: schema.prisma says bigint, the database integer",
        "column service_area.label: schema.prisma says nullable, the database NOT NULL",
        "column case_record.suspended: schema.prisma default true, the database default false",
        "case_record: index (council_id, officer_id) in the database but not in schema.prisma",
        "enum channel: schema.prisma has [phone, email, letter, paper_form, web_form, in_person, text, app, via_advocate, carrier_pigeon], the database [phone, email, letter, paper_form, web_form, in_person, text, app, via_advocate]",
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it("disagree when a foreign key or a table exists on one side only", async () => {
    const withoutFk = schemaText
      .replace("  reviewer IndependentReviewer? @relation(fields: [councilId, reviewerId], references: [councilId, id])", "")
      .replace(
        '  appointments Appointment[]\n\n  @@id([councilId, id])\n  @@map("independent_reviewer")',
        '\n  @@id([councilId, id])\n  @@map("independent_reviewer")',
      );
    expect(compareSchemas(parsePrismaSchema(withoutFk), migrated)).toEqual([
      "appointment: foreign key (council_id, reviewer_id) -> independent_reviewer (council_id, id) in the database but not in schema.prisma",
    ]);
    await sql("CREATE TABLE stray (council_id text NOT NULL)");
    try {
      expect(compareSchemas(parsePrismaSchema(schemaText), await introspectDatabase(db.url))).toEqual([
        "table stray: in the database but not in schema.prisma",
      ]);
    } finally {
      await sql("DROP TABLE stray");
    }
  });
});
