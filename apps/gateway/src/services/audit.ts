import { auditRole } from "../auth/viewer";
import type { GatewayContext } from "../context";
import type { AuditWriter } from "../db/client";

/** The audit actions the gateway records: every mutation by name, and reads of a case's personal data. */
export type AuditAction = string;

export interface AuditEntry {
  action: AuditAction;
  caseId?: string | null;
  /** Non-personal detail only: field names, counts, codes (codes before and after a change by field). Never a value about a person. */
  detail?: Record<string, string | number | boolean | null | string[] | Record<string, string | null>>;
  /** Who acted, when it is not the signed-in viewer (a member of the public using a council's online form). */
  actor?: { councilId: string; actorId: string | null; actorRole: string };
}

/** Appends one record to the append-only audit log (who, role, council, what, which case, when). */
export async function writeAudit(client: AuditWriter, context: GatewayContext, entry: AuditEntry): Promise<void> {
  const viewer = context.viewer;
  const actor = entry.actor ?? {
    councilId: viewer?.councilId ?? "platform",
    actorId: viewer?.userId ?? null,
    actorRole: viewer ? auditRole(viewer) : "anonymous",
  };
  await client.auditLog.create({
    data: {
      councilId: actor.councilId,
      actorId: actor.actorId,
      actorRole: actor.actorRole,
      action: entry.action,
      caseId: entry.caseId ?? null,
      requestId: context.requestId,
      detail: entry.detail ?? {},
    },
  });
}
