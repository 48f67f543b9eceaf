import { roleAllows } from "../auth/roles";
import type { GatewayContext } from "../context";
import { auditPersonalDataRead } from "./read-personal-data";
import { writeAudit } from "./audit";

/** What a role that reads metadata only (auditors) sees in place of narrative about a child's case. */
export const NARRATIVE_WITHHELD = "[withheld: your role reads case metadata, not narrative]";

/**
 * Narrative written about a case (learning actions, review-panel recommendations): only roles that read personal
 * data see it, and every read is audited (once per case per request; without a case, once per record).
 */
export async function readNarrative(
  context: GatewayContext,
  text: string,
  about: { caseId: string | null; kind: "learning_action" | "panel_recommendation" | "recommendation"; id: string },
): Promise<string> {
  const viewer = context.viewer;
  if (!viewer?.councilId || !roleAllows(viewer.roles, "readPersonalData") || !context.prisma) return NARRATIVE_WITHHELD;
  if (about.caseId) {
    await auditPersonalDataRead(context, about.caseId);
  } else {
    const key = `${about.kind}:${about.id}`;
    if (!context.auditedReads.has(key)) {
      context.auditedReads.add(key);
      await writeAudit(context.prisma, context, { action: "read_narrative", detail: { kind: about.kind, id: about.id } });
    }
  }
  return text;
}
