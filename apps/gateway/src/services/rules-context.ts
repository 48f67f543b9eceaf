import { councilRulesContext, type CouncilRules, type IsoDate, type LifecycleContext, isoFromDate } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { councilProceduresOf } from "./procedure-settings";

const iso = (date: Date): IsoDate => isoFromDate(date);

/** A council row as stored, with its local closure days (local_closure_day). */
interface CouncilRow {
  id: string;
  name: string;
  settings: unknown;
  closureDays: ReadonlyArray<{ day: Date; label: string }>;
}

/** What a Prisma query selects for councilRulesOf. */
export const COUNCIL_RULES_SELECT = {
  id: true,
  name: true,
  settings: true,
  closureDays: { select: { day: true, label: true }, orderBy: { day: "asc" } },
} as const;

/** The council's rules as @csc/rules takes them: its procedure settings (council.settings) and local closure days. */
export function councilRulesOf(council: CouncilRow): CouncilRules {
  return {
    id: council.id,
    name: council.name,
    procedures: councilProceduresOf(council.settings),
    localClosureDays: council.closureDays.map((c) => ({ date: iso(c.day), reason: c.label || "local closure day (council policy)" })),
  };
}

/**
 * The council's rules context on `asOf` (@csc/rules councilRulesContext): its procedure settings and its calendar,
 * England and Wales working days less its local closure days. Every live derivation (recording feedback, each
 * lifecycle event, allowed actions, re-derivation after a calendar change) runs in it.
 */
export async function loadRulesContext(tx: CouncilTransaction, councilId: string, asOf: IsoDate): Promise<LifecycleContext> {
  return councilRulesContext(await loadCouncilRules(tx, councilId), asOf);
}

/** The council's rules as data (no calendar object yet): what an import's worker thread builds its rules context from. */
export async function loadCouncilRules(tx: CouncilTransaction, councilId: string): Promise<CouncilRules> {
  const council = await tx.council.findUniqueOrThrow({ where: { id: councilId }, select: COUNCIL_RULES_SELECT });
  return councilRulesOf(council);
}
