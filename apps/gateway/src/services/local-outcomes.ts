import { outcomeSchema } from "@csc/rules";
import type { DerivedCase, IsoDate, Outcome, Stage } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import type { CouncilTransaction } from "../db/client";
import { classifyLocalCode } from "./classify-feedback";
import { councilScope } from "./council-scope";

/** A point's outcome as an officer gives it: canonical, the council's own code, or both when they agree. */
interface GivenOutcome {
  pointId: string;
  outcome?: Outcome | null | undefined;
  localOutcome?: string | null | undefined;
}

interface ResolvedOutcomes {
  /** The canonical outcome of each point, as the lifecycle event carries it. */
  outcomes: Array<{ pointId: string; outcome: Outcome }>;
  /** The council's own code given for a point, by pointRef. */
  local: Map<string, string>;
}

/**
 * Classifies each council outcome code by the council's outcome vocabulary in force on `on`, the date of the
 * response (the words the council used when it answered). A code not in force is BAD_USER_INPUT naming
 * input.outcomes.<i>.localOutcome; a canonical outcome given beside it that the code does not map to names
 * input.outcomes.<i>.outcome.
 */
export async function resolveOutcomes(context: GatewayContext, on: IsoDate, given: readonly GivenOutcome[]): Promise<ResolvedOutcomes> {
  const local = new Map<string, string>();
  if (!given.some((o) => o.localOutcome)) {
    return { outcomes: given.map((o) => ({ pointId: o.pointId, outcome: outcomeSchema.parse(o.outcome) })), local };
  }
  const { councilId } = councilScope(context);
  const outcomes = await withCouncil(context.root, councilId, async (tx) => {
    const resolved: ResolvedOutcomes["outcomes"] = [];
    for (const [i, o] of given.entries()) {
      if (!o.localOutcome) {
        resolved.push({ pointId: o.pointId, outcome: outcomeSchema.parse(o.outcome) });
        continue;
      }
      const entry = await classifyLocalCode(tx, councilId, "outcome", o.localOutcome, on, ["input", "outcomes", i, "localOutcome"], {
        given: o.outcome,
        field: ["input", "outcomes", i, "outcome"],
      });
      local.set(o.pointId, entry.code);
      resolved.push({ pointId: o.pointId, outcome: outcomeSchema.parse(entry.canonical) });
    }
    return resolved;
  });
  return { outcomes, local };
}

/**
 * Stores the council's own codes beside the canonical outcomes the rules derived for `stage` (in the same
 * transaction as the event): on each point's outcome, and on the stage the code of a point whose outcome is
 * the stage's outcome. Later events keep them while the outcome stays the same (./store-derived-state.ts).
 */
export async function storeLocalOutcomes(
  tx: CouncilTransaction,
  row: { councilId: string; id: string },
  stage: Stage,
  local: ReadonlyMap<string, string>,
): Promise<void> {
  if (local.size === 0) return;
  const { councilId, id: caseId } = row;
  const points = await tx.pointOfComplaint.findMany({
    where: { councilId, caseId, pointRef: { in: [...local.keys()] } },
    select: { id: true, pointRef: true, outcomes: { where: { stage }, select: { outcome: true } } },
  });
  for (const p of points) {
    await tx.pointOutcome.updateMany({ where: { councilId, pointId: p.id, stage }, data: { localOutcome: local.get(p.pointRef) ?? null } });
  }
  const stageRow = await tx.caseStage.findUnique({ where: { councilId_caseId_stage: { councilId, caseId, stage } }, select: { outcome: true } });
  const matching = points.find((p) => p.outcomes.some((o) => o.outcome === stageRow?.outcome));
  if (stageRow && matching) {
    await tx.caseStage.update({
      where: { councilId_caseId_stage: { councilId, caseId, stage } },
      data: { localOutcome: local.get(matching.pointRef) ?? null },
    });
  }
}

/** The stage a response recorded on `on` answered, as the rules derived it (the adjudication: Stage 2; the council's response: Stage 3). */
export function respondedStage(derived: DerivedCase, on: IsoDate): Stage | null {
  return [...derived.stages].reverse().find((s) => s.respondedOn === on && s.pointOutcomes.length > 0)?.stage ?? null;
}
