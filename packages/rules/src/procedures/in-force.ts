import { compareDates, type IsoDate } from "../dates/iso-date";
import type { ProcedureId } from "../vocabulary/canonical";
import { adultSocialCareProcedure, publicHealthProcedure } from "./adult-and-public-health";
import { childrensStatutoryProcedure } from "./childrens-statutory";
import { lgscoComplaintHandlingCode } from "./corporate";
import type { ProcedureDefinition } from "./definition";

/**
 * The statutory procedure definitions with the dates they are in force from. A change in the law (for example
 * "Stage 1 becomes 15 working days for complaints received from 1 April 2028") is one new dated entry here and no
 * other edit: a case runs under the definition in force on the day it was received, before the council's own
 * targets are applied (./settings.ts resolveProcedure).
 */
export interface DatedDefinition {
  /** The first day of receipt the definition applies to. */
  from: IsoDate;
  definition: ProcedureDefinition;
}

export type ProcedureHistory = Readonly<Record<ProcedureId, readonly DatedDefinition[]>>;

export const PROCEDURE_HISTORY: ProcedureHistory = {
  // SI 2006/1738 came into force on 1 September 2006.
  childrens_statutory: [{ from: "2006-09-01", definition: childrensStatutoryProcedure }],
  // SI 2009/309 came into force on 1 April 2009.
  adult_social_care: [{ from: "2009-04-01", definition: adultSocialCareProcedure }],
  public_health: [{ from: "2009-04-01", definition: publicHealthProcedure }],
  // The council's corporate procedure without its own configuration: the LGSCO Complaint Handling Code's timescales.
  corporate: [{ from: "2000-01-01", definition: lgscoComplaintHandlingCode }],
};

/**
 * The definition of procedure `id` in force for a case received `on` (the latest entry from on or before that
 * day; the earliest entry for a day before them all). Without a date, the latest entry.
 */
export function definitionInForce(id: ProcedureId, on?: IsoDate, history: ProcedureHistory = PROCEDURE_HISTORY): ProcedureDefinition {
  const entries = [...history[id]].sort((a, b) => compareDates(a.from, b.from));
  // Every procedure has at least one entry (PROCEDURE_HISTORY is complete by its type).
  const first = entries[0] as DatedDefinition;
  if (on === undefined) return (entries.at(-1) ?? first).definition;
  return (entries.filter((e) => compareDates(e.from, on) <= 0).at(-1) ?? first).definition;
}
