import { storePreparedCountedUnits, withCouncil, type PreparedCountedUnits } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertStatements, runInserts } from "./bulk-insert";

type Tx = Parameters<typeof runInserts>[0];
const bulkInsert = async (tx: Tx, table: string, rows: ReadonlyArray<object>, rename?: Record<string, string>) =>
  runInserts(tx, insertStatements(table, rows, rename));

function recorder() {
  const calls: Array<{ sql: string; json: string }> = [];
  const tx = {
    $executeRawUnsafe: async (sql: string, json: unknown) => {
      calls.push({ sql, json: String(json) });
      return (JSON.parse(String(json)) as unknown[]).length;
    },
  } as unknown as Tx;
  return { tx, calls };
}

describe("bulkInsert", () => {
  it("names snake_case columns (with renames), sends dates as calendar dates and leaves unmentioned columns to their defaults", async () => {
    const { tx, calls } = recorder();
    const count = await bulkInsert(tx, "case_event", [{ councilId: "x", seq: 1, on: new Date("2021-04-01T00:00:00Z"), actorId: undefined }], {
      on: "occurred_on",
    });
    expect(count).toBe(1);
    expect(calls[0]?.sql).toBe(
      "INSERT INTO case_event (council_id, seq, occurred_on) SELECT council_id, seq, occurred_on FROM json_populate_recordset(NULL::case_event, $1::json)",
    );
    expect(JSON.parse(calls[0]!.json)).toEqual([{ council_id: "x", seq: 1, occurred_on: "2021-04-01" }]);
  });

  it("sends nothing for no rows and refuses anything but a plain identifier", async () => {
    const { tx, calls } = recorder();
    expect(await bulkInsert(tx, "case_stage", [])).toBe(0);
    expect(calls).toEqual([]);
    await expect(bulkInsert(tx, "case_stage; DROP TABLE council", [{ a: 1 }])).rejects.toThrow(/not a plain SQL identifier/);
  });

  it("splits large inserts into chunks", async () => {
    const { tx, calls } = recorder();
    const rows = Array.from({ length: 12_001 }, (_, i) => ({ seq: i }));
    expect(await bulkInsert(tx, "case_event", rows)).toBe(12_001);
    expect(calls.length).toBe(3);
  });
});

describe("bulkInsert through PostgreSQL", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  }, 120_000);
  afterAll(async () => {
    await db?.stop();
  });

  it("stores text and JSON byte for byte (tabs, newlines, backslashes, quotes, non-ASCII), nulls as NULL, unmentioned columns as their defaults", async () => {
    const awkward = "tab\there\nnew line\r\n back\\slash \\N \"double\" 'single' é ü 中文 🙂 \u0001 end";
    const rows = [
      { text: awkward, doc: { awkward, list: [1, null, "x"], nested: { empty: "" } }, day: new Date("2024-02-29T00:00:00Z"), count: null },
      { text: null, doc: null, day: null, count: 7 },
    ];
    const stored = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(
        "CREATE TEMP TABLE bulk_probe (text text, doc jsonb, day date, count integer, kept text DEFAULT 'default') ON COMMIT DROP",
      );
      expect(await runInserts(tx, insertStatements("bulk_probe", rows))).toBe(2);
      return tx.$queryRawUnsafe<{ text: string | null; doc: unknown; day: string | null; count: number | null; kept: string }[]>(
        "SELECT text, doc, day::text AS day, count, kept FROM bulk_probe ORDER BY count NULLS FIRST",
      );
    });
    expect(stored).toEqual([
      { text: awkward, doc: rows[0]!.doc, day: "2024-02-29", count: null, kept: "default" },
      { text: null, doc: null, day: null, count: 7, kept: "default" },
    ]);
    expect(Buffer.from(stored[0]!.text ?? "").equals(Buffer.from(awkward))).toBe(true);
  });

  it("cannot write another council's rows: row-level security refuses the import's INSERTs in a council's transaction", async () => {
    const other = { councilId: "somewhere-else", id: "00000000-0000-4000-8000-000000000001", reference: "X/1" };
    await expect(withCouncil(db.prisma, "hartlepool", (tx) => runInserts(tx, insertStatements("case_record", [other])))).rejects.toThrow(
      /row-level security/,
    );
    // One counted unit of the other council's case, as the import stores its new cases' units.
    const one = (value: string) => [value];
    const units: PreparedCountedUnits = {
      councils: one(other.councilId),
      cases: one(other.id),
      columns: {
        council: one(other.councilId),
        case: one(other.id),
        unit: one("case"),
        item: [0],
        stage: [null],
        stagesReached: one("{}"),
        metrics: one("{}"),
        dims: one("{}"),
        stages: one("[]"),
        open: one("{}"),
        spanFrom: one("2024-01-01"),
        spanTo: one("2024-01-01"),
      },
    };
    await expect(
      withCouncil(db.prisma, "hartlepool", async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL csc.case_units_by_writer = 'on'`);
        await storePreparedCountedUnits(tx, units, "new");
      }),
    ).rejects.toThrow(/row-level security/);
    expect(await db.prisma.case.count({ where: { councilId: other.councilId } })).toBe(0);
  });
});
