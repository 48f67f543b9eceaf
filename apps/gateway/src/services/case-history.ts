import { LifecycleError, ProcedureSettingsError, allowedEventOptions, councilRulesContext, deriveCase, isoFromDate } from "@csc/rules";
import type { AllowedEvent, CaseEventInput, CouncilRules, FeedbackKind, IsoDate } from "@csc/rules";
import { actionDetailsFor, actionsFor } from "./case-actions";
import type { AllowedAction } from "./case-actions";
import { payloadForRules } from "./event-text";
import { councilProceduresOf } from "./procedure-settings";

/** The council's rules, or only its stored settings (England and Wales calendar). */
type RulesOf = CouncilRules | { settings: unknown };

function rulesOf(council: RulesOf): CouncilRules {
  return "settings" in council
    ? { id: "council", name: "council", procedures: councilProceduresOf(council.settings), localClosureDays: [] }
    : council;
}

/** A stored event row (case_event) as the rules engine reads it: `{ type, on, ...payload }`. */
interface StoredEvent {
  type: string;
  on: Date;
  payload: unknown;
}

function isoOf(date: Date): IsoDate {
  return isoFromDate(date);
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
 * What the rules engine allows on a case now (`allowedEventOptions`: each event with its stage). A stored
 * history the engine no longer accepts (e.g. imported events dated after today) or settings the rules cannot
 * apply allow nothing rather than failing the whole query.
 */
function allowedOptionsOf(events: CaseEventInput[], asOf: IsoDate, council: RulesOf = { settings: {} }, kind?: FeedbackKind): AllowedEvent[] {
  try {
    return allowedEventOptions(deriveCase(events, { ...councilRulesContext(rulesOf(council), asOf), ...(kind ? { kind } : {}) }));
  } catch (error) {
    if (error instanceof LifecycleError || error instanceof ProcedureSettingsError) return [];
    throw error;
  }
}

/** The mutations the rules engine allows on a case now (`Case.allowedActions`). */
export function allowedActionsOf(events: CaseEventInput[], asOf: IsoDate, council?: RulesOf, kind?: FeedbackKind): string[] {
  return actionsFor(allowedOptionsOf(events, asOf, council, kind).map((option) => option.type));
}

/** The mutations the rules engine allows now with the stage each is for (`Case.allowedActionDetails`). */
export function allowedActionDetailsOf(events: CaseEventInput[], asOf: IsoDate, council?: RulesOf, kind?: FeedbackKind): AllowedAction[] {
  return actionDetailsFor(allowedOptionsOf(events, asOf, council, kind));
}
