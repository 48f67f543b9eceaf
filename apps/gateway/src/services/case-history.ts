import { LifecycleError, ProcedureSettingsError, allowedEvents, deriveCase } from "@csc/rules";
import type { CaseEventInput, IsoDate } from "@csc/rules";
import { actionsFor } from "./case-actions";
import { payloadForRules } from "./event-text";
import { councilProceduresOf } from "./procedure-settings";

/** A stored event row (case_event) as the rules engine reads it: `{ type, on, ...payload }`. */
export interface StoredEvent {
  type: string;
  on: Date;
  payload: unknown;
}

export function isoOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function eventsFromRows(rows: ReadonlyArray<StoredEvent>): CaseEventInput[] {
  return rows.map((row) => {
    const payload = typeof row.payload === "object" && row.payload !== null ? (row.payload as Record<string, unknown>) : {};
    return { ...payloadForRules(row.type, payload), type: row.type, on: isoOf(row.on) } as CaseEventInput;
  });
}

/** What an event stores besides its type and date. */
export function payloadOf(event: CaseEventInput): Record<string, unknown> {
  const { type: _type, on: _on, ...rest } = event as CaseEventInput & Record<string, unknown>;
  return rest;
}

/**
 * The mutations the rules engine allows on a case now. A stored history the engine no longer accepts (e.g.
 * imported events dated after today) or settings the rules cannot apply allow nothing rather than failing the
 * whole query.
 */
export function allowedActionsOf(events: CaseEventInput[], asOf: IsoDate, councilSettings: unknown = {}): string[] {
  try {
    const derived = deriveCase(events, { procedures: councilProceduresOf(councilSettings), asOf });
    return actionsFor(allowedEvents(derived));
  } catch (error) {
    if (error instanceof LifecycleError || error instanceof ProcedureSettingsError) return [];
    throw error;
  }
}
