import { isoFromDate, reasonThemeSchema } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { writeAudit } from "./audit";
import { classifyLocalCode } from "./classify-feedback";
import { councilScope } from "./council-scope";
import type { AddPointOfComplaintInput } from "./inputs";
import { bumpVersion, lockCase } from "./record-case-event";

/**
 * Adds a point of complaint with its reason; what the complainant said about it is kept apart (personal data).
 * A council's own reason code is classified by its reason taxonomy in force on the day the case was received,
 * as recordFeedback does: a code not in force is BAD_USER_INPUT naming localReason.
 */
export async function addPointOfComplaint(context: GatewayContext, input: AddPointOfComplaintInput): Promise<string> {
  const { viewer, councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const row = await lockCase(tx, councilId, input);
    const seq = (await tx.pointOfComplaint.count({ where: { councilId, caseId: row.id } })) + 1;
    const pointRef = String(seq);
    const { receivedOn } = await tx.case.findUniqueOrThrow({ where: { councilId_id: { councilId, id: row.id } }, select: { receivedOn: true } });
    const reason = input.localReason
      ? await classifyLocalCode(tx, councilId, "reason_taxonomy", input.localReason, isoFromDate(receivedOn), ["input", "localReason"], {
          given: input.reasonTheme,
          field: ["input", "reasonTheme"],
        })
      : null;
    await tx.pointOfComplaint.create({
      data: {
        councilId,
        caseId: row.id,
        pointRef,
        seq,
        theme: reason ? reasonThemeSchema.parse(reason.canonical) : input.reasonTheme,
        // A top-level entry of the taxonomy is a category; any other is a reason under its parent category.
        categoryCode: reason ? (reason.parentCode ?? reason.code) : null,
        reasonCode: reason?.parentCode ? reason.code : null,
        reasonEntryId: reason?.entryId ?? null,
      },
    });
    await tx.caseNarrative.create({
      data: { councilId, caseId: row.id, kind: "point", pointRef, text: input.summary, authorId: viewer.userId },
    });
    await bumpVersion(tx, row);
    await writeAudit(tx, context, { action: "addPointOfComplaint", caseId: row.id, detail: { pointRef } });
    return row.id;
  });
}
