import { startHarness } from "../src/testing/harness";
import { measureImport } from "./bench-import";
import { addUser } from "./bench-users";
const h = await startHarness();
const q = (sql: string) => h.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql);
try {
  await measureImport(h, 1000, (c) => addUser(h.db.prisma, c, "admin", "council_admin"));
  for (const r of await q("SELECT unit, stage::text, stages_reached::text, metrics::text, dims::text, stages::text, open::text FROM counted_unit WHERE case_id IN (SELECT id FROM case_record ORDER BY id LIMIT 2) ")) console.log(JSON.stringify(r));
  console.log(await q("SELECT unit, count(*)::int, avg(pg_column_size(metrics))::int m, avg(pg_column_size(dims))::int d, avg(pg_column_size(stages))::int s, avg((SELECT count(*) FROM jsonb_object_keys(metrics)))::float keys FROM counted_unit GROUP BY unit"));
  console.log(await q("SELECT count(*)::int FROM counted_unit_rollup_of((SELECT array_agg(u) FROM counted_unit u))"));
} finally { await h.stop(); }
