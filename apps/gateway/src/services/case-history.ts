import { LifecycleError, allowedEvents, deriveCase } from "@csc/rules";
import type { CaseEventInput, IsoDate, ProcedureSettingsInput } from "@csc/rules";
import { actionsFor } from "./case-actions";

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
    const payload = typeof row.payload === "object" && row.payload !== null ? row.payload : {};
    return { ...payload, type: row.type, on: isoOf(row.on) } as CaseEventInput;
  });
}

/** What an event stores besides its type and date. */
export function payloadOf(event: CaseEventInput): Record<string, unknown> {
  const { type: _type, on: _on, ...rest } = event as CaseEventInput & Record<string, unknown>;
  return rest;
}

/**
 * The council's procedure settings (acknowledgement target, corporate timescales, local targets). The rules
 * engine resolves them for whichever procedure the case's events decide, within the statutory maxima.
 */
export function procedureSettingsOf(councilSettings: unknown): ProcedureSettingsInput {
  return (typeof councilSettings === "object" && councilSettings !== null ? councilSettings : {}) as ProcedureSettingsInput;
}

/**
 * The mutations the rules engine allows on a case now. A stored history the engine no longer accepts (e.g.
 * imported events dated after today) allows nothing rather than failing the whole query.
 */
export function allowedActionsOf(events: CaseEventInput[], asOf: IsoDate, councilSettings: unknown = {}): string[] {
  try {
    const derived = deriveCase(events, { procedure: procedureSettingsOf(councilSettings), asOf });
    return actionsFor(allowedEvents(derived));
  } catch (error) {
    if (error instanceof LifecycleError) return [];
    throw error;
  }
}
