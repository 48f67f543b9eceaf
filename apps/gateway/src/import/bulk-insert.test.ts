import { storePreparedCountedUnits, transactionConnection, withCouncil, type PreparedCountedUnits } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertRows, tableRows } from "./bulk-insert";

describe("tableRows", () => {
  it("names snake_case columns (with renames), sends dates as calendar dates and leaves unmentioned columns to their defaults", () => {
    const chunks = tableRows("case_event", [{ councilId: "x", seq: 1, on: new Date("2021-04-01T00:00:00Z"), actorId: undefined }], {
      on: "occurred_on",
    });
    expect(chunks.map((c) => [c.table, c.columns])).toEqual([["case_event", ["council_id", "seq", "occurred_on"]]]);
    expect(JSON.parse(chunks[0]!.json)).toEqual([{ council_id: "x", seq: 1, occurred_on: "2021-04-01" }]);
  });

  it("makes nothing of no rows and refuses anything but a plain identifier", () => {
    expect(tableRows("case_stage", [])).toEqual([]);
    expect(() => tableRows("case_stage; DROP TABLE council", [{ a: 1 }])).toThrow(/not a plain SQL identifier/);
    expect(() => tableRows("case_stage", [{ "a) SELECT 1; --": 1 }])).toThrow(/not a plain SQL identifier/);
  });

  it("splits large inserts into chunks of 5,000 rows", () => {
    const rows = Array.from({ length: 12_001 }, (_, i) => ({ seq: i }));
    const chunks = tableRows("case_event", rows);
    expect(chunks.map((c) => (JSON.parse(c.json) as unknown[]).length)).toEqual([5000, 5000, 2001]);
  });
});

describe("insertRows through PostgreSQL", () => {
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
      expect(await insertRows(await transactionConnection(tx), tableRows("bulk_probe", rows))).toBe(2);
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

  it("inserts several tables in one call in the order given (parents before children) with csc.case_units_by_writer on for those INSERTs only", async () => {
    const children = Array.from({ length: 6001 }, (_, i) => ({ id: i, parentId: i % 2 }));
    const outcome = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(
        "CREATE TEMP TABLE probe_parent (id integer PRIMARY KEY, flag text DEFAULT current_setting('csc.case_units_by_writer', true)) ON COMMIT DROP",
      );
      await tx.$executeRawUnsafe(
        "CREATE TEMP TABLE probe_child (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES probe_parent (id)) ON COMMIT DROP",
      );
      const chunks = [...tableRows("probe_parent", [{ id: 0 }, { id: 1 }]), ...tableRows("probe_child", children)];
      const inserted = await insertRows(await transactionConnection(tx), chunks, { unitsByWriter: true });
      const [after] = await tx.$queryRawUnsafe<{ flag: string; parents: string; children: number }[]>(
        "SELECT current_setting('csc.case_units_by_writer', true) AS flag, (SELECT string_agg(DISTINCT flag, ',') FROM probe_parent) AS parents, (SELECT count(*)::int FROM probe_child) AS children",
      );
      return { chunks: chunks.length, inserted, after };
    });
    expect(outcome).toEqual({ chunks: 3, inserted: 6003, after: { flag: "off", parents: "on", children: 6001 } });
    // Children before their parents: the foreign key refuses them, as it would refuse separate statements.
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("CREATE TEMP TABLE probe_parent (id integer PRIMARY KEY) ON COMMIT DROP");
        await tx.$executeRawUnsafe(
          "CREATE TEMP TABLE probe_child (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES probe_parent (id)) ON COMMIT DROP",
        );
        await insertRows(await transactionConnection(tx), [
          ...tableRows("probe_child", [{ id: 1, parentId: 1 }]),
          ...tableRows("probe_parent", [{ id: 1 }]),
        ]);
      }),
    ).rejects.toThrow(/foreign key/);
  });

  it("cannot write another council's rows: row-level security refuses the import's INSERTs in a council's transaction", async () => {
    const other = { councilId: "somewhere-else", id: "00000000-0000-4000-8000-000000000001", reference: "X/1" };
    await expect(
      withCouncil(db.prisma, "hartlepool", async (tx) => insertRows(await transactionConnection(tx), tableRows("case_record", [other]))),
    ).rejects.toThrow(/row-level security/);
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
        await storePreparedCountedUnits(await transactionConnection(tx), units, "new");
      }),
    ).rejects.toThrow(/row-level security/);
    expect(await db.prisma.case.count({ where: { councilId: other.councilId } })).toBe(0);
  });
});
