import { CANONICAL_VOCABULARIES } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../testing";
import { introspectDatabase, type DbSchema } from "./introspect";

// Rules every migration must keep (README "Tenancy"): checked on the migrated database, so a new table
// that forgets council_id in an index, row-level security or a policy fails here.

let db: TestDatabase;
let schema: DbSchema;

beforeAll(async () => {
  db = await startTestDatabase();
  schema = await introspectDatabase(db.url);
});

afterAll(async () => {
  await db?.stop();
});

const councilOwned = () => schema.tables.filter((t) => t.columns.some((c) => c.column === "council_id"));

describe("tenancy invariants of the migrated database", () => {
  it("has council-owned tables (every table but council, app_user, user_session, password_reset and analyst_api_key)", () => {
    const platform = schema.tables.filter((t) => !t.columns.some((c) => c.column === "council_id")).map((t) => t.table);
    expect(platform.sort()).toEqual(["analyst_api_key", "app_user", "council", "password_reset", "user_session"]);
    expect(councilOwned().length).toBeGreaterThan(20);
  });

  it("leads every index of a council-owned table with council_id", () => {
    const offenders = councilOwned().flatMap((t) =>
      t.indexes.filter((i) => i.columns[0] !== "council_id").map((i) => `${t.table}.${i.name} (${i.columns.join(", ")})`),
    );
    expect(offenders).toEqual([]);
  });

  it("makes council_id NOT NULL and part of every council-owned primary key", () => {
    for (const t of councilOwned()) {
      expect(t.columns.find((c) => c.column === "council_id")?.nullable, t.table).toBe(false);
      expect(t.indexes.find((i) => i.primary)?.columns[0], t.table).toBe("council_id");
    }
  });

  it("points council-owned rows only at rows of the same council (foreign keys carry council_id)", () => {
    const platformTables = new Set(["app_user"]);
    const offenders = councilOwned().flatMap((t) =>
      t.foreignKeys
        .filter((f) => !platformTables.has(f.refTable))
        .filter((f) => f.columns[0] !== "council_id" || (f.refTable !== "council" && f.refColumns[0] !== "council_id"))
        .map((f) => `${t.table}.${f.name}`),
    );
    expect(offenders).toEqual([]);
  });

  it("enables row-level security with the council_isolation policy on every table with council data", () => {
    const offenders = [...councilOwned(), ...schema.tables.filter((t) => t.table === "council" || t.table === "app_user")]
      .filter((t) => !t.rowLevelSecurity || !t.policies.includes("council_isolation"))
      .map((t) => t.table);
    expect(offenders).toEqual([]);
  });

  it("keeps each canonical enum equal to @csc/rules' canonical vocabulary", () => {
    const enums = new Map(schema.enums.map((e) => [e.dbName, e.values]));
    const expected: Record<string, readonly string[]> = {
      feedback_kind: CANONICAL_VOCABULARIES.feedbackKind,
      procedure: CANONICAL_VOCABULARIES.procedure,
      stage: CANONICAL_VOCABULARIES.stage,
      outcome: CANONICAL_VOCABULARIES.outcome,
      not_considered_reason: CANONICAL_VOCABULARIES.notConsideredReason,
      reason_theme: CANONICAL_VOCABULARIES.reasonTheme,
      complainant_relationship: CANONICAL_VOCABULARIES.complainantRelationship,
      channel: CANONICAL_VOCABULARIES.channel,
      service_area_canonical: CANONICAL_VOCABULARIES.serviceArea,
      lgsco_decision: CANONICAL_VOCABULARIES.lgscoDecision,
      lgsco_remedy: CANONICAL_VOCABULARIES.lgscoRemedy,
    };
    for (const [name, values] of Object.entries(expected)) {
      expect(enums.get(name), name).toEqual([...values]);
    }
  });
});
