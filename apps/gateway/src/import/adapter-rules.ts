import { isDeepStrictEqual } from "node:util";
import { toRulesSettings, type CouncilAdapter } from "@csc/council-kit";
import { isoFromDate } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";

/**
 * The procedure settings a council is created with from its adapter (ensureCouncilFromAdapter): the children's
 * statutory targets, plus the corporate procedure when the council has one, in the shape the gateway's case
 * mutations read from council.settings.
 */
export function adapterSettings(adapter: CouncilAdapter): Record<string, unknown> {
  return { ...toRulesSettings(adapter.procedures, "childrens_statutory"), ...toRulesSettings(adapter.procedures, "corporate") };
}

/**
 * Whether a registered council still runs on the rules its adapter created it with: its stored procedure settings
 * and local closure days are the adapter's. Its records are then derived once, in its stored rules, for their facts
 * and their stored rows alike (case-rows.ts); a council whose administrators changed either has each record's
 * facts derived in the adapter's settings, as it published, and its stored rows in its own rules.
 */
export async function runsAdapterRules(tx: CouncilTransaction, adapter: CouncilAdapter): Promise<boolean> {
  const council = await tx.council.findUnique({
    where: { id: adapter.id },
    select: { settings: true, closureDays: { select: { day: true } } },
  });
  if (!council) return false;
  // As JSON stores it: keys whose value is undefined are left out.
  const created = JSON.parse(JSON.stringify(adapterSettings(adapter))) as unknown;
  const stored = [...new Set(council.closureDays.map((c) => isoFromDate(c.day)))].sort();
  const closures = [...new Set(adapter.procedures.localClosureDays)].sort();
  return isDeepStrictEqual(council.settings, created) && isDeepStrictEqual(stored, closures);
}
