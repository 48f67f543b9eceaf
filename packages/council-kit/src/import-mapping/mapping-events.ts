import {
  type CaseEventInput,
  childrensStatutoryProcedure,
  compareDates,
  type IsoDate,
  type LgscoDecision,
  type NotConsideredReason,
  type Outcome,
  type ProcedureId,
  type Stage,
  stageDefinition,
  stageName,
} from "@csc/rules";
import type { ImportMapping, MappedEvent } from "./mapping-schema";
import type { MappingRow, ReadCode } from "./mapping-row";
import { FIELD_VOCABULARY } from "./mapping-vocabularies";

/** What the events of one row need from its fields. */
interface RowFacts {
  readonly receivedOn: IsoDate;
  /** The row's canonical kind (null when the council's kinds are not known). */
  readonly kind: string | null;
  /** The row's procedure code (its column, or the mapping's complaintProcedure for a complaint). */
  readonly procedure: ReadCode | null;
  readonly pointIds: readonly string[];
  /** The column the points come from (named when a response has none). */
  readonly pointsColumn: string | null;
}

/** A stage's timescale clock in the rules' statutory procedure (SI 2006/1738). */
function timescaleClock(stage: Stage) {
  const definition = stageDefinition(childrensStatutoryProcedure, stage);
  return definition?.clocks.find((c) => c.id === definition.timescaleClock);
}

/** The statutory maximum of a stage's timescale (SI 2006/1738, from the rules' statutory procedure). */
function statutoryMaximum(stage: Stage): number | null {
  const clock = timescaleClock(stage);
  return clock?.maxWorkingDays ?? clock?.workingDays ?? null;
}

/** An extended total read from a column: more than the stage's timescale, at most its statutory maximum. */
function extendedTotal(row: MappingRow, column: string, stage: Stage): number | null {
  const total = row.integer(column);
  if (total === null) return null;
  const clock = timescaleClock(stage);
  const [min, max] = [(clock?.workingDays ?? 0) + 1, clock?.maxWorkingDays ?? 400];
  if (total < min || total > max) {
    row.fail(column, `must be a whole number of working days from ${min} to ${max}${clock ? ` (${clock.source})` : ""}`);
  }
  return total;
}

/** A field an event needs, filled in whenever the event's date is. */
function needed(row: MappingRow, column: string, dateColumn: string): string {
  return row.text(column) ?? row.fail(column, `is empty, but "${dateColumn}" is filled in; both are needed`);
}

function stageOutcomes(row: MappingRow, mapping: ImportMapping, stage: Stage, spec: MappedEvent, facts: RowFacts, required: boolean) {
  const field = mapping.outcomes[stage];
  if (field === undefined) return undefined;
  if (!required && row.text(field.column) === null) return undefined;
  const local = needed(row, field.column, spec.date);
  const outcome = row.canonical(field, FIELD_VOCABULARY.outcomes, row.code(field, FIELD_VOCABULARY.outcomes, local)) as Outcome;
  if (facts.pointIds.length === 0) {
    row.fail(facts.pointsColumn ?? spec.date, "is empty; a response needs at least one point of complaint to give its outcome");
  }
  return facts.pointIds.map((pointId) => ({ pointId, outcome }));
}

function eventOf(row: MappingRow, mapping: ImportMapping, spec: MappedEvent, on: IsoDate, facts: RowFacts): CaseEventInput | null {
  switch (spec.type) {
    case "procedure_decided": {
      const read = facts.procedure;
      if (read === null) return null;
      const procedure = read.canonical ?? row.fail(spec.date, "cannot be mapped: the council has no procedures vocabulary");
      return { type: spec.type, on, procedure: procedure as ProcedureId };
    }
    case "stage_started":
      return { type: spec.type, on, stage: spec.stage };
    case "extension_agreed": {
      const fromColumn = spec.totalWorkingDaysColumn === undefined ? undefined : extendedTotal(row, spec.totalWorkingDaysColumn, spec.stage);
      if (fromColumn === null) return null;
      const total =
        fromColumn ?? spec.totalWorkingDays ?? statutoryMaximum(spec.stage) ?? row.fail(spec.date, "has no timescale to extend to at this stage");
      return {
        type: spec.type,
        on,
        stage: spec.stage,
        totalWorkingDays: total,
        reason: spec.reason ?? `${stageName(spec.stage)} extended to ${total} working days`,
      };
    }
    case "suspended": {
      const reason = spec.reasonColumn !== undefined ? row.required(spec.reasonColumn) : (spec.reason ?? "Suspended (from the imported export)");
      return { type: spec.type, on, reason };
    }
    case "response_sent": {
      const fixed = spec.outcome;
      if (fixed !== undefined && facts.pointIds.length === 0)
        row.fail(facts.pointsColumn ?? spec.date, "is empty; a response needs a point of complaint");
      const outcomes =
        fixed !== undefined
          ? facts.pointIds.map((pointId) => ({ pointId, outcome: fixed }))
          : stageOutcomes(row, mapping, spec.stage, spec, facts, true);
      if (outcomes === undefined) return row.fail(spec.date, `has no outcome column for ${stageName(spec.stage)} in the mapping`);
      return { type: spec.type, on, stage: spec.stage, outcomes };
    }
    case "adjudication_sent":
    case "council_responded": {
      const outcomes = stageOutcomes(row, mapping, spec.type === "adjudication_sent" ? "stage2" : "stage3", spec, facts, true);
      return outcomes === undefined ? { type: spec.type, on } : { type: spec.type, on, outcomes };
    }
    case "escalation_requested":
      return { type: spec.type, on, to: spec.to };
    case "investigator_appointed":
      return { type: spec.type, on, role: spec.role };
    case "not_considered": {
      const field = mapping.notConsideredReason ?? row.fail(spec.date, "needs a not-considered reason column in the mapping");
      const read = row.code(field, FIELD_VOCABULARY.notConsideredReason, row.required(field.column));
      return { type: spec.type, on, reason: row.canonical(field, FIELD_VOCABULARY.notConsideredReason, read) as NotConsideredReason };
    }
    case "lgsco_decided": {
      const field = mapping.lgscoDecision ?? row.fail(spec.date, "needs an LGSCO decision column in the mapping");
      const read = row.code(field, FIELD_VOCABULARY.lgscoDecision, needed(row, field.column, spec.date));
      const decision = row.canonical(field, FIELD_VOCABULARY.lgscoDecision, read) as LgscoDecision;
      const { remediesColumn, remedyValues } = spec;
      if (remediesColumn === undefined || remedyValues === undefined) return { type: spec.type, on, decision };
      const remedies = row.list(remediesColumn).map((local) => {
        const remedy = remedyValues[local];
        if (remedy === undefined) {
          const known = Object.keys(remedyValues).join(", ");
          return row.fail(remediesColumn, `is not a known remedy (${JSON.stringify(local)} is not in remedyValues); expected one of ${known}`);
        }
        return remedy;
      });
      return { type: spec.type, on, decision, remedies };
    }
    case "acknowledged":
    case "resumed":
    case "statement_agreed":
    case "panel_requested":
    case "panel_held":
    case "panel_reported":
    case "withdrawn":
    case "lgsco_referred":
    case "closed":
      return { type: spec.type, on };
  }
}

/** The stage whose outcome an event gives, if it gives one. */
function answeredStage(event: CaseEventInput | MappedEvent): Stage | null {
  if (event.type === "response_sent") return event.stage;
  if (event.type === "adjudication_sent") return "stage2";
  if (event.type === "council_responded") return "stage3";
  return null;
}

/**
 * A field an event reads, filled in while that event's date is empty, is refused: a stage's outcome without its
 * response date, a not-considered reason without its date, an Ombudsman decision without the date decided.
 */
function unansweredFields(row: MappingRow, mapping: ImportMapping): void {
  const fields: Array<[{ column: string } | undefined, (spec: MappedEvent) => boolean]> = [
    ...(Object.entries(mapping.outcomes) as [Stage, { column: string }][]).map(
      ([stage, field]): [{ column: string }, (spec: MappedEvent) => boolean] => [field, (spec) => answeredStage(spec) === stage],
    ),
    [mapping.notConsideredReason, (spec) => spec.type === "not_considered"],
    [mapping.lgscoDecision, (spec) => spec.type === "lgsco_decided"],
  ];
  for (const [field, reads] of fields) {
    if (field === undefined || row.text(field.column) === null) continue;
    const specs = mapping.events.filter(reads);
    const [first] = specs;
    if (first !== undefined && specs.every((spec) => row.text(spec.date) === null)) {
      row.fail(field.column, `is filled in, but "${first.date}" is empty; both are needed`);
    }
  }
}

/**
 * The row's lifecycle: `received`, then each mapped event whose date is filled in (complaint-only events only for
 * complaints), in date order; events on the same day keep the mapping's order (the procedure's).
 */
export function mappedEvents(row: MappingRow, mapping: ImportMapping, facts: RowFacts): CaseEventInput[] {
  const events: CaseEventInput[] = [{ type: "received", on: facts.receivedOn }];
  for (const spec of mapping.events) {
    if (spec.complaintsOnly === true && facts.kind !== "complaint") continue;
    if (spec.kinds !== undefined && !spec.kinds.some((kind) => kind === facts.kind)) continue;
    if (spec.whenFilled?.some((column) => row.text(column) === null) === true) continue;
    if (spec.unlessFilled?.some((column) => row.text(column) !== null) === true) continue;
    const on = row.dateAfter(spec.date, spec.after);
    if (on === null) continue;
    const excluded = spec.excludes?.find((column) => row.text(column) !== null);
    if (excluded !== undefined) row.fail(spec.date, `is filled in, and so is "${excluded}"; a case cannot have both`);
    const event = eventOf(row, mapping, spec, on, facts);
    if (event !== null) events.push(event);
  }
  unansweredFields(row, mapping);
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compareDates(a.event.on, b.event.on) || a.index - b.index)
    .map(({ event }) => event);
}
