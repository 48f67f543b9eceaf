import { z } from "zod";
import {
  CHANNELS,
  COMPLAINANT_RELATIONSHIPS,
  FEEDBACK_KINDS,
  LGSCO_DECISIONS,
  NOT_CONSIDERED_REASONS,
  OUTCOMES,
  PROCEDURES,
  REASON_THEMES,
  SERVICE_AREAS,
  STAGES,
} from "../vocabulary/canonical";
import { DEFAULT_BAND_THRESHOLDS, bandKeys } from "./bands";

/**
 * The dimensions a measure can be filtered or grouped by. Canonical dimensions carry values every council
 * shares (so councils can be compared); local dimensions carry the council's own codes; time dimensions are
 * taken from the date the metric counts on (its basis). A case's own `localDimensions` are reached as
 * "local:<key>". A missing value is reported as NOT_RECORDED.
 */
export const NOT_RECORDED = "not_recorded" as const;

export type DimensionSource = "canonical" | "local" | "time";
/** What a dimension describes: the whole case, one stage, one reason, or one LGSCO referral. */
export type DimensionLevel = "case" | "stage" | "reason" | "lgsco";

export interface DimensionInfo {
  readonly description: string;
  readonly source: DimensionSource;
  readonly level: DimensionLevel;
  /** A case can carry several values (so grouped counts can exceed the number of cases). */
  readonly multiple: boolean;
  /** The closed list of values for canonical dimensions (in report order); null for open local codes. */
  readonly values: readonly string[] | null;
}

const YES_NO = ["true", "false"] as const;

/** Where a case's handling ended up (reports that count each complaint once at its furthest stage). */
export const RESOLUTION_STAGES = [...STAGES, "lgsco"] as const;

/** Every statutory band key, derived from the procedure definitions' bands (./bands.ts): within first, then over, then open. */
export const BANDS: readonly string[] = (() => {
  const keys = STAGES.flatMap((stage) => bandKeys(DEFAULT_BAND_THRESHOLDS[stage]));
  const unique = [...new Set(keys)];
  const byDays = (k: string) => Number(k.split("_")[1]);
  return [
    ...unique.filter((k) => k.startsWith("within_")).sort((a, b) => byDays(a) - byDays(b)),
    ...unique.filter((k) => k.startsWith("over_")).sort((a, b) => byDays(a) - byDays(b)),
    "open",
  ];
})();

function dim(description: string, source: DimensionSource, level: DimensionLevel, values: readonly string[] | null, multiple = false): DimensionInfo {
  return Object.freeze({ description, source, level, multiple, values });
}

export const DIMENSIONS = Object.freeze({
  kind: dim("Kind of feedback (complaint, compliment, comment, …)", "canonical", "case", FEEDBACK_KINDS),
  procedure: dim("Procedure the case runs under (children's statutory, corporate, …)", "canonical", "case", PROCEDURES),
  stage: dim("Stage of the procedure (Stage 1 local resolution, Stage 2 investigation, Stage 3 review panel)", "canonical", "stage", STAGES),
  outcome: dim("Canonical outcome of a stage response", "canonical", "stage", OUTCOMES),
  resolutionStage: dim(
    "The furthest a case went, each case once: its highest stage, or lgsco when referred to the Ombudsman",
    "canonical",
    "case",
    RESOLUTION_STAGES,
  ),
  entryStage: dim(
    "The stage a case entered the procedure at, each case once (stage2 when it went straight to investigation); not_recorded when it never entered a stage",
    "canonical",
    "case",
    STAGES,
  ),
  furthestStage: dim(
    "The furthest stage of the procedure a case reached, each case once; unlike resolutionStage an LGSCO referral does not count",
    "canonical",
    "case",
    STAGES,
  ),
  band: dim("Timeliness band of a stage response in working days (see bands.ts)", "canonical", "stage", BANDS),
  met: dim("Whether a stage met its (possibly extended) timescale: true, false or not_recorded while open", "canonical", "stage", YES_NO),
  extended: dim("Whether a stage's timescale was extended by agreement", "canonical", "stage", YES_NO),
  lateRequest: dim("Whether escalation to the stage was requested after the statutory 20 working days", "canonical", "stage", YES_NO),
  reasonTheme: dim("Canonical theme of a reason for complaint (several per case)", "canonical", "reason", REASON_THEMES, true),
  serviceArea: dim("Canonical service area of a team the case concerns (several per case)", "canonical", "case", SERVICE_AREAS, true),
  channel: dim("How the feedback arrived", "canonical", "case", CHANNELS),
  complainantRelationship: dim("Who complained, by relationship to the child", "canonical", "case", COMPLAINANT_RELATIONSHIPS),
  madeByChild: dim("Made by a child or young person (directly or through an advocate)", "canonical", "case", YES_NO),
  advocacyOffered: dim("An advocate was offered (Children Act 1989 s.26A)", "canonical", "case", YES_NO),
  advocacyTaken: dim("An advocate supported the complainant", "canonical", "case", YES_NO),
  acknowledgedInTarget: dim("Acknowledged within the local target", "canonical", "case", YES_NO),
  notConsideredReason: dim("Why a complaint was not considered further", "canonical", "case", NOT_CONSIDERED_REASONS),
  lgscoDecision: dim("The LGSCO's decision on a referral", "canonical", "lgsco", LGSCO_DECISIONS),
  localKind: dim("The council's own kind of feedback", "local", "case", null),
  localOutcome: dim("The council's own outcome label for a stage", "local", "stage", null),
  reasonCategory: dim("The council's reason category (several per case)", "local", "reason", null, true),
  reason: dim("The council's reason or sub-reason code (several per case)", "local", "reason", null, true),
  team: dim("The council's team code (several per case)", "local", "case", null, true),
  localChannel: dim("The council's own channel code", "local", "case", null),
  localComplainantType: dim("The council's own complainant type", "local", "case", null),
  localDecision: dim("The council's wording of an LGSCO decision", "local", "lgsco", null),
  localNotConsideredReason: dim("The council's own reason for not considering a complaint", "local", "case", null),
  advocacyProvider: dim("The advocacy provider", "local", "case", null),
  gender: dim("Equalities: gender (local code)", "local", "case", null),
  ethnicity: dim("Equalities: ethnicity (local code)", "local", "case", null),
  disability: dim("Equalities: disability (local code)", "local", "case", null),
  ageBand: dim("Equalities: age band (local code)", "local", "case", null),
  month: dim("Calendar month of the basis date, YYYY-MM", "time", "case", null),
  quarter: dim("Financial-year quarter of the basis date, e.g. 2021/22 Q1 (Q1 = April–June)", "time", "case", null),
  financialYear: dim("Financial year of the basis date, e.g. 2021/22", "time", "case", null),
} satisfies Record<string, DimensionInfo>);

export type Dimension = keyof typeof DIMENSIONS;
/** A dimension of the catalogue, or one of a case's own local dimensions written "local:<key>". */
export type DimensionKey = Dimension | `local:${string}`;

export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

export function isDimensionKey(value: string): value is DimensionKey {
  return Object.hasOwn(DIMENSIONS, value) || /^local:.+$/.test(value);
}

export const dimensionKeySchema = z.custom<DimensionKey>((v) => typeof v === "string" && isDimensionKey(v), {
  message: `must be a known dimension (${DIMENSION_NAMES.join(", ")}) or "local:<key>"`,
});

/** The time dimensions: each a function of the basis date (named by timeDimensionValue). */
export type TimeDimension = Extract<Dimension, "month" | "quarter" | "financialYear">;

/** Whether a dimension is one of the time dimensions (its catalogue source is "time"). */
export function isTimeDimension(key: DimensionKey): key is TimeDimension {
  return dimensionInfo(key).source === "time";
}

/** The catalogue entry for a key; a "local:<key>" dimension is an open, single-valued local code. */
export function dimensionInfo(key: DimensionKey): DimensionInfo {
  if (key.startsWith("local:")) {
    return dim(`The council's local dimension "${key.slice(6)}"`, "local", "case", null);
  }
  return DIMENSIONS[key as Dimension];
}
