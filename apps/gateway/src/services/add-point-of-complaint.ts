import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";
import type { AddPointOfComplaintInput } from "./inputs";
import { bumpVersion, lockCase } from "./record-case-event";

/** Adds a point of complaint with its reason; what the complainant said about it is kept apart (personal data). */
export async function addPointOfComplaint(context: GatewayContext, input: AddPointOfComplaintInput): Promise<string> {
  const { viewer, councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const row = await lockCase(tx, councilId, input);
    const seq = (await tx.pointOfComplaint.count({ where: { councilId, caseId: row.id } })) + 1;
    const pointRef = String(seq);
    await tx.pointOfComplaint.create({
      data: { councilId, caseId: row.id, pointRef, seq, theme: input.reasonTheme, reasonCode: input.localReason ?? null },
    });
    await tx.caseNarrative.create({
      data: { councilId, caseId: row.id, kind: "point", pointRef, text: input.summary, authorId: viewer.userId },
    });
    await bumpVersion(tx, row);
    await writeAudit(tx, context, { action: "addPointOfComplaint", caseId: row.id, detail: { pointRef } });
    return row.id;
  });
}
