import { readFileSync, readdirSync } from "node:fs";
import { startHarness } from "../src/testing/harness";
import { measureImport } from "./bench-import";
import { addUser } from "./bench-users";

function pgCpuMs(): number {
  // Only this harness's PostgreSQL: postmasters not on /var/tmp/csc-national, and their children.
  const procs = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.split(") ")[1]!.split(" ");
      return { pid, ppid: f[1]!, cmd: readFileSync(`/proc/${pid}/cmdline`, "utf8"), ticks: Number(f[11]) + Number(f[12]) };
    } catch { return null; }
  }).filter((p) => p !== null);
  const masters = new Set(procs.filter((p) => p.cmd.includes("postgres") && p.cmd.includes("-D") && !p.cmd.includes("csc-national")).map((p) => p.pid));
  let ticks = 0;
  for (const p of procs) if (masters.has(p.pid) || masters.has(p.ppid)) ticks += p.ticks;
  return ticks * 10;
}

const rows = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 3);
const h = await startHarness();
const mode = process.argv[4] ?? "base";
if (mode === "norollup") await h.db.prisma.$executeRawUnsafe("ALTER TABLE counted_unit DISABLE TRIGGER counted_unit_rollup_inserted");
if (mode === "noforget") {
  const t = await h.db.prisma.$queryRawUnsafe<{ t: string }[]>("SELECT DISTINCT event_object_table AS t FROM information_schema.triggers WHERE trigger_name = 'counted_unit_forget_inserted'");
  for (const { t: table } of t) await h.db.prisma.$executeRawUnsafe(`ALTER TABLE ${table} DISABLE TRIGGER counted_unit_forget_inserted`);
  console.log("disabled on", t.length);
}
try {
  for (let i = 0; i < runs; i += 1) {
    const pg0 = pgCpuMs(); const n0 = process.cpuUsage();
    const r = await measureImport(h, rows, (c) => addUser(h.db.prisma, c, "admin", "council_admin"));
    const n1 = process.cpuUsage(n0); const pg1 = pgCpuMs();
    const node = (n1.user + n1.system) / 1000;
    console.log(JSON.stringify({ run: i, cps: r.casesPerSecond, s: r.seconds, nodeMsPerCase: +(node / rows).toFixed(3), pgMsPerCase: +((pg1 - pg0) / rows).toFixed(3) }));
  }
} finally { await h.stop(); }
