import { startHarness } from "../src/testing/harness";
import { measureImport } from "./bench-import";
import { addUser } from "./bench-users";

const h = await startHarness();
const q = (sql: string) => h.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql);
const time = async (label: string, sql: string, n = 5) => {
  const ms: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await h.db.prisma.$transaction(async (tx) => { await tx.$queryRawUnsafe(sql); throw new Error("rollback"); }).catch((e) => { if (e.message !== "rollback") throw e; });
    ms.push(Math.round(performance.now() - t));
  }
  console.log(label, ms.join(" "));
};
try {
  await measureImport(h, 10000, (c) => addUser(h.db.prisma, c, "admin", "council_admin"));
  console.log(await q("SELECT count(*)::int AS units, (SELECT count(*)::int FROM counted_unit_rollup) AS rollup FROM counted_unit"));
  await q("CREATE TABLE tmp_units AS SELECT u.* FROM counted_unit u WHERE u.case_id IN (SELECT id FROM case_record ORDER BY id LIMIT 1000)");
  console.log(await q("SELECT count(*)::int AS units, sum(pg_column_size(t.*))::int AS bytes FROM tmp_units t"));
  await time("array only", "SELECT cardinality(array_agg(ROW(t.*)::counted_unit)) FROM tmp_units t");
  await time("rollup_of", "SELECT count(*) FROM counted_unit_rollup_of((SELECT array_agg(ROW(t.*)::counted_unit) FROM tmp_units t))");
  await time("replace (with upsert)", "SELECT 1 FROM counted_unit_rollup_replace('{}', (SELECT array_agg(ROW(t.*)::counted_unit) FROM tmp_units t))");
  await time("delete+insert units (with trigger)", "WITH d AS (DELETE FROM counted_unit u USING tmp_units t WHERE u.council_id = t.council_id AND u.case_id = t.case_id AND u.unit = t.unit AND u.item = t.item RETURNING 1) SELECT count(*) FROM d");
  await q("ALTER TABLE counted_unit DISABLE TRIGGER counted_unit_rollup_deleted");
  await time("delete units (no trigger)", "WITH d AS (DELETE FROM counted_unit u USING tmp_units t WHERE u.council_id = t.council_id AND u.case_id = t.case_id AND u.unit = t.unit AND u.item = t.item RETURNING 1) SELECT count(*) FROM d");
} finally { await h.stop(); }
