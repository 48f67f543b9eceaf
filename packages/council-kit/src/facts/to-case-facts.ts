import {
  caseDerivation,
  deriveParsedCase,
  type CaseFacts,
  type DerivedCase,
  type IsoDate,
  type LifecycleContext,
  type ProcedureDefinition,
  definitionInForce,
  resolveProcedure,
  type ProcedureId,
} from "@csc/rules";
import type { CouncilAdapter } from "../adapter/council-schema";
import { importedCaseSchema, type ImportedCase, type ImportedCaseInput } from "../imported-case";
import { councilCalendar, toRulesSettings } from "../procedures/rules-settings";
import { MAPPED_VOCABULARIES, type LocalEntry, type LocalOnlyEntry, type MappedVocabulary } from "../vocabulary/local-vocabulary";
import { EQUALITY_QUESTIONS } from "../vocabulary/equality-lists";
import { findEntry } from "../vocabulary/lookup";

/**
 * One imported case to the facts reports count: every local code is mapped to its canonical value through the
 * adapter's vocabularies (the entry in force on the date received), and the events run through the rules
 * engine's lifecycle (deriveCase + toStageFacts), so the stages, clocks and outcomes are exactly what the
 * engine derives. Errors name the case reference and the field, never personal data.
 */
export interface ToCaseFactsContext {
  /** "Today", for clocks still running. */
  readonly asOf: IsoDate;
  /**
   * The council's rules as stored (its procedures and calendar, e.g. the gateway's rules context): the events are
   * derived in them. Absent, the adapter's procedure settings and local closure days are used.
   */
  readonly rules?: Pick<LifecycleContext, "procedure" | "procedures" | "calendar" | "history">;
}

/** What toCaseFacts reads of a council: an adapter, or a council's stored vocabularies with its stored rules. */
export type CaseFactsCouncil = Pick<CouncilAdapter, "id" | "name" | "vocabularies"> & { readonly procedures?: CouncilAdapter["procedures"] };

/** What went wrong: the imported record's shape, a local code no vocabulary maps, or events the lifecycle rejects. */
export type CaseMappingProblem = "shape" | "vocabulary" | "lifecycle";

export class CaseMappingError extends Error {
  readonly externalId: string;
  readonly problem: CaseMappingProblem;
  constructor(externalId: string, message: string, problem: CaseMappingProblem = "vocabulary") {
    super(`case ${JSON.stringify(externalId)}: ${message}`);
    this.name = "CaseMappingError";
    this.externalId = externalId;
    this.problem = problem;
  }
}

const procedureCache = new WeakMap<CaseFactsCouncil, Map<ProcedureDefinition, ProcedureDefinition>>();

/**
 * Procedure `id` as the council runs it for a case received `on`: the statutory definition in force that day
 * (@csc/rules definitionInForce) with the council's targets, resolved once per adapter and definition.
 */
function procedureOf(adapter: CaseFactsCouncil, settings: CouncilAdapter["procedures"], id: ProcedureId, on: IsoDate): ProcedureDefinition {
  let perAdapter = procedureCache.get(adapter);
  if (!perAdapter) {
    perAdapter = new Map();
    procedureCache.set(adapter, perAdapter);
  }
  const inForce = definitionInForce(id, on);
  let procedure = perAdapter.get(inForce);
  if (!procedure) {
    procedure = resolveProcedure(id, toRulesSettings(settings, id), { receivedOn: on });
    perAdapter.set(inForce, procedure);
  }
  return procedure;
}

export function toCaseFacts(adapter: CaseFactsCouncil, input: ImportedCase | ImportedCaseInput, ctx: ToCaseFactsContext): CaseFacts {
  const parsed = importedCaseSchema.safeParse(input);
  const ref = typeof input.externalId === "string" ? input.externalId : "?";
  if (!parsed.success) {
    throw new CaseMappingError(ref, parsed.error.issues.map((i) => `${i.path.join(".") || "case"}: ${i.message}`).join("; "), "shape");
  }
  return importedCaseFacts(adapter, parsed.data, ctx).facts;
}

/** A record's facts and the rules engine's derivation they were made from (`rules` says in which rules it ran). */
export interface ImportedCaseFacts {
  facts: CaseFacts;
  derived: DerivedCase;
  /** "stored": derived in `ctx.rules` (the council's stored rules); "adapter": in the adapter's procedure settings. */
  derivedIn: "stored" | "adapter";
}

/** A vocabulary entry whose canonical value is one of its vocabulary's canonical list. */
type Mapped<V extends MappedVocabulary> = LocalEntry & { canonical: (typeof MAPPED_VOCABULARIES)[V]["canonical"][number] };

/**
 * toCaseFacts for a record importedCaseSchema has already parsed (an importer's records after the gateway's own
 * check): the same mapping and derivation without parsing the record a second time, answering the derivation too,
 * so a caller that stores the derived rows derives once when it derives in the same rules.
 */
export function importedCaseFacts(adapter: CaseFactsCouncil, imported: ImportedCase, ctx: ToCaseFactsContext): ImportedCaseFacts {
  const on = imported.receivedOn;
  const fail = (message: string): never => {
    throw new CaseMappingError(imported.externalId, message);
  };
  // The entry in force and its canonical value, checked against the vocabulary's canonical list (a council's
  // stored vocabulary could hold a value a later release dropped): the facts below are typed from it, not re-parsed.
  const mapped = <V extends MappedVocabulary>(vocabulary: V, field: string, code: string): Mapped<V> => {
    const entry = findEntry(adapter.vocabularies[vocabulary], code, on);
    if (!entry) return fail(`${field} ${JSON.stringify(code)} is not a code in vocabularies.${vocabulary} in force on ${on}`);
    const { canonical, noun } = MAPPED_VOCABULARIES[vocabulary];
    if (!(canonical as readonly string[]).includes(entry.canonical)) {
      return fail(`${field} ${JSON.stringify(code)} maps to ${JSON.stringify(entry.canonical)}, which is not a ${noun}`);
    }
    return entry as Mapped<V>;
  };
  const maybe = <V extends MappedVocabulary>(vocabulary: V, field: string, code: string | null): Mapped<V> | null =>
    code === null ? null : mapped(vocabulary, field, code);
  const localOnly = (entries: readonly LocalOnlyEntry[] | undefined, field: string, code: string | null | undefined): void => {
    if (code !== null && code !== undefined && entries && entries.length > 0 && !findEntry(entries, code, on)) {
      fail(`${field} ${JSON.stringify(code)} is not a code in the council's list in force on ${on}`);
    }
  };

  const kind = mapped("kinds", "kind", imported.kind);
  const localProcedure = maybe("procedures", "procedure", imported.procedure);
  const decided = imported.events.find((e) => e.type === "procedure_decided");
  const procedureId: ProcedureId | null = localProcedure?.canonical ?? (decided?.type === "procedure_decided" ? decided.procedure : null);
  const channel = maybe("channels", "channel", imported.channel);
  const complainant = maybe("complainantTypes", "complainantType", imported.complainantType);
  const teams = imported.teams.map((code) => ({ code, serviceArea: mapped("teams", "team", code).canonical }));
  const reasons = imported.points.map((point, i) => {
    const reason = maybe("reasons", `points[${i}].reason`, point.reason);
    const category = maybe("reasonCategories", `points[${i}].category`, point.category);
    return { category: point.category, reason: point.reason, theme: reason?.canonical ?? category?.canonical ?? "not_recorded" };
  });
  for (const [stage, code] of Object.entries(imported.localOutcomes)) mapped("outcomes", `localOutcomes.${stage}`, code);
  const localNotConsidered = maybe("notConsideredReasons", "notConsideredReason", imported.notConsideredReason);
  const localDecision = maybe("lgscoDecisions", "lgscoDecision", imported.lgscoDecision);
  for (const key of EQUALITY_QUESTIONS) {
    localOnly(adapter.vocabularies.equalities[key], `equalities.${key}`, imported.equalities[key]);
  }
  for (const [key, code] of Object.entries(imported.localDimensions)) {
    localOnly(adapter.vocabularies.localDimensions[key], `localDimensions.${key}`, code);
  }

  const settings = adapter.procedures;
  const rules =
    ctx.rules ??
    (settings
      ? {
          procedure: procedureOf(adapter, settings, procedureId ?? "childrens_statutory", imported.receivedOn),
          calendar: councilCalendar(settings, adapter),
        }
      : null);
  if (rules === null) throw new Error(`toCaseFacts: council ${adapter.id} has neither procedure settings nor stored rules`);
  let derived: DerivedCase;
  try {
    // The record's events were parsed with it (importedCaseSchema): not parsed again.
    derived = deriveParsedCase(imported.events, { ...rules, kind: kind.canonical, asOf: ctx.asOf });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CaseMappingError(imported.externalId, `its events do not fit the procedure: ${detail}`, "lifecycle");
  }
  // What is stored and counted is decided once, by @csc/rules caseDerivation (a compliment runs no clocks).
  const { stages, acknowledgement } = caseDerivation(derived, kind.canonical);
  const localLgsco = localDecision ? localDecision.canonical : null;
  const lgsco: CaseFacts["lgsco"] = derived.lgsco.map((l) => ({
    referredOn: l.referredOn,
    decidedOn: l.decidedOn,
    decision: l.decision ?? localLgsco,
    localDecision: imported.lgscoDecision,
  }));
  if (lgsco.length === 0 && localLgsco) {
    lgsco.push({ referredOn: null, decidedOn: null, decision: localLgsco, localDecision: imported.lgscoDecision });
  }
  const notConsidered = derived.notConsidered
    ? { reason: derived.notConsidered.reason, on: derived.notConsidered.on, localReason: imported.notConsideredReason }
    : localNotConsidered
      ? { reason: localNotConsidered.canonical, on: derived.closedOn ?? on, localReason: imported.notConsideredReason }
      : null;

  // Built from values already checked (importedCaseSchema's record, vocabulary entries, the rules' derivation),
  // and typed as CaseFacts: not re-validated with caseFactsSchema on every record (issue 11 item 2: an import's
  // records spent about a tenth of their mapping in that parse). Every field is named, so the shape is exactly
  // what the schema would return.
  const facts: CaseFacts = {
    id: imported.externalId,
    councilId: adapter.id,
    kind: kind.canonical,
    localKind: imported.kind,
    // A complaint with no procedure recorded runs under the children's statutory procedure (as the lifecycle does).
    procedure: procedureId ?? (kind.canonical === "complaint" ? derived.procedure.procedure : null),
    receivedOn: on,
    channel: channel?.canonical ?? null,
    localChannel: imported.channel,
    complainantRelationship: complainant?.canonical ?? null,
    localComplainantType: imported.complainantType,
    madeByChild: imported.madeByChild,
    advocacy: imported.advocacy,
    teams,
    reasons,
    acknowledgement,
    notConsidered,
    stages: stages.map(({ band: _band, ...s }) => ({ ...s, localOutcome: imported.localOutcomes[s.stage] ?? null })),
    withdrawnOn: derived.withdrawnOn,
    closedOn: derived.closedOn,
    lgsco,
    equalities: {
      gender: imported.equalities.gender ?? null,
      ethnicity: imported.equalities.ethnicity ?? null,
      disability: imported.equalities.disability ?? null,
      ageBand: imported.equalities.ageBand ?? null,
    },
    localDimensions: imported.localDimensions,
  };
  return { facts, derived, derivedIn: ctx.rules ? "stored" : "adapter" };
}
