import { createCouncilCalendar, englandAndWales, type Calendar } from "../calendar/index";
import type { IsoDate } from "../dates/iso-date";
import type { ProcedureDefinition } from "../procedures/definition";
import type { ProcedureSettingsInput } from "../procedures/settings";
import type { ProcedureId } from "../vocabulary/canonical";
import type { LifecycleContext } from "./derive";

/** What a council says about how it runs its procedures: its own targets per procedure and its local closure days. */
export interface CouncilRules {
  id: string;
  name: string;
  /** The council's settings (or definitions) per procedure; a procedure it says nothing about runs as defined. */
  procedures: Partial<Record<ProcedureId, ProcedureDefinition | ProcedureSettingsInput>>;
  /** Days the council closes besides the statutory non-working days (SI 2006/1738 reg 2), with the reason. */
  localClosureDays: ReadonlyArray<{ date: IsoDate; reason: string }>;
}

/**
 * The calendar a council's clocks run on: England and Wales working days (SI 2006/1738 reg 2) less the council's
 * local closure days (kept apart, so `nonWorkingReason` says "local closure").
 */
export function councilCalendarOf(council: Pick<CouncilRules, "id" | "name" | "localClosureDays">): Calendar {
  if (council.localClosureDays.length === 0) return englandAndWales;
  return createCouncilCalendar({ id: council.id, name: council.name, localClosureDays: [...council.localClosureDays] });
}

/**
 * The one rules context for a council on a date: the procedure definitions with the council's own targets, and
 * its calendar. Live mutations, the importer and re-derivation after a calendar change all derive in it.
 */
export function councilRulesContext(council: CouncilRules, asOf: IsoDate): LifecycleContext {
  return { procedures: council.procedures, calendar: councilCalendarOf(council), asOf };
}
