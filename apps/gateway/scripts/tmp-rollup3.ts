import { readFileSync } from "node:fs";
import { startHarness } from "../src/testing/harness";
import { measureImport } from "./bench-import";
import { addUser } from "./bench-users";

const h = await startHarness();
const q = (sql: string) => h.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql);
const time = async (label: string, sql: string, n = 7) => {
  const ms: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await q(sql);
    ms.push(Math.round(performance.now() - t));
  }
  ms.sort((a, b) => a - b);
  console.log(label, "median", ms[Math.floor(n / 2)], "all", ms.join(" "));
};
try {
  await measureImport(h, 3000, (c) => addUser(h.db.prisma, c, "admin", "council_admin"));
  await q("CREATE TABLE tmp_units AS SELECT u.* FROM counted_unit u WHERE u.case_id IN (SELECT id FROM case_record ORDER BY id LIMIT 1000)");
  for (const f of process.argv.slice(2)) await q(readFileSync(f, "utf8"));
  const arr = "(SELECT array_agg(ROW(t.*)::counted_unit) FROM tmp_units t)";
  for (const v of ["counted_unit_rollup_of", "tmp_rollup_v2"]) {
    await time(v, `SELECT count(*) FROM ${v}(${arr})`);
  }
  console.log(await q(`SELECT (SELECT count(*) FROM (SELECT * FROM counted_unit_rollup_of(${arr}) EXCEPT ALL SELECT * FROM tmp_rollup_v2(${arr})) a)::int AS a_minus_b,
    (SELECT count(*) FROM (SELECT * FROM tmp_rollup_v2(${arr}) EXCEPT ALL SELECT * FROM counted_unit_rollup_of(${arr})) b)::int AS b_minus_a,
    (SELECT count(*) FROM counted_unit_rollup_of(${arr}))::int AS rows`));
  for (const v of ["counted_unit_rollup_of", "tmp_rollup_v2"]) {
    await time(v, `SELECT count(*) FROM ${v}(${arr})`);
  }
  // Full body plan of the current function
  const body = (await q("SELECT prosrc FROM pg_proc WHERE proname = 'counted_unit_rollup_of'"))[0]!.prosrc as string;
  const plan = await q(`EXPLAIN (ANALYZE, TIMING ON, COSTS OFF) ${body.replace(/unnest\(units\)/g, `unnest(${arr})`)}`);
  console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
} finally { await h.stop(); }
