import { caseFactsSchema, type CaseFacts, isoFromDate, isoFromDateOrNull } from "@csc/rules";
import type { Prisma } from "../generated/prisma/client";

/**
 * Rebuilds @csc/rules CaseFacts from the stored columns alone (no events): what reports and the analytics
 * API compute measures over. Reads only facts tables, never case_person or case_narrative.
 */
export const CASE_FACTS_INCLUDE = {
  stages: { orderBy: { stage: "asc" } },
  teams: true,
  points: { orderBy: { seq: "asc" } },
  lgscoReferrals: { orderBy: { referredOn: "asc" } },
} as const satisfies Prisma.CaseInclude;

export type CaseFactsRow = Prisma.CaseGetPayload<{ include: typeof CASE_FACTS_INCLUDE }>;

const iso = isoFromDate;
const isoOrNull = isoFromDateOrNull;

/** The CaseFacts of one case row loaded with CASE_FACTS_INCLUDE; validated by caseFactsSchema. */
export function toCaseFacts(row: CaseFactsRow): CaseFacts {
  return caseFactsSchema.parse({
    id: row.id,
    councilId: row.councilId,
    kind: row.kind,
    localKind: row.localKind,
    procedure: row.procedure,
    receivedOn: iso(row.receivedOn),
    channel: row.channel,
    localChannel: row.localChannel,
    complainantRelationship: row.complainantRelationship,
    localComplainantType: row.localComplainantType,
    madeByChild: row.madeByChild,
    advocacy: { offered: row.advocacyOffered, taken: row.advocacyTaken, provider: row.advocacyProvider },
    teams: row.teams.map((t) => ({ code: t.teamCode, serviceArea: t.serviceArea })),
    reasons: row.points.map((p) => ({ category: p.categoryCode, reason: p.reasonCode, theme: p.theme })),
    acknowledgement: {
      dueOn: isoOrNull(row.acknowledgementDueOn),
      acknowledgedOn: isoOrNull(row.acknowledgedOn),
      met: row.acknowledgementMet,
    },
    notConsidered:
      row.notConsideredReason && row.notConsideredOn
        ? { reason: row.notConsideredReason, on: iso(row.notConsideredOn), localReason: row.localNotConsideredReason }
        : null,
    stages: row.stages.map((s) => ({
      stage: s.stage,
      startedOn: iso(s.startedOn),
      timescaleWorkingDays: s.timescaleWorkingDays,
      dueOn: iso(s.dueOn),
      respondedOn: isoOrNull(s.respondedOn),
      workingDaysTaken: s.workingDaysTaken,
      daysPaused: s.daysPaused,
      extended: s.extended,
      met: s.met,
      outcome: s.outcome,
      localOutcome: s.localOutcome,
      lateRequest: s.lateRequest,
      ...(s.requestedOn ? { requestedOn: iso(s.requestedOn) } : {}),
      ...(s.awaitingStatement ? { awaitingStatement: true } : {}),
    })),
    withdrawnOn: isoOrNull(row.withdrawnOn),
    closedOn: isoOrNull(row.closedOn),
    lgsco: row.lgscoReferrals.map((r) => ({
      referredOn: isoOrNull(r.referredOn),
      decidedOn: isoOrNull(r.decidedOn),
      decision: r.decision,
      localDecision: r.localDecision,
    })),
    equalities: { gender: row.gender, ethnicity: row.ethnicity, disability: row.disability, ageBand: row.ageBand },
    localDimensions: row.localDimensions ?? {},
  });
}
