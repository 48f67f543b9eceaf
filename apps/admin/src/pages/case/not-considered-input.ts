import type { Option } from "../../components/govuk";
import { humanise } from "../../format";
import { NotConsideredReason } from "../../graphql/generated/graphql";

/**
 * The "Do not consider further" form as data: the grounds the gateway offers (Query.notConsideredGrounds, from
 * @csc/rules NOT_CONSIDERED_GROUNDS: each with its law, whether it may cover some points only, what it requires)
 * and the council's own grounds (its "Reasons not considered" vocabulary entries that map to `other`). The app
 * states no ground, source or requirement itself; the gateway checks everything again and names the field.
 */
export interface GroundOffer {
  /** The NotConsideredReason enum value, sent as markNotConsidered's reason. */
  reason: string;
  /** The ground's stored code, which the council's own grounds (vocabulary entries) name as their canonical value. */
  code: string;
  source: string;
  inPart: boolean;
  requires: string[];
}

interface LocalGround {
  code: string;
  label: string;
  canonical: string;
  /** The local policy that gives a council's own ground (its vocabulary entry names it). */
  policy?: string | null;
}

export interface NotConsideredValues {
  ground: string;
  scope: "whole" | "some";
  points: string[];
  discretion: "" | "yes" | "no";
  detail: string;
  childViews: string;
  decidedBy: string;
  on: string;
}

/** A council's own ground is chosen as `local:<its code>` and sent as reason `other` with its code. */
const LOCAL = "local:";

/** Plain words for each ground; its law is shown beside it from the gateway. */
const GROUND_WORDS: Readonly<Record<string, string>> = {
  [NotConsideredReason.CourtProceedings]: "Considering it would prejudice court proceedings",
  [NotConsideredReason.PoliceInvestigation]: "Considering it would prejudice a police investigation",
  [NotConsideredReason.OutOfTime]: "Made out of time, after the grounds for it arose",
  [NotConsideredReason.AnotherOrganisation]: "A matter for another organisation",
  [NotConsideredReason.NoSufficientInterest]: "The person making it has no sufficient interest in the child's welfare",
  [NotConsideredReason.Withdrawn]: "Withdrawn before it was considered",
};

export function groundWords(reason: string, localLabel?: string | null): string {
  return localLabel ?? GROUND_WORDS[reason] ?? humanise(reason);
}

/** The statutory and policy grounds (not `other`, which is the council's own grounds), then the council's own. */
export function groundOptions(grounds: readonly GroundOffer[], locals: readonly LocalGround[]): Option[] {
  const given = grounds
    .filter((g) => !g.requires.includes("localGround"))
    .map((g) => ({ value: g.reason, label: groundWords(g.reason), hint: g.source }));
  const own = grounds.find((g) => g.requires.includes("localGround"));
  const council = own
    ? locals
        .filter((l) => l.canonical === own.code)
        .map((l) => ({
          value: `${LOCAL}${l.code}`,
          label: l.label,
          hint: l.policy ? `${l.policy} (your council's policy)` : `Your council's own ground: ${own.source}`,
        }))
    : [];
  return [...given, ...council];
}

/** The ground offer behind the chosen option (a council's own ground is the offer that requires localGround). */
export function chosenGround(grounds: readonly GroundOffer[], ground: string): GroundOffer | undefined {
  return ground.startsWith(LOCAL) ? grounds.find((g) => g.requires.includes("localGround")) : grounds.find((g) => g.reason === ground);
}

/** Client-side checks, keyed by the form's field names; the gateway checks again. */
export function validateNotConsidered(values: NotConsideredValues, grounds: readonly GroundOffer[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const ground = chosenGround(grounds, values.ground);
  if (!ground) errors.ground = "Select the ground for not considering the complaint";
  if (!values.on) errors.on = "Enter the date of the decision";
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.on)) errors.on = "The date of the decision must be a real date";
  if (!ground) return errors;
  if (ground.inPart && values.scope === "some" && values.points.length === 0)
    errors.points = "Select the points of complaint that are not considered";
  if (ground.requires.includes("discretionExercised") && values.discretion === "")
    errors.discretion = "Select whether the council used its discretion to consider it anyway";
  if (ground.requires.includes("detail") && !values.detail.trim()) errors.detail = "Enter the reason for the council's decision";
  if (ground.requires.includes("childViews") && !values.childViews.trim()) errors.childViews = "Enter the child's views";
  if (ground.requires.includes("decidedBy") && !values.decidedBy.trim()) errors.decidedBy = "Enter who decided, for the council";
  return errors;
}

/** The markNotConsidered input for the chosen ground, with only the fields that ground uses. */
export function notConsideredInput(
  values: NotConsideredValues,
  grounds: readonly GroundOffer[],
  change: { caseId: string; version: number },
): Record<string, unknown> {
  const ground = chosenGround(grounds, values.ground);
  const input: Record<string, unknown> = { ...change, on: values.on, reason: ground?.reason ?? values.ground };
  if (values.ground.startsWith(LOCAL)) input.localGround = values.ground.slice(LOCAL.length);
  if (ground?.inPart && values.scope === "some") input.points = values.points;
  if (ground?.requires.includes("discretionExercised") && values.discretion) input.discretionExercised = values.discretion === "yes";
  if (ground?.requires.includes("childViews")) input.childViews = values.childViews.trim();
  if (ground?.requires.includes("decidedBy")) input.decidedBy = values.decidedBy.trim();
  if (values.detail.trim()) input.detail = values.detail.trim();
  return input;
}
