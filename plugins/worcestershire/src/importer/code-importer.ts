import { type CsvRecord, ImportError, type ImportedCaseInput, readCsv } from "@csc/council-kit";
import { type CaseEventInput, compareDates, type LgscoDecision, type NotConsideredReason, type Outcome, type ProcedureId } from "@csc/rules";
import { EXPORT_COLUMNS } from "./export-format";
import { kinds, lgscoDecisions, notConsideredReasons, outcomes, procedures, reasonCategories, teams } from "../vocabularies";

/**
 * Reads the Consumer Relations Unit export (./export-format.ts) into ImportedCase inputs: local codes kept as
 * the council records them, the lifecycle rebuilt as events from the export's dates. Bad input throws an
 * ImportError naming the row and column (never the value, which could be personal data).
 */

/** SI 2006/1738 reg 14: Stage 1 may be extended to 20 working days in all. */
const STAGE1_EXTENDED_WORKING_DAYS = 20;
/** SI 2006/1738 regs 16–17: Stage 2 may be extended to 65 working days from the agreed statement. */
const STAGE2_EXTENDED_WORKING_DAYS = 65;

const KIND_CODES = new Set<string>(kinds.map((k) => k.code));
const TEAM_CODES = new Set<string>(teams.map((t) => t.code));
const REASON_CODES = new Set<string>(reasonCategories.map((r) => r.code));
const OUTCOME_CANONICAL = new Map<string, Outcome>(outcomes.map((o) => [o.code, o.canonical]));
const LGO_CANONICAL = new Map<string, LgscoDecision>(lgscoDecisions.map((d) => [d.code, d.canonical]));
const NOT_CONSIDERED_CANONICAL = new Map<string, NotConsideredReason>(notConsideredReasons.map((r) => [r.code, r.canonical]));
const PROCEDURE_CANONICAL = new Map<string, ProcedureId>(procedures.map((p) => [p.code, p.canonical]));

function known(record: CsvRecord, column: string, value: string, codes: ReadonlySet<string>): string {
  if (!codes.has(value)) {
    throw new ImportError(`is not a known code; expected one of ${[...codes].join(", ")}`, record.row, column);
  }
  return value;
}

function outcomeOf(record: CsvRecord, column: string): { local: string; canonical: Outcome } | null {
  const local = record.optional(column);
  if (local === null) return null;
  const canonical = OUTCOME_CANONICAL.get(local);
  if (canonical === undefined) {
    throw new ImportError(`is not a known outcome code; expected one of ${[...OUTCOME_CANONICAL.keys()].join(", ")}`, record.row, column);
  }
  return { local, canonical };
}

/** A date column that must not be before `after` (the rules engine would reject the case later, less clearly). */
function dateNotBefore(record: CsvRecord, column: string, after: { column: string; on: string } | null): string | null {
  const on = record.date(column);
  if (on !== null && after !== null && compareDates(on, after.on) < 0) {
    throw new ImportError(`is before "${after.column}"; a case's dates must follow its procedure`, record.row, column);
  }
  return on;
}

function requireWith(record: CsvRecord, column: string, needed: string): void {
  if (record.optional(column) === null) {
    throw new ImportError(`is empty, but "${needed}" is filled in; both are needed`, record.row, column);
  }
}

interface Points {
  readonly ids: string[];
  outcomes(outcome: Outcome): { pointId: string; outcome: Outcome }[];
}

function pointsOf(ids: string[]): Points {
  return { ids, outcomes: (outcome) => ids.map((pointId) => ({ pointId, outcome })) };
}

function stageEvents(record: CsvRecord, received: string, points: Points): CaseEventInput[] {
  const events: CaseEventInput[] = [];
  const at = (column: string, on: string | null) => (on === null ? null : { column, on });

  events.push({ type: "stage_started", on: received, stage: "stage1" });
  const suspended = dateNotBefore(record, "S1 Suspended", at("Received", received));
  if (suspended !== null) {
    const reason = record.required("S1 Suspension Reason");
    events.push({ type: "suspended", on: suspended, reason });
    const resumed = dateNotBefore(record, "S1 Resumed", at("S1 Suspended", suspended));
    if (resumed !== null) events.push({ type: "resumed", on: resumed });
  } else if (record.optional("S1 Resumed") !== null) {
    requireWith(record, "S1 Suspended", "S1 Resumed");
  }
  const extended = dateNotBefore(record, "S1 Extended", at("Received", received));
  if (extended !== null) {
    events.push({
      type: "extension_agreed",
      on: extended,
      stage: "stage1",
      totalWorkingDays: STAGE1_EXTENDED_WORKING_DAYS,
      reason: "Stage 1 extended to 20 working days (SI 2006/1738 reg 14)",
    });
  }
  const s1Response = dateNotBefore(record, "S1 Response", at("Received", received));
  const s1Outcome = outcomeOf(record, "S1 Outcome");
  if (s1Response !== null) {
    if (s1Outcome === null) requireWith(record, "S1 Outcome", "S1 Response");
    else events.push({ type: "response_sent", on: s1Response, stage: "stage1", outcomes: points.outcomes(s1Outcome.canonical) });
  }

  const s2Requested = dateNotBefore(record, "S2 Requested", at("S1 Response", s1Response));
  if (s2Requested !== null) {
    if (s1Response === null) requireWith(record, "S1 Response", "S2 Requested");
    events.push({ type: "escalation_requested", on: s2Requested, to: "stage2" });
    const agreed = dateNotBefore(record, "S2 Statement Agreed", at("S2 Requested", s2Requested));
    if (agreed !== null) {
      events.push({ type: "statement_agreed", on: agreed });
      const s2Extended = dateNotBefore(record, "S2 Extended", at("S2 Statement Agreed", agreed));
      if (s2Extended !== null) {
        events.push({
          type: "extension_agreed",
          on: s2Extended,
          stage: "stage2",
          totalWorkingDays: STAGE2_EXTENDED_WORKING_DAYS,
          reason: "Stage 2 extended towards 65 working days (SI 2006/1738 regs 16-17)",
        });
      }
      const adjudication = dateNotBefore(record, "S2 Adjudication", at("S2 Statement Agreed", agreed));
      const s2Outcome = outcomeOf(record, "S2 Outcome");
      if (adjudication !== null) {
        if (s2Outcome === null) requireWith(record, "S2 Outcome", "S2 Adjudication");
        // The Stage 2 response is the adjudication, with the adjudicating officer's decision on each point.
        else events.push({ type: "adjudication_sent", on: adjudication, outcomes: points.outcomes(s2Outcome.canonical) });
        const s3Requested = dateNotBefore(record, "S3 Requested", at("S2 Adjudication", adjudication));
        if (s3Requested !== null) {
          // The request for a review panel is the escalation to Stage 3 (its clock starts there, SI 2006/1738 reg 19).
          events.push({ type: "escalation_requested", on: s3Requested, to: "stage3" });
          const held = dateNotBefore(record, "S3 Panel Held", at("S3 Requested", s3Requested));
          if (held !== null) events.push({ type: "panel_held", on: held });
          const reported = dateNotBefore(record, "S3 Panel Report", at("S3 Panel Held", held));
          if (reported !== null) events.push({ type: "panel_reported", on: reported });
          const responded = dateNotBefore(record, "S3 Council Response", at("S3 Panel Report", reported));
          if (responded !== null) events.push({ type: "council_responded", on: responded });
        }
      }
    } else if (record.optional("S2 Adjudication") !== null) {
      requireWith(record, "S2 Statement Agreed", "S2 Adjudication");
    }
  }
  return events;
}

function lgoEvents(record: CsvRecord, after: { column: string; on: string }): CaseEventInput[] {
  const referred = dateNotBefore(record, "LGO Referred", after);
  if (referred === null) {
    if (record.optional("LGO Decided") !== null) requireWith(record, "LGO Referred", "LGO Decided");
    return [];
  }
  const events: CaseEventInput[] = [{ type: "lgsco_referred", on: referred }];
  const decided = dateNotBefore(record, "LGO Decided", { column: "LGO Referred", on: referred });
  if (decided !== null) {
    const code = record.optional("LGO Decision");
    if (code === null) requireWith(record, "LGO Decision", "LGO Decided");
    else events.push({ type: "lgsco_decided", on: decided, decision: lookup(record, "LGO Decision", code, LGO_CANONICAL) });
  }
  return events;
}

function lookup<T>(record: CsvRecord, column: string, code: string, map: ReadonlyMap<string, T>): T {
  const value = map.get(code);
  if (value === undefined) {
    throw new ImportError(`is not a known code; expected one of ${[...map.keys()].join(", ")}`, record.row, column);
  }
  return value;
}

function endEvents(record: CsvRecord, received: string): CaseEventInput[] {
  const after = { column: "Received", on: received };
  const events: CaseEventInput[] = [];
  const notConsidered = dateNotBefore(record, "Not Considered", after);
  if (notConsidered !== null) {
    const code = record.required("Not Considered Reason");
    events.push({ type: "not_considered", on: notConsidered, reason: lookup(record, "Not Considered Reason", code, NOT_CONSIDERED_CANONICAL) });
  }
  const withdrawn = dateNotBefore(record, "Withdrawn", after);
  if (withdrawn !== null) events.push({ type: "withdrawn", on: withdrawn });
  const closed = dateNotBefore(record, "Closed", after);
  if (closed !== null) events.push({ type: "closed", on: closed });
  return events;
}

function yesNo(record: CsvRecord, column: string): boolean | null {
  return record.boolean(column);
}

function toImportedCase(record: CsvRecord): ImportedCaseInput {
  const kind = known(record, "Type", record.required("Type"), KIND_CODES);
  const received = record.date("Received");
  if (received === null) throw new ImportError("is empty; a value is required", record.row, "Received");
  const caseTeams = record.list("Teams").map((code) => known(record, "Teams", code, TEAM_CODES));
  const nature = record.list("Nature").map((code) => known(record, "Nature", code, REASON_CODES));
  const points = pointsOf(nature.map((_, i) => `P${i + 1}`));
  if (kind === "COMPLAINT" && record.optional("S1 Response") !== null && nature.length === 0) {
    throw new ImportError("is empty; a complaint with a response needs at least one point (nature) of complaint", record.row, "Nature");
  }

  const events: CaseEventInput[] = [{ type: "received", on: received }];
  const acknowledged = dateNotBefore(record, "Acknowledged", { column: "Received", on: received });
  if (acknowledged !== null) events.push({ type: "acknowledged", on: acknowledged });
  const procedure = record.optional("Procedure");
  if (procedure !== null) {
    // The Consumer Relations Unit decides the procedure on receipt.
    events.push({ type: "procedure_decided", on: received, procedure: lookup(record, "Procedure", procedure, PROCEDURE_CANONICAL) });
  }
  if (kind === "COMPLAINT") events.push(...stageEvents(record, received, points));
  events.push(...lgoEvents(record, { column: "Received", on: received }));
  events.push(...endEvents(record, received));
  // Stable: events on the same day keep the procedure's order.
  const ordered = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareDates(a.e.on, b.e.on) || a.i - b.i)
    .map((x) => x.e);

  const s1 = outcomeOf(record, "S1 Outcome");
  const s2 = outcomeOf(record, "S2 Outcome");
  return {
    externalId: record.required("Reference"),
    kind,
    procedure,
    receivedOn: received,
    channel: record.optional("Channel"),
    complainantType: record.optional("Complainant Type"),
    madeByChild: yesNo(record, "Made By Child") ?? false,
    advocacy: {
      offered: yesNo(record, "Advocacy Offered"),
      taken: yesNo(record, "Advocate Supporting"),
      provider: record.optional("Advocacy Provider"),
    },
    teams: caseTeams,
    points: nature.map((code, i) => ({ id: points.ids[i] ?? `P${i + 1}`, category: code, reason: null })),
    localOutcomes: { ...(s1 ? { stage1: s1.local } : {}), ...(s2 ? { stage2: s2.local } : {}) },
    notConsideredReason: record.optional("Not Considered Reason"),
    lgscoDecision: record.optional("LGO Decision"),
    equalities: { ageBand: record.optional("Age Band") },
    events: ordered,
  };
}

/** Parses the whole export; the first bad cell stops the import with an error naming its row and column. */
export function parseExport(text: string): ImportedCaseInput[] {
  const records = readCsv(text, EXPORT_COLUMNS);
  const seen = new Map<string, number>();
  return records.map((record) => {
    const imported = toImportedCase(record);
    const first = seen.get(imported.externalId);
    if (first !== undefined) throw new ImportError(`repeats the reference of row ${first}`, record.row, "Reference");
    seen.set(imported.externalId, record.row);
    return imported;
  });
}
