/**
 * Generates plugins/hartlepool/fixtures/hartlepool-export.csv: Hartlepool's case-system export for 2019/20 and
 * 2020/21 as ordinary case records. The counts come from published/2020.json (what the 2020/21 report says);
 * everything the report does not say (dates, teams, subjects, channels, Stage 1 outcomes, the 2019/20 split) is
 * drawn from a seeded random generator, so the output is the same on every run. The report computes every
 * figure from these records; nothing here writes a figure into a report.
 *
 *   pnpm --filter @csc/council-hartlepool generate-fixture
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { publishedFileSchema } from "@csc/council-kit";
import { EXPORT_COLUMNS, type ExportRow } from "../src/export-format";
import { complaintRow, complimentRow, type ComplaintPlan, type Path, type Stage2Plan } from "./fixture/records";
import { Random, spreadDates, workingDayBetween } from "./fixture/tools";
import { writeCsv } from "../src/csv-writer";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const figures = publishedFileSchema.parse(JSON.parse(readFileSync(here("../published/2020.json"), "utf8")));

/** A published count, looked up by the layout's table, row and column. */
function published(table: string, row: string, column = "2020/21"): number {
  const figure = figures.find((f) => f.table === table && f.row === row && f.column === column);
  if (!figure || typeof figure.value !== "number") throw new Error(`published/2020.json has no count for ${table} / ${row} / ${column}`);
  return figure.value;
}

const random = new Random(2021);
const CSC_TEAMS = ["HUB", "SAFEGUARDING", "SAFEGUARDING", "SAFEGUARDING", "CIOC", "CIOC", "THROUGHCARE", "FOSTERING", "DISABILITY", "EARLYHELP"];
const SUBJECTS = ["PRACTICE", "CONDUCT", "COMMS", "DATA", "CONTACT", "DELAY", "DECISION", "OTHER"];
const CHANNELS = [["EMAIL", 8], ["PHONE", 5], ["LETTER", 3], ["WEB", 3], ["INPERSON", 1]] as const;
const STAGE1_OUTCOMES = [["UPHELD", 2], ["PARTLY", 3], ["NOTUPHELD", 5]] as const;
const STAGE2_OUTCOMES = ["PARTLY", "NOTUPHELD", "NOTUPHELD", "UPHELD", "PARTLY"];

function plan(reference: string, received: string, from: string, path: Path, extra: Partial<ComplaintPlan> = {}): ComplaintPlan {
  const court = path.kind === "not_considered" && path.reason === "COURT";
  return {
    reference,
    procedure: "CSC",
    received,
    from,
    child: false,
    advocate: false,
    channel: random.weighted(CHANNELS),
    teams: random.sample(CSC_TEAMS, random.weighted([[1, 4], [2, 1]] as const)).filter((t, i, all) => all.indexOf(t) === i),
    subjects: court ? ["COURT"] : random.sample(SUBJECTS, random.weighted([[1, 3], [2, 2], [3, 1]] as const)),
    stage1Outcome: random.weighted(STAGE1_OUTCOMES),
    path,
    ...extra,
  };
}

/** The paths of one year's children's complaints, in the order they are then given receipt dates. */
function paths(counts: {
  notConsidered: readonly [string, number][];
  resolvedAtStage1: number;
  escalated: readonly Stage2Plan[];
  direct: readonly Stage2Plan[];
}): Path[] {
  const out: Path[] = [];
  for (const [reason, n] of counts.notConsidered) {
    for (let i = 0; i < n; i++) out.push({ kind: "not_considered", reason, afterWorkingDays: reason === "NOENGAGE" ? random.int(25, 40) : random.int(2, 8) });
  }
  for (let i = 0; i < counts.resolvedAtStage1; i++) out.push({ kind: "stage1", escalate: false });
  for (const s2 of counts.escalated) out.push({ kind: "stage1", escalate: s2 });
  for (const s2 of counts.direct) out.push({ kind: "direct_stage2", stage2: s2 });
  return out;
}

/**
 * Receipt dates that let each path finish inside the year, as the report says every complaint but the three at
 * Stage 2 did: Stage 2 paths by `windows.stage2`, Stage 1 paths and slow not-considered decisions by
 * `windows.stage1`, quick not-considered decisions by `windows.quick`.
 */
function receiptDates(list: readonly Path[], start: string, windows: { stage2: string; stage1: string; quick: string }): string[] {
  const windowOf = (p: Path): keyof typeof windows =>
    p.kind === "not_considered" ? (p.afterWorkingDays > 10 ? "stage1" : "quick") : p.kind === "stage1" && p.escalate === false ? "stage1" : "stage2";
  const pools = Object.fromEntries(
    (Object.keys(windows) as (keyof typeof windows)[]).map((w) => [w, spreadDates(random, list.filter((p) => windowOf(p) === w).length, start, windows[w])]),
  ) as Record<keyof typeof windows, string[]>;
  return list.map((p) => pools[windowOf(p)].shift() as string);
}

const rows: ExportRow[] = [];

// 2019/20: 36 received, 25 investigated (7.2: "increased by 4", "a decrease of 5"); none carried forward.
{
  const received = published("complaints-received", "Complaints received", "2019/20");
  const investigated = published("complaints-received", "Complaints investigated", "2019/20");
  const concluded = (outcome: string): Stage2Plan => ({ end: { outcome } });
  const list = paths({
    notConsidered: [["COURT", received - investigated - 3], ["ANECDOTAL", 1], ["OTHERORG", 2]],
    resolvedAtStage1: investigated - 4,
    escalated: [concluded("NOTUPHELD"), concluded("PARTLY"), concluded("NOTUPHELD")],
    direct: [concluded("UPHELD")],
  });
  const dates = receiptDates(list, "2019-04-01", { stage2: "2019-09-30", stage1: "2020-02-14", quick: "2020-02-28" });
  random.shuffle(list.map((p, i) => ({ p, on: dates[i] as string }))).forEach(({ p, on }) => {
    rows.push(complaintRow(random, plan("", on, random.weighted([["PARENT", 30], ["GRANDPARENT", 2], ["FOSTER", 1], ["SGO", 1]] as const), p)));
  });
}

// 2020/21: every count from the report.
{
  const s2 = (end: Stage2Plan["end"]): Stage2Plan => ({ end });
  const stage2Ends: Stage2Plan[] = [
    ...STAGE2_OUTCOMES.slice(0, published("stage2", "Concluded following the completion of Stage 2")).map((outcome) => s2({ outcome })),
    ...Array.from({ length: published("stage2", "Withdrawn at Stage 2 by the Council") }, () => s2({ outcome: "WDCOUNCIL" })),
    ...Array.from({ length: published("stage2", "Remain ongoing at Stage 2") }, () => s2("open")),
    ...Array.from({ length: published("stage2", "Remain 'on hold' at Stage 2 at the complainant's request") }, () => s2("on_hold")),
  ];
  const direct = published("first-stage", "Proceeded directly to Stage 2");
  const shuffled = random.shuffle(stage2Ends);
  const list = paths({
    notConsidered: [
      ["COURT", published("not-considered", "Ongoing or concluded court proceedings")],
      ["NOENGAGE", published("not-considered", "Withdrawn by the Council (complainant did not engage)")],
      ["ANECDOTAL", published("not-considered", "Based on anecdotal evidence")],
      ["OTHERORG", published("not-considered", "Related to another organisation")],
    ],
    resolvedAtStage1: published("stage1", "Resolved"),
    escalated: shuffled.slice(direct),
    direct: shuffled.slice(0, direct),
  });
  if (list.length !== published("complaints-received", "Complaints received")) throw new Error("2020/21: the paths do not add up to the complaints received");
  const dates = receiptDates(list, "2020-04-01", { stage2: "2020-10-30", stage1: "2021-02-19", quick: "2021-03-12" });
  const from: string[] = random.shuffle([
    ...Array.from({ length: published("who-complained", "Parent") }, () => "PARENT"),
    ...Array.from({ length: published("who-complained", "Grandparent") }, () => "GRANDPARENT"),
    ...Array.from({ length: published("who-complained", "Connected carer") }, () => "CONNECTED"),
  ]);
  // Appendix B: the young person who complained, supported by his advocate, about contact; concluded at Stage 1.
  const childPath = list.findIndex((p) => p.kind === "stage1" && p.escalate === false);
  const advocacy = published("advocacy", "Complainants supported by an advocate");
  list.forEach((p, i) => {
    const child = i === childPath && published("who-complained", "Child") === 1;
    const extra: Partial<ComplaintPlan> = child
      ? { child: true, advocate: advocacy === 1, channel: "ADVOCATE", subjects: ["CONTACT"], teams: ["CIOC"] }
      : {};
    rows.push(complaintRow(random, plan("", dates[i] as string, child ? "CHILD" : (from.shift() as string), p, extra)));
  });
  // 7.6: one public health complaint relating to children's services, not upheld.
  const ph = published("public-health", "Complaints received");
  for (let i = 0; i < ph; i++) {
    const on = workingDayBetween(random, "2020-06-01", "2021-01-29");
    rows.push(complaintRow(random, { ...plan("", on, "PARENT", { kind: "stage1", escalate: false }), procedure: "PH", teams: ["PUBLICHEALTH"], subjects: ["OTHER"], stage1Outcome: "NOTUPHELD" }));
  }
}

// 7.1 compliments: 8 in 2019/20, 46 in 2020/21.
const COMPLIMENT_FROM = [["PARENT", 8], ["PROFESSIONAL", 4], ["SGO", 2], ["GUARDIAN", 2], ["YOUNGPERSON", 2], ["GRANDPARENT", 1], ["FOSTER", 1]] as const;
const COMPLIMENT_TEAMS = ["SAFEGUARDING", "SAFEGUARDING", "CIOC", "CIOC", "THROUGHCARE", "FOSTERING", "QR", "EARLYHELP", "DISABILITY"];
for (const [column, start, end] of [["2019/20", "2019-04-01", "2020-03-31"], ["2020/21", "2020-04-01", "2021-03-31"]] as const) {
  for (const on of spreadDates(random, published("compliments", "Compliments received", column), start, end)) {
    rows.push(complimentRow("", on, random.weighted(COMPLIMENT_FROM), random.pick(COMPLIMENT_TEAMS), random.weighted([["EMAIL", 5], ["LETTER", 2], ["INPERSON", 1]] as const)));
  }
}

// References as the case system numbers them: by type and financial year, in order of receipt.
const toIso = (uk: string): string => uk.split("/").reverse().join("-");
rows.sort((a, b) => toIso(a["Date Received"]).localeCompare(toIso(b["Date Received"])));
const counters = new Map<string, number>();
for (const row of rows) {
  const iso = toIso(row["Date Received"]);
  const fy = Number(iso.slice(0, 4)) - (iso.slice(5) < "04-01" ? 1 : 0);
  const prefix = row["Record Type"] === "COMPLIMENT" ? "CMP" : row.Procedure === "PH" ? "PH" : "CSC";
  const key = `${prefix}/${String(fy % 100).padStart(2, "0")}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  row.Reference = `${key}/${String(n).padStart(3, "0")}`;
}

const out = here("../fixtures/hartlepool-export.csv");
writeFileSync(out, writeCsv([EXPORT_COLUMNS, ...rows.map((r) => EXPORT_COLUMNS.map((c) => r[c]))]));
process.stdout.write(`wrote ${rows.length} records to ${out}\n`);
