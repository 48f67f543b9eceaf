import { type GroundDecision, caseEventSchema, groundDecision } from "@csc/rules";
import type { GatewayContext } from "../context";
import { eventsFromRows } from "./case-history";
import { councilScope } from "./council-scope";

/** A decision not to consider, as the case page shows it: the rules' decision plus the council's words for its own ground. */
export interface GroundDecisionView extends GroundDecision {
  localGroundLabel: string | null;
}

/** The source of a council's own ground: the local policy its vocabulary entry names. */
export function localGroundSource(policy: string | null | undefined, fallback: string): string {
  return policy ? `${policy} (local policy)` : fallback;
}

/**
 * The case's decisions not to consider (whole or in part), each with the law or policy that gives its ground
 * (@csc/rules groundDecision), read from its event log; a council's own ground carries its label from the
 * council's "Reasons not considered" vocabulary, and its source is the local policy that entry names. No personal data: the detail and the child's views stay apart.
 */
export async function readGroundDecisions(context: GatewayContext, caseId: string): Promise<GroundDecisionView[]> {
  const { prisma, councilId } = councilScope(context);
  const rows = await prisma.caseEvent.findMany({ where: { councilId, caseId, type: "not_considered" }, orderBy: { seq: "asc" } });
  const decisions: GroundDecisionView[] = [];
  for (const input of eventsFromRows(rows)) {
    const event = caseEventSchema.parse(input);
    if (event.type !== "not_considered") continue;
    const decision = groundDecision(event);
    const entry = decision.localGround
      ? await prisma.vocabularyEntry.findFirst({
          where: { councilId, code: decision.localGround, version: { kind: "not_considered_reason" } },
          orderBy: { version: { effectiveFrom: "desc" } },
          select: { label: true, policy: true },
        })
      : null;
    decisions.push({
      ...decision,
      source: entry ? localGroundSource(entry.policy, decision.source) : decision.source,
      localGroundLabel: entry?.label ?? null,
    });
  }
  return decisions;
}
