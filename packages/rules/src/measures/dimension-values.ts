import type { IsoDate } from "../dates/iso-date";
import { financialYearKey, quarterKey } from "../periods/financial-year";
import { STAGES, type Stage } from "../vocabulary/canonical";
import type { CaseFacts, StageFacts } from "./case-facts";
import { bandThresholds, OPEN_BAND, timelinessBand } from "./bands";
import { type DimensionKey, NOT_RECORDED, type TimeDimension } from "./dimensions";
import type { FactsReason, CountedItem, FactsLgscoReferral } from "./metric-rules";

/**
 * The values an item takes on a dimension. A case-level dimension has one value per case (several for teams
 * and service areas); a stage-, reason- or LGSCO-level dimension takes the item's own stage, reason or referral
 * when the metric counts those, and otherwise every one the case has (with `stage`, only that stage).
 * Missing values are NOT_RECORDED.
 */
export interface ValueContext {
  readonly stage?: Stage;
  readonly bands?: readonly number[];
  /** Limits which of a case's stages the stage-level dimensions describe. */
  readonly relevantStage?: (stage: StageFacts) => boolean;
  /** The item's basis date, for the time dimensions. */
  readonly date: IsoDate;
}

type Values = readonly string[];

const text = (value: string | null | undefined): string => value ?? NOT_RECORDED;
const yesNo = (value: boolean | null): string => (value === null ? NOT_RECORDED : String(value));
const orNotRecorded = (values: string[]): Values => (values.length === 0 ? [NOT_RECORDED] : [...new Set(values)]);

function stagesOf(item: CountedItem, context: ValueContext): StageFacts[] {
  if (item.stage) return [item.stage];
  return item.facts.stages.filter((s) => (context.stage === undefined || s.stage === context.stage) && (context.relevantStage?.(s) ?? true));
}

/**
 * What a stage's band is decided from: the working days it took (bucketed against the thresholds), or the band it
 * has whatever the thresholds (open while not responded to; not recorded when responded with no count).
 */
export function bandBasis(stage: StageFacts): number | string {
  if (stage.respondedOn !== null && stage.workingDaysTaken === null) return NOT_RECORDED;
  return stage.workingDaysTaken ?? OPEN_BAND;
}

function bandOf(stage: StageFacts, bands: readonly number[] | undefined): string {
  const basis = bandBasis(stage);
  return typeof basis === "number" ? timelinessBand(basis, bandThresholds(stage.stage, bands)) : basis;
}

/** The stages a case reached, in procedure order (Stage 1, 2, 3), whatever order its facts list them in. */
const stagesReached = (facts: CaseFacts): Stage[] => STAGES.filter((stage) => facts.stages.some((s) => s.stage === stage));

function resolutionStageOf(facts: CaseFacts): string {
  if (facts.lgsco.length > 0) return "lgsco";
  return stagesReached(facts).at(-1) ?? NOT_RECORDED;
}

const STAGE_VALUE = new Map<string, (stage: StageFacts, context: ValueContext) => string>(
  Object.entries({
    stage: (s) => s.stage,
    outcome: (s) => text(s.outcome),
    localOutcome: (s) => text(s.localOutcome),
    band: (s, context) => bandOf(s, context.bands),
    met: (s) => yesNo(s.met),
    extended: (s) => String(s.extended),
    lateRequest: (s) => String(s.lateRequest),
  }),
);

const REASON_VALUE = new Map<string, (reason: FactsReason) => string>(
  Object.entries({
    reasonTheme: (r) => r.theme,
    reasonCategory: (r) => text(r.category),
    reason: (r) => text(r.reason),
  }),
);

const LGSCO_VALUE = new Map<string, (referral: FactsLgscoReferral) => string>(
  Object.entries({
    lgscoDecision: (l) => text(l.decision),
    localDecision: (l) => text(l.localDecision),
  }),
);

const CASE_VALUES = new Map<string, (item: CountedItem, context: ValueContext) => Values>(
  Object.entries({
    kind: ({ facts }) => [facts.kind],
    procedure: ({ facts }) => [text(facts.procedure)],
    channel: ({ facts }) => [text(facts.channel)],
    complainantRelationship: ({ facts }) => [text(facts.complainantRelationship)],
    madeByChild: ({ facts }) => [String(facts.madeByChild)],
    advocacyOffered: ({ facts }) => [yesNo(facts.advocacy.offered)],
    advocacyTaken: ({ facts }) => [yesNo(facts.advocacy.taken)],
    acknowledgedInTarget: ({ facts }) => [yesNo(facts.acknowledgement.met)],
    notConsideredReason: ({ facts }) => [text(facts.notConsidered?.reason)],
    localNotConsideredReason: ({ facts }) => [text(facts.notConsidered?.localReason)],
    serviceArea: ({ facts }) => (facts.teams.length ? [...new Set(facts.teams.map((t) => t.serviceArea))] : ["unassigned"]),
    resolutionStage: ({ facts }) => [resolutionStageOf(facts)],
    entryStage: ({ facts }) => [stagesReached(facts)[0] ?? NOT_RECORDED],
    furthestStage: ({ facts }) => [stagesReached(facts).at(-1) ?? NOT_RECORDED],
    team: ({ facts }) => orNotRecorded(facts.teams.map((t) => t.code)),
    localKind: ({ facts }) => [text(facts.localKind)],
    localChannel: ({ facts }) => [text(facts.localChannel)],
    localComplainantType: ({ facts }) => [text(facts.localComplainantType)],
    advocacyProvider: ({ facts }) => [text(facts.advocacy.provider)],
    gender: ({ facts }) => [text(facts.equalities.gender)],
    ethnicity: ({ facts }) => [text(facts.equalities.ethnicity)],
    disability: ({ facts }) => [text(facts.equalities.disability)],
    ageBand: ({ facts }) => [text(facts.equalities.ageBand)],
    month: (_item, context) => [timeDimensionValue("month", context.date)],
    quarter: (_item, context) => [timeDimensionValue("quarter", context.date)],
    financialYear: (_item, context) => [timeDimensionValue("financialYear", context.date)],
  }),
);

/** The value of a time dimension (month, quarter, financialYear) for a basis date. */
export function timeDimensionValue(key: TimeDimension, date: IsoDate): string {
  if (key === "month") return date.slice(0, 7);
  return key === "quarter" ? quarterKey(date) : financialYearKey(date);
}

/** Every value `item` takes on dimension `key` (at least one; NOT_RECORDED when it has none). */
export function dimensionValues(item: CountedItem, key: DimensionKey, context: ValueContext): Values {
  if (key.startsWith("local:")) return [text(item.facts.localDimensions[key.slice(6)])];
  const stageValue = STAGE_VALUE.get(key);
  if (stageValue) return orNotRecorded(stagesOf(item, context).map((s) => stageValue(s, context)));
  const reasonValue = REASON_VALUE.get(key);
  if (reasonValue) return orNotRecorded((item.reason ? [item.reason] : item.facts.reasons).map(reasonValue));
  const lgscoValue = LGSCO_VALUE.get(key);
  if (lgscoValue) return orNotRecorded((item.lgsco ? [item.lgsco] : item.facts.lgsco).map(lgscoValue));
  const caseValues = CASE_VALUES.get(key);
  if (!caseValues) throw new RangeError(`"${key}" is not a known dimension`);
  return caseValues(item, context);
}
