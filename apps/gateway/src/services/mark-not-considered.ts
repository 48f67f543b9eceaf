import { NOT_CONSIDERED_GROUNDS, isoFromDate } from "@csc/rules";
import type { GatewayContext } from "../context";
import type { CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { classifyLocalCode } from "./classify-feedback";
import { localGroundSource } from "./ground-decisions";
import type { MarkNotConsideredInput } from "./inputs";
import { type CaseRow, recordCaseEvent } from "./record-case-event";

/** The points a decision in part names must be the case's own points of complaint (their pointRef). */
async function checkPoints(tx: CouncilTransaction, row: CaseRow, points: readonly string[]): Promise<void> {
  const known = await tx.pointOfComplaint.findMany({ where: { councilId: row.councilId, caseId: row.id }, select: { pointRef: true } });
  const refs = new Set(known.map((p) => p.pointRef));
  const unknown = points.find((p) => !refs.has(p));
  if (unknown !== undefined) {
    throw badInput(
      ["input", "points"],
      `"${unknown}" is not a point of complaint of this case (its points are ${[...refs].join(", ") || "none yet"})`,
    );
  }
}

/**
 * Records a decision not to consider the complaint on a ground its law or local policy gives (@csc/rules
 * NOT_CONSIDERED_GROUNDS): in whole, or for some points of complaint only (SI 2006/1738 reg 8), a late complaint
 * with the council's discretion (reg 9), no sufficient interest with the child's views and who decided
 * (Children Act 1989 s.26(3)(e)), or the council's own ground from its vocabulary. The child's views and the
 * detail are personal data and kept apart; the audit records the ground, its source and the points.
 */
export async function markNotConsidered(context: GatewayContext, input: MarkNotConsideredInput): Promise<string> {
  const ground = NOT_CONSIDERED_GROUNDS[input.reason];
  // Written to the audit after `alongside` has run, so a council's own ground can name its local policy there.
  const auditDetail: Record<string, string | boolean | string[] | null> = {
    ground: input.reason,
    source: ground.source,
    points: input.points ?? null,
    discretionExercised: input.discretionExercised ?? null,
    localGround: input.localGround ?? null,
  };
  return recordCaseEvent(context, {
    action: "markNotConsidered",
    caseId: input.caseId,
    version: input.version,
    event: {
      type: "not_considered",
      on: input.on,
      reason: input.reason,
      ...(input.detail ? { detail: input.detail } : {}),
      ...(input.points ? { points: input.points } : {}),
      ...(input.discretionExercised != null ? { discretionExercised: input.discretionExercised } : {}),
      ...(input.childViews ? { childViews: input.childViews } : {}),
      ...(input.decidedBy ? { decidedBy: input.decidedBy } : {}),
      ...(input.localGround ? { localGround: input.localGround } : {}),
    },
    auditDetail,
    alongside: async (tx, row, derived) => {
      if (input.points) await checkPoints(tx, row, input.points);
      if (input.localGround) {
        const { receivedOn } = await tx.case.findUniqueOrThrow({
          where: { councilId_id: { councilId: row.councilId, id: row.id } },
          select: { receivedOn: true },
        });
        const entry = await classifyLocalCode(
          tx,
          row.councilId,
          "not_considered_reason",
          input.localGround,
          isoFromDate(receivedOn),
          ["input", "localGround"],
          {
            given: input.reason,
            field: ["input", "reason"],
          },
        );
        const { policy } = await tx.vocabularyEntry.findUniqueOrThrow({
          where: { councilId_id: { councilId: row.councilId, id: entry.entryId } },
          select: { policy: true },
        });
        auditDetail.source = localGroundSource(policy, ground.source);
        // The case's own ground, for reports, when this decision ends the case (./store-derived-state.ts keeps the canonical).
        if (derived.notConsidered)
          await tx.case.update({
            where: { councilId_id: { councilId: row.councilId, id: row.id } },
            data: { localNotConsideredReason: input.localGround },
          });
      }
    },
  });
}
