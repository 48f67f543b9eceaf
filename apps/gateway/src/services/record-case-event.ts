import { LifecycleError, applyEvent, dateFromIso } from "@csc/rules";
import type { CaseEventInput, DerivedCase, FeedbackKind, LifecycleErrorCode } from "@csc/rules";
import { auditRole } from "../auth/viewer";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import type { CouncilTransaction } from "../db/client";
import { conflict, notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { eventsFromRows, payloadOf } from "./case-history";
import { councilScope, isRecordId } from "./council-scope";
import { storeEventText } from "./event-text";
import { rulesRefusal } from "./procedure-settings";
import { loadRulesContext } from "./rules-context";
import { storeDerivedState } from "./store-derived-state";

interface CaseChange {
  caseId: string;
  /** The version the officer saw; a stale one is refused with CONFLICT (optimistic locking). */
  version: number;
}

export interface CaseRow {
  councilId: string;
  id: string;
  version: number;
  kind: FeedbackKind;
}

interface EventChange extends CaseChange {
  /** The mutation's name, recorded in the audit log. */
  action: string;
  event: CaseEventInput;
  /** Extra rows the event implies (a review panel, an appointment...), written in the same transaction. */
  alongside?: (tx: CouncilTransaction, row: CaseRow, derived: DerivedCase) => Promise<unknown>;
  /** Non-personal detail for the audit record beside the event's type (codes, a legal source, point ids). */
  auditDetail?: Record<string, string | number | boolean | null | string[]>;
}

/**
 * Opens the case for a change in one council transaction: finds it (other councils' cases are NOT_FOUND),
 * takes the row lock and checks the version. Every case mutation goes through here or through recordCaseEvent.
 */
export async function lockCase(tx: CouncilTransaction, councilId: string, change: CaseChange): Promise<CaseRow> {
  if (!isRecordId(change.caseId)) throw notFound("Case");
  const rows = await tx.$queryRaw<Array<{ version: number }>>`
    SELECT version FROM case_record WHERE council_id = ${councilId} AND id = ${change.caseId}::uuid FOR UPDATE`;
  const locked = rows[0];
  if (!locked) throw notFound("Case");
  if (locked.version !== change.version) {
    throw conflict(
      `The case was changed by someone else (you had version ${change.version}, it is now version ${locked.version}). Reload it and try again.`,
    );
  }
  const row = await tx.case.findUniqueOrThrow({
    where: { councilId_id: { councilId, id: change.caseId } },
    select: { councilId: true, id: true, version: true, kind: true },
  });
  return row;
}

/** Bumps the version of a locked case (for changes that are not lifecycle events, e.g. allocation). */
export async function bumpVersion(tx: CouncilTransaction, row: CaseRow, data: Record<string, unknown> = {}) {
  await tx.case.update({
    where: { councilId_id: { councilId: row.councilId, id: row.id } },
    data: { ...data, version: { increment: 1 } },
  });
}

/** The rules refuse some events for their date alone (before receipt, after today): the error names the input's `on`. */
const DATE_REFUSALS: ReadonlySet<LifecycleErrorCode> = new Set(["before_receipt", "after_as_of"]);

function refusedField(error: unknown): string[] {
  return error instanceof LifecycleError && DATE_REFUSALS.has(error.code) ? ["input", "on"] : ["input"];
}

/**
 * Records one lifecycle event: the rules engine (@csc/rules applyEvent) checks it against the case's events
 * so far and derives the new state; the event is appended and the derived columns stored, with the audit
 * record, in one transaction. A refusal by the rules comes back as BAD_USER_INPUT with the engine's message.
 */
export async function recordCaseEvent(context: GatewayContext, change: EventChange): Promise<string> {
  const { viewer, councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const row = await lockCase(tx, councilId, change);
    const rules = await loadRulesContext(tx, councilId, context.asOf);
    const rows = await tx.caseEvent.findMany({ where: { councilId, caseId: row.id }, orderBy: { seq: "asc" } });
    let derived: DerivedCase;
    try {
      derived = applyEvent(eventsFromRows(rows), change.event, { ...rules, kind: row.kind });
    } catch (error) {
      throw rulesRefusal(error, refusedField(error)) ?? error;
    }
    // Free text (a suspension's reason...) goes to case_narrative; the event keeps a reference (./event-text.ts).
    const payload = await storeEventText(tx, { councilId, caseId: row.id, authorId: viewer.userId }, change.event.type, payloadOf(change.event));
    await tx.caseEvent.create({
      data: {
        councilId,
        caseId: row.id,
        seq: rows.length + 1,
        type: change.event.type,
        on: dateFromIso(change.event.on),
        payload: payload as object,
        actorId: viewer.userId,
        actorRole: auditRole(viewer),
      },
    });
    await storeDerivedState(tx, row, derived);
    if (change.alongside) await change.alongside(tx, row, derived);
    await writeAudit(tx, context, { action: change.action, caseId: row.id, detail: { event: change.event.type, ...change.auditDetail } });
    return row.id;
  });
}
