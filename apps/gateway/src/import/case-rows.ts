import { randomUUID } from "node:crypto";
import { councilCalendar, councilProcedure, toCaseFacts, type CouncilAdapter, type ImportedCase } from "@csc/council-kit";
import { deriveCase, type CaseFacts, type IsoDate, type LifecycleContext, type ProcedureId } from "@csc/rules";
import { derivedRows, type Prisma } from "@csc/db";
import type { TeamLookup } from "./council-from-adapter";

/**
 * The rows one imported case is stored as — the same rows a case recorded through the gateway has: the case
 * record with its facts and derived columns, its events (append-only log), stages, clocks, teams, points of
 * complaint with their outcomes per stage, and LGSCO referrals. The facts columns are exactly the CaseFacts
 * @csc/council-kit maps the record to (local codes through the adapter's vocabularies); the derived columns are
 * @csc/db derivedRows of the rules engine's deriveCase, as the seed and the gateway store them.
 */
export interface CaseRows {
  facts: CaseFacts;
  caseRow: Prisma.CaseCreateManyInput;
  events: Prisma.CaseEventCreateManyInput[];
  stages: Prisma.CaseStageCreateManyInput[];
  clocks: Prisma.CaseClockCreateManyInput[];
  teams: Prisma.CaseTeamCreateManyInput[];
  points: Prisma.PointOfComplaintCreateManyInput[];
  pointOutcomes: Prisma.PointOutcomeCreateManyInput[];
  lgsco: Prisma.LgscoReferralCreateManyInput[];
  remedies: Prisma.LgscoRemedyRecordCreateManyInput[];
}

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const dayOrNull = (iso: IsoDate | null | undefined) => (iso ? day(iso) : null);

type Context = Omit<LifecycleContext, "asOf">;
const contexts = new WeakMap<CouncilAdapter, Map<string, Context>>();

/** The rules engine's procedure and the council's calendar, built once per adapter and procedure. */
function lifecycleContext(adapter: CouncilAdapter, procedure: ProcedureId): Context {
  let perAdapter = contexts.get(adapter);
  if (!perAdapter) contexts.set(adapter, (perAdapter = new Map()));
  let context = perAdapter.get(procedure);
  if (!context) {
    context = { procedure: councilProcedure(adapter.procedures, procedure), calendar: councilCalendar(adapter.procedures, adapter) };
    perAdapter.set(procedure, context);
  }
  return context;
}

export function caseRows(adapter: CouncilAdapter, imported: ImportedCase, team: TeamLookup, asOf: IsoDate): CaseRows {
  const councilId = adapter.id;
  const facts = toCaseFacts(adapter, imported, { asOf });
  const derived = deriveCase(imported.events, { ...lifecycleContext(adapter, facts.procedure ?? "childrens_statutory"), asOf });
  const rows = derivedRows(derived);
  const caseId = randomUUID();
  const own = { councilId, caseId };

  const caseRow: Prisma.CaseCreateManyInput = {
    councilId,
    id: caseId,
    reference: imported.externalId,
    externalId: imported.externalId,
    kind: facts.kind,
    localKind: facts.localKind,
    receivedOn: day(facts.receivedOn),
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
    procedure: facts.procedure,
    acknowledgementDueOn: dayOrNull(facts.acknowledgement.dueOn),
    acknowledgedOn: dayOrNull(facts.acknowledgement.acknowledgedOn),
    acknowledgementMet: facts.acknowledgement.met,
    notConsideredReason: facts.notConsidered?.reason ?? null,
    notConsideredOn: dayOrNull(facts.notConsidered?.on),
    localNotConsideredReason: facts.notConsidered?.localReason ?? null,
    withdrawnOn: dayOrNull(facts.withdrawnOn),
    closedOn: dayOrNull(facts.closedOn),
    version: 1,
  };

  const bandOf = new Map(rows.stages.map((s) => [s.stage, s.band ?? null]));
  const stages = facts.stages.map((s) => ({
    ...own,
    stage: s.stage,
    startedOn: day(s.startedOn),
    timescaleWorkingDays: s.timescaleWorkingDays,
    dueOn: day(s.dueOn),
    respondedOn: dayOrNull(s.respondedOn),
    workingDaysTaken: s.workingDaysTaken,
    daysPaused: s.daysPaused,
    extended: s.extended,
    met: s.met,
    band: bandOf.get(s.stage) ?? null,
    outcome: s.outcome,
    localOutcome: s.localOutcome,
    lateRequest: s.lateRequest,
  }));

  const teams: Prisma.CaseTeamCreateManyInput[] = [];
  for (const t of facts.teams) {
    const teamId = team(t.code, facts.receivedOn);
    if (!teamId) throw new Error(`case ${JSON.stringify(imported.externalId)}: team ${JSON.stringify(t.code)} has no team row in force on ${facts.receivedOn}`);
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
      referredOn: dayOrNull(referral.referredOn),
      decidedOn: dayOrNull(referral.decidedOn),
      decision: referral.decision,
      localDecision: referral.localDecision,
    });
    for (const remedy of derived.lgsco[i]?.remedies ?? []) remedies.push({ councilId, referralId: id, remedy });
  });

  return {
    facts,
    caseRow,
    events: derived.events.map((event, i) => ({
      ...own,
      seq: i + 1,
      type: event.type,
      on: day(event.on),
      payload: event as object,
      actorRole: "import",
    })),
    stages,
    clocks: rows.clocks.map((c) => ({ ...c, ...own })),
    teams,
    points,
    pointOutcomes,
    lgsco,
    remedies,
  };
}
