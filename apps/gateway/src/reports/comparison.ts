import { financialYearStartOf, type MeasureResult, type MeasureSpecInput, parseMeasureSpec, type Period, type Stage } from "@csc/rules";
import { measureFromUnits, type PrismaClient, type RollupMeasure, rollupMeasures } from "@csc/db";
import { withCouncil, withPlatform } from "../db/client";
import { timed } from "../http/request-timing";
import { contextOf, contextsOf, type CouncilContext, NO_CONTEXT } from "./comparison-context";
import { discloseFigure, suppressCount, suppressRatio, type Figure } from "./disclosure";
import { outsideCoverage, recordCoverageOf, withCoverage, type RecordCoverage } from "./record-coverage";

/**
 * Councils side by side on canonical measures, counted at the database from the council × month rollup of the
 * councils' counted units (@csc/db rollupMeasures), or from each council's units for a period not of whole months
 * (measureFromUnits); both equal @csc/rules computeMeasure over the council's facts (a test checks it). Every
 * figure goes through the platform's disclosure policy (disclosure.ts) whoever asks, since it leaves the council.
 *
 * Basis (default "received", the basis councils publish: their annual reports follow the complaints received in
 * the year through the procedure): which date puts a stage response in the period, for the timeliness, outcome
 * and escalation denominators and for reasons. Stage (default Stage 1): the stage whose responses
 * within_timescale, upheld_share and escalation_rate rest on.
 *
 * - stage1_within_10 / stage1_within_20: % of Stage 1 responses within 10 / 20 working days (SI 2006/1738 reg 14:
 *   10 working days, extendable to 20); Stage 1 whatever the stage argument; base: Stage 1 responses.
 * - within_timescale: % of the stage's responses within its own (possibly extended) timescale as the rules' clock
 *   has it (reg 14 for Stage 1, reg 17 for Stage 2, reg 19 for Stage 3); base: the stage's responses.
 * - upheld_share: % of the stage's responses whose outcome was upheld or partially upheld.
 * - escalation_rate: the next stage started in the period per 100 of the stage's responses; not applicable to
 *   Stage 3, the last stage.
 * - complaints_per_1000_contacts: complaints received per 1,000 contacts to children's social care in the
 *   financial year the period starts in (context figures); received basis always; null when the council recorded
 *   no contacts.
 * - complaints_per_10000_children: complaints received per 10,000 children aged 0–17 living in the area (the
 *   council's context figure children_aged_0_17 for the financial year the period starts in, e.g. ONS mid-year
 *   estimates); received basis always; null when the council recorded none.
 * - children_complaints_share: % of complaints received that a child or young person made, directly or through an
 *   advocate (the rules' madeByChild); received basis always; base: complaints received.
 * - advocacy_offered_share: % of cases received where an advocate was offered (Children Act 1989 s.26A), of those
 *   where the offer is recorded (the rules' percent_advocacy_offered); received basis always.
 * - lgsco_referrals: referrals to the Local Government and Social Care Ombudsman made in the period (a count).
 * - lgsco_upheld_share: % of the LGSCO's detailed investigations decided in the period that it upheld (upheld of
 *   upheld and not upheld, as the LGSCO publishes its uphold rate); base: those investigations.
 * - reason_themes: reasons for complaint, by canonical theme (one figure per theme).
 * A rate resting on a context figure carries that figure's `source` (what the council said it took it from).
 */
export const COMPARISON_METRICS = [
  "stage1_within_10",
  "stage1_within_20",
  "within_timescale",
  "upheld_share",
  "escalation_rate",
  "complaints_per_1000_contacts",
  "complaints_per_10000_children",
  "children_complaints_share",
  "advocacy_offered_share",
  "lgsco_referrals",
  "lgsco_upheld_share",
  "reason_themes",
] as const;
export type ComparisonMetric = (typeof COMPARISON_METRICS)[number];

export type ComparisonBasis = "received" | "completed";

export interface ComparisonOptions {
  /** Default "received" (the basis councils publish). */
  basis?: ComparisonBasis | undefined;
  /** Default "stage1". */
  stage?: Stage | undefined;
}

export interface ComparedFigure extends Figure {
  metric: ComparisonMetric;
  /** The reason theme, for reason_themes; null for the others. */
  key: string | null;
  /** For a rate per context figure: where the council took that figure from (null when not recorded). */
  source?: string | null;
}

const PER_CONTEXT = {
  complaints_per_1000_contacts: { per: 1000, of: "contacts" },
  complaints_per_10000_children: { per: 10_000, of: "children" },
} as const satisfies Partial<Record<ComparisonMetric, { per: number; of: keyof CouncilContext }>>;

export interface ComparedCouncil {
  councilId: string;
  name: string;
  figures: ComparedFigure[];
  /** The council's record coverage (record-coverage.ts); null when it has no case. */
  coverage?: RecordCoverage | null;
}

export interface CouncilComparison {
  period: Period;
  basis: ComparisonBasis;
  stage: Stage;
  /** Where the figures were counted: the rollup's sums in one platform transaction, or each council's units. */
  countedFrom: "rollup" | "units";
  councils: ComparedCouncil[];
}

const NEXT_STAGE: Readonly<Record<Stage, Stage | null>> = { stage1: "stage2", stage2: "stage3", stage3: null };

/** Counts one measure over one council's cases for the comparison's period. */
type CountMeasure = (spec: MeasureSpecInput) => Promise<MeasureResult>;

async function withinDays(total: CountMeasure, basis: ComparisonBasis, stage: Stage, days?: number): Promise<Figure> {
  const r = await total({ metric: "percent_within_timescale", stage, basis, ...(days === undefined ? {} : { withinWorkingDays: days }) });
  return discloseFigure(r.total, r.base, "percent", "suppressed");
}

/** One council's figures, each measure counted by `total` (the database's counted units, or computeMeasure in a test). */
export async function compareFigures(
  total: CountMeasure,
  metrics: readonly ComparisonMetric[],
  context: CouncilContext,
  options: ComparisonOptions = {},
): Promise<ComparedFigure[]> {
  const basis = options.basis ?? "received";
  const stage = options.stage ?? "stage1";
  const figures: ComparedFigure[] = [];
  const responses = async () => (await total({ metric: "cases_completed", stage, basis })).total ?? 0;
  for (const metric of metrics) {
    if (metric === "stage1_within_10" || metric === "stage1_within_20") {
      figures.push({ metric, key: null, ...(await withinDays(total, basis, "stage1", metric === "stage1_within_10" ? 10 : 20)) });
    } else if (metric === "within_timescale") {
      figures.push({ metric, key: null, ...(await withinDays(total, basis, stage)) });
    } else if (metric === "upheld_share") {
      const r = await total({ metric: "cases_completed", stage, basis, groupBy: ["outcome"] });
      const upheld = r.groups.filter((g) => g.key[0] === "upheld" || g.key[0] === "partially_upheld").reduce((n, g) => n + (g.value ?? 0), 0);
      const base = r.total ?? 0;
      figures.push({ metric, key: null, ...suppressRatio(base > 0 ? (100 * upheld) / base : null, base, upheld) });
    } else if (metric === "escalation_rate") {
      const next = NEXT_STAGE[stage];
      if (next === null) {
        figures.push({ metric, key: null, value: null, base: 0, suppressed: false, missing: "not_applicable" });
        continue;
      }
      const escalated = (await total({ metric: "escalated", stage: next })).total ?? 0;
      const base = await responses();
      figures.push({ metric, key: null, ...suppressRatio(base > 0 ? (100 * escalated) / base : null, base, escalated) });
    } else if (metric === "complaints_per_1000_contacts" || metric === "complaints_per_10000_children") {
      const { per, of } = PER_CONTEXT[metric];
      const divisor = context[of];
      const complaints = (await total({ metric: "cases_received", filter: { kind: ["complaint"] } })).total ?? 0;
      const value = divisor && divisor.value > 0 ? (per * complaints) / divisor.value : null;
      const figure = suppressRatio(value, complaints);
      const missing = value === null && !figure.suppressed ? "no_context_figure" : figure.missing;
      figures.push({ metric, key: null, ...figure, missing, source: divisor?.source ?? null });
    } else if (metric === "children_complaints_share") {
      const complaints = (await total({ metric: "cases_received", filter: { kind: ["complaint"] } })).total ?? 0;
      const byChildren = (await total({ metric: "cases_received", filter: { kind: ["complaint"], madeByChild: ["true"] } })).total ?? 0;
      figures.push({ metric, key: null, ...suppressRatio(complaints > 0 ? (100 * byChildren) / complaints : null, complaints, byChildren) });
    } else if (metric === "advocacy_offered_share") {
      const r = await total({ metric: "percent_advocacy_offered" });
      figures.push({ metric, key: null, ...discloseFigure(r.total, r.base, "percent", "suppressed") });
    } else if (metric === "lgsco_referrals") {
      figures.push({ metric, key: null, ...suppressCount((await total({ metric: "lgsco_referrals" })).total ?? 0) });
    } else if (metric === "lgsco_upheld_share") {
      const r = await total({ metric: "lgsco_decisions", groupBy: ["lgscoDecision"] });
      const count = (decision: string) => r.groups.find((g) => g.key[0] === decision)?.value ?? 0;
      const [upheld, investigated] = [count("upheld"), count("upheld") + count("not_upheld")];
      figures.push({ metric, key: null, ...suppressRatio(investigated > 0 ? (100 * upheld) / investigated : null, investigated, upheld) });
    } else {
      const r = await total({ metric: "reasons", basis, groupBy: ["reasonTheme"] });
      for (const g of r.groups) figures.push({ metric, key: g.key[0] ?? null, ...suppressCount(g.value ?? 0) });
    }
  }
  return figures;
}

const QUERIES_IN_FLIGHT = 3;

/** The measures compareFigures asks for these metrics and options (its control flow does not depend on the counts). */
async function specsOf(metrics: readonly ComparisonMetric[], options: ComparisonOptions, period: Period): Promise<MeasureSpecInput[]> {
  const specs: MeasureSpecInput[] = [];
  const record: CountMeasure = (spec) => {
    specs.push(spec);
    return Promise.resolve({ metric: parseMeasureSpec(spec).metric, basis: null, period, total: null, base: 0, groups: [] });
  };
  await compareFigures(record, metrics, NO_CONTEXT, options);
  return specs;
}

/**
 * Compares every active council (or the ones named) over `period`, in a handful of statements whatever the number
 * of councils when the rollup can answer every measure (every comparison metric over whole months): as the platform
 * role, the list of councils, one read of the council × month rollup (@csc/db rollupMeasures, through the SECURITY
 * DEFINER function compare_rollup, which returns only sums per council) and, for the rates per context figure, one
 * read of the councils' context figures (compare_context_figures). The gateway's login role still has no way to read
 * cases across councils. When the rollup cannot answer a measure (a period not of whole months), the comparison
 * falls back to the per-council path: each council's counted units and context figures read in its own transaction
 * under row-level security, three councils in flight. Only aggregates leave either way; `countedFrom` says which.
 */
export async function compareCouncils(
  root: PrismaClient,
  metrics: readonly ComparisonMetric[],
  period: Period,
  councilIds?: readonly string[],
  options: ComparisonOptions = {},
): Promise<CouncilComparison> {
  const specs = await specsOf(metrics, options, period);
  const year = financialYearStartOf(period.start);
  const perContext = metrics.some((m) => m in PER_CONTEXT);
  const { councils, rolledUp, contexts, coverage } = await withPlatform(root, async (tx) => {
    const councils = await tx.council.findMany({
      where: { active: true, ...(councilIds ? { id: { in: [...councilIds] } } : {}) },
      select: { id: true, name: true },
      orderBy: { id: "asc" },
    });
    const ids = councils.map((c) => c.id);
    const rolledUp = await timed("measure", () => rollupMeasures(tx, ids, specs, period));
    const answered = specs.every((spec) => rolledUp("", spec) !== null);
    const contexts = answered && perContext ? await contextsOf(tx, ids, year) : new Map<string, CouncilContext>();
    return { councils, rolledUp: answered ? rolledUp : null, contexts, coverage: await recordCoverageOf(tx, ids) };
  });
  const ids = councils.map((c) => c.id);
  const figures = rolledUp
    ? await timed("disclosure", () => compareFromRollup(ids, rolledUp, contexts, metrics, options))
    : await compareFromUnits(root, ids, metrics, period, options);
  return {
    period,
    basis: options.basis ?? "received",
    stage: options.stage ?? "stage1",
    countedFrom: rolledUp ? "rollup" : "units",
    // Outside a council's coverage a figure that counted nothing is "no records", not 0 (record-coverage.ts).
    councils: councils.map((c) => {
      const covered = coverage.get(c.id) ?? null;
      const outside = outsideCoverage(period, covered);
      return { councilId: c.id, name: c.name, figures: (figures.get(c.id) ?? []).map((f) => withCoverage(f, outside)), coverage: covered };
    }),
  };
}

/** Every council's figures from the rollup's sums alone (no council transaction). */
async function compareFromRollup(
  councilIds: readonly string[],
  rolledUp: RollupMeasure,
  contexts: ReadonlyMap<string, CouncilContext>,
  metrics: readonly ComparisonMetric[],
  options: ComparisonOptions,
): Promise<Map<string, ComparedFigure[]>> {
  const figures = new Map<string, ComparedFigure[]>();
  for (const councilId of councilIds) {
    const total: CountMeasure = (spec) => {
      const result = rolledUp(councilId, spec);
      return result ? Promise.resolve(result) : Promise.reject(new Error(`the rollup cannot answer ${String(spec.metric)}`));
    };
    figures.set(councilId, await compareFigures(total, metrics, contexts.get(councilId) ?? NO_CONTEXT, options));
  }
  return figures;
}

/** Councils counted one at a time in their own transactions (three in flight), from their counted units. */
async function compareFromUnits(
  root: PrismaClient,
  councilIds: readonly string[],
  metrics: readonly ComparisonMetric[],
  period: Period,
  options: ComparisonOptions,
): Promise<Map<string, ComparedFigure[]>> {
  const figures = new Map<string, ComparedFigure[]>();
  const pending = [...councilIds];
  const worker = async (): Promise<void> => {
    for (let id = pending.shift(); id; id = pending.shift()) {
      const councilId = id;
      const counted = await withCouncil(
        root,
        councilId,
        async (tx) => {
          const context = await contextOf(tx, councilId, financialYearStartOf(period.start));
          const total: CountMeasure = (spec) => measureFromUnits(tx, [councilId], spec, period);
          return compareFigures(total, metrics, context, options);
        },
        { timeout: 60_000, readOnly: true },
      );
      figures.set(councilId, counted);
    }
  };
  await Promise.all(Array.from({ length: QUERIES_IN_FLIGHT }, worker));
  return figures;
}
