/**
 * Generates plugins/worcestershire/fixtures/crm-export.csv: ordinary case records (complaints through Stages 1–3,
 * LGO cases, compliments) for 2019/20 (complaints escalated into 2020/21 only) to 2021/22, whose counts reproduce
 * the 2021/22 annual report's figures when the report computes them. Deterministic (seeded).
 *
 *   pnpm --filter @csc/council-worcestershire generate-fixture
 */
import { readFileSync, writeFileSync } from "node:fs";
import { publishedFileSchema } from "@csc/council-kit";
import { type ExportRow, writeExport } from "../src/export-format";
import { complaintRow } from "./fixture/complaint-row";
import { type Band, type CohortPlan, type Stage1Complaint, buildCohort, placeDates, pickForEscalation, workingDaysIn } from "./fixture/complaints";
import { type Stage2Plan, addPanel, planStage2, stage2WorkingDays } from "./fixture/escalations";
import { type LgoCase, complimentRow, lgoRow } from "./fixture/other-feedback";
import {
  LATE_BY_ONE_DAY_2021,
  STAGE1_BANDS,
  STAGE1_CARRIED_FROM_2020,
  STAGE2_BANDS,
  complimentCounts,
  natureCounts,
  stage1OutcomeCounts,
  stage2OutcomeCounts,
  teamCounts,
} from "./fixture/plan";
import { Random, pool } from "./fixture/random";

export const AS_OF = "2022-09-30";
const SEED = 2021;

const published = publishedFileSchema.parse(JSON.parse(readFileSync(new URL("../published/2021.json", import.meta.url), "utf8")));
const random = new Random(SEED);

function bandDays(bands: Readonly<Record<Band, number>>, exact: ReadonlyArray<number> = []): number[] {
  const days = [...exact];
  const counts = { ...bands };
  for (const d of exact) if (d > 20 && d <= 40) counts.within_40 -= 1;
  for (const [band, n] of Object.entries(counts) as [Band, number][]) {
    for (let i = 0; i < n; i += 1) days.push(workingDaysIn(random, band));
  }
  return days;
}

// Stage 1 outcomes: 2021/22's responses are split between 2020/21's late answers and 2021/22's own intake.
const outcomes2020 = pool(stage1OutcomeCounts(published, "2020/21"));
const outcomes2021 = random.shuffle(pool(stage1OutcomeCounts(published, "2021/22")));
const laterOutcomes = (n: number) => Array.from({ length: n }, () => random.weighted({ UPHELD: 10, "PARTIALLY-UPHELD": 30, "NOT-UPHELD": 50, "NO-FINDING": 5, "DISCONTINUED-WITHDRAWN": 5 }));

const plans: CohortPlan[] = [
  {
    year: 2019,
    size: 13,
    teams: [["SAFEGUARDING", 7], ["FFD", 2], ["THROUGH-CARE", 2], ["CWD", 1], ["FOST-KIN", 1]],
    natures: [["DECISION-MAKING", 8], ["COMMUNICATION", 6], ["STAFF-ATTITUDE", 5]],
    workingDays: bandDays({ within_10: 3, within_20: 9, within_40: 1, over_40: 0 }),
    outcomesInYear: Array.from({ length: 13 }, (_, i) => (i % 2 === 0 ? "NOT-UPHELD" : "PARTIALLY-UPHELD")),
    outcomesNextYear: [],
  },
  {
    year: 2020,
    size: 183,
    teams: teamCounts(published, "2020/21"),
    natures: natureCounts(published, "2020/21"),
    workingDays: bandDays(STAGE1_BANDS[2020]),
    outcomesInYear: outcomes2020,
    outcomesNextYear: outcomes2021.slice(0, STAGE1_CARRIED_FROM_2020),
    young: [
      { type: "CYP", ageBand: "0-17", offered: true, taken: true },
      { type: "CYP", ageBand: "0-17", offered: true, taken: false },
      { type: "YP-18-24", ageBand: "18-24", offered: true, taken: false },
    ],
  },
  {
    year: 2021,
    size: 213,
    teams: teamCounts(published, "2021/22"),
    natures: natureCounts(published, "2021/22"),
    workingDays: bandDays(STAGE1_BANDS[2021], Array.from({ length: LATE_BY_ONE_DAY_2021 }, () => 21)),
    outcomesInYear: outcomes2021.slice(STAGE1_CARRIED_FROM_2020),
    outcomesNextYear: [],
    // 15.2: four children (0-17), two already represented by an advocate, two offered one;
    // 15.3: four young people (18-24), one supported by an advocate, one offered one, two not offered.
    young: [
      { type: "CYP", ageBand: "0-17", offered: true, taken: true },
      { type: "CYP", ageBand: "0-17", offered: true, taken: true },
      { type: "CYP", ageBand: "0-17", offered: true, taken: false },
      { type: "CYP", ageBand: "0-17", offered: true, taken: false },
      { type: "YP-18-24", ageBand: "18-24", offered: true, taken: true },
      { type: "YP-18-24", ageBand: "18-24", offered: true, taken: false },
      { type: "YP-18-24", ageBand: "18-24", offered: false, taken: false },
      { type: "YP-18-24", ageBand: "18-24", offered: false, taken: false },
    ],
  },
];
const plan2021 = plans[2] as CohortPlan;
plan2021.outcomesNextYear = laterOutcomes(plan2021.size - plan2021.outcomesInYear.length);

let nextRef = 1;
const cohorts = plans.map((p) => {
  const cohort = buildCohort(random, p, nextRef);
  nextRef += p.size;
  return cohort;
});
const [c2019, c2020, c2021] = cohorts as [Stage1Complaint[], Stage1Complaint[], Stage1Complaint[]];

// Escalations (see ./fixture/escalations.ts for the groups). 11.1: the 2021/22 panels concern two Assessment
// teams complaints, three Safeguarding, one Children with Disabilities: group C carries them.
const ESCALATABLE = ["PARTIALLY-UPHELD", "NOT-UPHELD"];
const groupA = pickForEscalation(random, c2019, 13, "A", ESCALATABLE);
const groupB = pickForEscalation(random, c2020, 11, "B", ESCALATABLE);
const panelTeams2021 = ["ASSESSMENT", "ASSESSMENT", "SAFEGUARDING", "SAFEGUARDING", "SAFEGUARDING", "CWD"];
const groupC = pickForEscalation(random, c2020, 10, "C", ESCALATABLE, panelTeams2021);
const groupD = pickForEscalation(random, c2021, 17, "D", ESCALATABLE);
const groupE = pickForEscalation(random, c2021, 8, "E", ESCALATABLE);

function stage2Plans(group: Stage1Complaint[], bands: ("within_65" | "over_65")[], outcomes: string[]): Stage2Plan[] {
  return group.map((c, i) => planStage2(random, c, stage2WorkingDays(random, bands[i] ?? "within_65"), outcomes[i] ?? "S2-NOT-UPHELD"));
}
const bandList = (within: number, over: number) => [...Array(within).fill("within_65"), ...Array(over).fill("over_65")] as ("within_65" | "over_65")[];
// Panel cases first in each group take Partially/Not Upheld adjudications.
const s2Outcomes2020 = pool(stage2OutcomeCounts(published, "2020/2021")).sort((a, b) => Number(b === "S2-NOT-UPHELD") - Number(a === "S2-NOT-UPHELD"));
const s2Outcomes2021 = pool(stage2OutcomeCounts(published, "2021/2022")).sort((a, b) => Number(b === "S2-NOT-UPHELD") - Number(a === "S2-NOT-UPHELD"));
const stage2: Stage2Plan[] = [
  ...stage2Plans(groupA, bandList(0, 13), s2Outcomes2020.slice(0, 13)),
  ...stage2Plans(groupB, bandList(STAGE2_BANDS[2020].within_65, STAGE2_BANDS[2020].over_65 - 13), s2Outcomes2020.slice(13)),
  ...stage2Plans(groupC, bandList(5, 5), s2Outcomes2021.slice(0, 10)),
  ...stage2Plans(groupD, bandList(STAGE2_BANDS[2021].within_65 - 5, STAGE2_BANDS[2021].over_65 - 5), s2Outcomes2021.slice(10)),
  ...stage2Plans(groupE, bandList(8, 0), groupE.map((_, i) => (i % 2 ? "S2-PARTIALLY-UPHELD" : "S2-NOT-UPHELD"))),
];
// 7.1: five panels held in 2020/21 (group A), six in 2021/22 (group C's first six, the 11.1 teams).
for (const p of [...stage2.filter((s) => s.complaint.escalation === "A").slice(0, 5), ...stage2.filter((s) => s.complaint.escalation === "C").slice(0, 6)]) {
  addPanel(random, p);
}
for (const cohort of cohorts) placeDates(random, cohort);

const byComplaint = new Map(stage2.map((s) => [s.complaint, s]));
const rows: ExportRow[] = cohorts.flat().map((c) => complaintRow(random, c, byComplaint.get(c), AS_OF));

// 5.1–5.2: LGO cases. 2020/21: 7 referred (7.1); 2021/22: 11 referred, 13 decided.
const lgo: LgoCase[] = [
  { team: "SAFEGUARDING", referredIn: 2020, decidedIn: 2021, decision: "UPHELD-MI" },
  { team: "SAFEGUARDING", referredIn: 2020, decidedIn: 2021, decision: "NOT-UPHELD-NFA" },
  { team: "SAFEGUARDING", referredIn: 2020, decidedIn: 2021, decision: "CAIINV-NFA" },
  { team: "CP-LADO", referredIn: 2020, decidedIn: 2021, decision: "NOT-UPHELD-NM" },
  { team: "CP-LADO", referredIn: 2020, decidedIn: 2021, decision: "NOT-UPHELD-NM" },
  { team: "SAFEGUARDING", referredIn: 2020, decidedIn: 2020, decision: "CAII-OOJ" },
  { team: "THROUGH-CARE", referredIn: 2020, decidedIn: 2020, decision: "CAIINV-NFA" },
  ...Array.from({ length: 5 }, (): LgoCase => ({ team: "SAFEGUARDING", referredIn: 2021, decidedIn: 2021, decision: "CAII-OOJ" })),
  { team: "ASSESSMENT", referredIn: 2021, decidedIn: 2021, decision: "CAIINV-NFA" },
  { team: "THROUGH-CARE", referredIn: 2021, decidedIn: 2021, decision: "CAIINV-NFA" },
  { team: "FFD", referredIn: 2021, decidedIn: 2021, decision: "CAIINV-OOJ" },
  { team: "SAFEGUARDING", referredIn: 2021, decidedIn: 2022, decision: "CAII-OOJ" },
  { team: "SAFEGUARDING", referredIn: 2021, decidedIn: 2022, decision: "NOT-UPHELD-NFA" },
  { team: "ASSESSMENT", referredIn: 2021, decidedIn: null, decision: null },
];
lgo.forEach((c, i) => rows.push(lgoRow(random, c, `LGO-${String(i + 1).padStart(3, "0")}`, AS_OF)));

// 16.1: compliments by team.
let compliment = 1;
for (const [year, column] of [[2020, "2020/2021"], [2021, "2021/2022"]] as const) {
  for (const [team, n] of complimentCounts(published, column)) {
    for (let i = 0; i < n; i += 1) rows.push(complimentRow(random, team, year, `CMP-${String(compliment++).padStart(4, "0")}`));
  }
}

rows.sort((a, b) => a.Received.localeCompare(b.Received) || a.Reference.localeCompare(b.Reference));
const out = new URL("../fixtures/crm-export.csv", import.meta.url);
writeFileSync(out, writeExport(rows));
process.stdout.write(`wrote ${rows.length} case records to ${out.pathname}\n`);
