import { randomUUID } from "node:crypto";
import { CaseMappingError, importedCaseFacts, type CaseFactsCouncil, type ImportedCase, type ImportedCaseFacts } from "@csc/council-kit";
import { LifecycleError, deriveParsedCase, type CaseFacts, type DerivedCase, type LifecycleContext } from "@csc/rules";
import { derivedRows, type Prisma } from "@csc/db";
import { holdEventTextApart } from "../services/event-text";
import type { TeamLookup } from "./council-from-adapter";

/**
 * The rows one imported case is stored as — the same rows a case recorded through the gateway has: the case
 * record with its facts and derived columns, its events (append-only log), stages, clocks, teams, points of
 * complaint with their outcomes per stage, LGSCO referrals and the review panel. The facts columns are exactly the CaseFacts
 * @csc/council-kit maps the record to (local codes through the adapter's vocabularies); the derived columns are
 * @csc/db derivedRows of the rules engine's deriveCase, as the seed and the gateway store them.
 */
export interface CaseRows {
  facts: CaseFacts;
  caseRow: Prisma.CaseCreateManyInput;
  events: Prisma.CaseEventCreateManyInput[];
  /** The events' free text (reasons, details), held apart in case_narrative as the live path holds it. */
  narratives: Prisma.CaseNarrativeCreateManyInput[];
  stages: Prisma.CaseStageCreateManyInput[];
  clocks: Prisma.CaseClockCreateManyInput[];
  teams: Prisma.CaseTeamCreateManyInput[];
  points: Prisma.PointOfComplaintCreateManyInput[];
  pointOutcomes: Prisma.PointOutcomeCreateManyInput[];
  lgsco: Prisma.LgscoReferralCreateManyInput[];
  remedies: Prisma.LgscoRemedyRecordCreateManyInput[];
  /** The review panel a history that reached Stage 3 had (derivedRows' reviewPanel, as the live path stores it). */
  reviewPanels: Prisma.ReviewPanelCreateManyInput[];
}

/**
 * The record's facts, and the derivation they were made from. In the council's stored rules when the council has no
 * adapter settings (created in the app), or when it still runs on the rules its adapter created it with
 * (adapter-rules.ts runsAdapterRules) and the stored rules run the record under the procedure its facts name (they
 * take it from its procedure decision, the adapter from its procedure column first): one derivation for its facts
 * and its stored rows. Otherwise in the adapter's settings, as the council published.
 */
function mappedFacts(adapter: CaseFactsCouncil, imported: ImportedCase, rules: LifecycleContext, adapterRules: boolean): ImportedCaseFacts {
  if (adapter.procedures && !adapterRules) return importedCaseFacts(adapter, imported, { asOf: rules.asOf });
  const inStored = importedCaseFacts(adapter, imported, { asOf: rules.asOf, rules });
  if (!adapter.procedures || (inStored.facts.procedure ?? "childrens_statutory") === inStored.derived.procedure.procedure) return inStored;
  return importedCaseFacts(adapter, imported, { asOf: rules.asOf });
}

/**
 * The case's events derived in the council's stored rules: the derivation its facts were made from when they were
 * derived in those rules too (mappedFacts), else derived again here.
 */
function storedDerivation(imported: ImportedCase, rules: LifecycleContext, mapped: ImportedCaseFacts): DerivedCase {
  if (mapped.derivedIn === "stored") return mapped.derived;
  try {
    return deriveParsedCase(imported.events, { ...rules, kind: mapped.facts.kind });
  } catch (error) {
    if (!(error instanceof LifecycleError)) throw error;
    throw new CaseMappingError(imported.externalId, `its events do not fit the council's procedures: ${error.message}`, "lifecycle");
  }
}

/**
 * `imported` is a record importedCaseSchema has parsed (import-export.ts parseExport, import-fixture.ts
 * parseFixture): it is not parsed again. `rules` is the council's rules context as the live mutations use it
 * (../services/rules-context.ts loadRulesContext: its stored settings and local closure days), so an imported case's
 * clocks are computed exactly as the same case's would be if it were recorded live. `adapterRules`: the council still
 * runs on the rules its adapter created it with (adapter-rules.ts runsAdapterRules), so its records need only one
 * derivation each (mappedFacts).
 */
export function caseRows(
  adapter: CaseFactsCouncil,
  imported: ImportedCase,
  team: TeamLookup,
  rules: LifecycleContext,
  adapterRules = false,
): CaseRows {
  const councilId = adapter.id;
  const mapped = mappedFacts(adapter, imported, rules, adapterRules);
  const { facts } = mapped;
  const derived = storedDerivation(imported, rules, mapped);
  // The council's own word for each stage's outcome as the export recorded it (a fact, not derived), also on each
  // point whose outcome is the stage's; the live mutations keep it the same way (../services/store-derived-state.ts).
  const rows = derivedRows(derived, facts.kind, (outcome, stage) => {
    const recorded = facts.stages.find((s) => s.stage === stage);
    return recorded && recorded.outcome === outcome ? recorded.localOutcome : null;
  });
  const caseId = randomUUID();
  const own = { councilId, caseId };

  const caseRow: Prisma.CaseCreateManyInput = {
    councilId,
    id: caseId,
    reference: imported.externalId,
    externalId: imported.externalId,
    kind: facts.kind,
    localKind: facts.localKind,
    // The record's own dates (this one, not considered, LGSCO, events) go to their date columns as the ISO dates they
    // are: the batched store writes values as JSON text (bulk-insert.ts), so a Date made here would only be turned
    // back into the same text there.
    receivedOn: facts.receivedOn,
    channel: facts.channel,
    localChannel: facts.localChannel,
    complainantRelationship: facts.complainantRelationship,
    localComplainantType: facts.localComplainantType,
    madeByChild: facts.madeByChild,
    advocacyOffered: facts.advocacy.offered,
    advocacyTaken: facts.advocacy.taken,
    advocacyProvider: facts.advocacy.provider,
    gender: facts.equalities.gender,
    ethnicity: facts.equalities.ethnicity,
    disability: facts.equalities.disability,
    ageBand: facts.equalities.ageBand,
    localDimensions: facts.localDimensions,
    teamId: facts.teams[0] ? team(facts.teams[0].code, facts.receivedOn) : null,
    ...rows.caseColumns,
    // Recorded in the export, not derived: why the complaint was not considered (historic exports may record it
    // with no event), and the council's own word for it.
    notConsideredReason: facts.notConsidered?.reason ?? null,
    notConsideredOn: facts.notConsidered?.on ?? null,
    localNotConsideredReason: facts.notConsidered?.localReason ?? null,
    version: 1,
  };

  const stages = rows.stages.map((s) => ({ ...own, ...s }));

  const teams: Prisma.CaseTeamCreateManyInput[] = [];
  for (const t of facts.teams) {
    const teamId = team(t.code, facts.receivedOn);
    // Refused by row (not invented): a council adds the team, or corrects its dates, in Settings, Teams, and
    // imports the file again; the other rows are stored, as for any refusal.
    if (!teamId)
      throw new CaseMappingError(
        imported.externalId,
        `team: ${JSON.stringify(t.code)} is not one of the council's teams on ${facts.receivedOn} (the date received); add it in Settings, Teams, and import again`,
      );
    if (!teams.some((row) => row.teamId === teamId)) teams.push({ ...own, teamId, teamCode: t.code, serviceArea: t.serviceArea });
  }

  const pointIds = new Map<string, string>();
  const points = facts.reasons.map((reason, i) => {
    const pointRef = imported.points[i]?.id ?? String(i + 1);
    const id = randomUUID();
    pointIds.set(pointRef, id);
    return { councilId, id, caseId, pointRef, seq: i + 1, categoryCode: reason.category, reasonCode: reason.reason, theme: reason.theme };
  });
  const pointOutcomes = rows.pointOutcomes.flatMap((o) => {
    const pointId = pointIds.get(o.pointRef);
    return pointId ? [{ councilId, pointId, stage: o.stage, outcome: o.outcome, localOutcome: o.localOutcome }] : [];
  });

  const lgsco: Prisma.LgscoReferralCreateManyInput[] = [];
  const remedies: Prisma.LgscoRemedyRecordCreateManyInput[] = [];
  facts.lgsco.forEach((referral, i) => {
    const id = randomUUID();
    lgsco.push({
      ...own,
      id,
      referredOn: referral.referredOn,
      decidedOn: referral.decidedOn,
      decision: referral.decision,
      localDecision: referral.localDecision,
    });
    for (const remedy of derived.lgsco[i]?.remedies ?? []) remedies.push({ councilId, referralId: id, remedy });
  });

  const narratives: Prisma.CaseNarrativeCreateManyInput[] = [];
  const events = derived.events.map((event, i) => {
    const held = holdEventTextApart(event.type, { ...event }, randomUUID);
    for (const text of held.texts) narratives.push({ ...own, id: text.id, kind: text.kind, text: text.text, authorId: null });
    return { ...own, seq: i + 1, type: event.type, on: event.on, payload: held.payload as object, actorRole: "import" };
  });

  return {
    facts,
    caseRow,
    events,
    narratives,
    stages,
    clocks: rows.clocks.map((c) => ({ ...c, ...own })),
    teams,
    points,
    pointOutcomes,
    lgsco,
    remedies,
    reviewPanels: rows.reviewPanel ? [{ ...own, ...rows.reviewPanel }] : [],
  };
}
