import type { CaseFacts, IsoDate } from "@csc/rules";
import { Prisma } from "../generated/prisma/client";

/**
 * The hot path of reports and analytics: the CaseFacts of every case of some councils that can count in a
 * measure over a period, built by PostgreSQL as one JSON document per case (dates already ISO strings, child
 * rows nested) and parsed once. No bind-value limit however many cases or councils (the councils are one array
 * parameter, `= ANY($1)`), only the columns CaseFacts needs, and no zod re-validation of rows the platform
 * wrote itself (they were validated by @csc/rules when derived). `toCaseFacts` stays for single rows.
 *
 * A case's teams come in the order they were recorded (physical order, as the ORM read them before).
 *
 * Which cases: received by the period's end and either still open or with some date (closed, withdrawn, not
 * considered, a stage, an acknowledgement, an LGSCO referral) on or after its start — a superset of what any
 * measure counts, bounded by the period so earlier closed years are never read.
 */
export interface FactsSpan {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Anything that runs raw SQL: a council transaction (row-level security applies) or the root client. */
export interface RawReader {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
}

const FACTS_SELECT = Prisma.sql`
SELECT c.council_id AS "councilId", json_build_object(
  'id', c.id, 'councilId', c.council_id, 'kind', c.kind, 'localKind', c.local_kind, 'procedure', c.procedure,
  'receivedOn', c.received_on, 'channel', c.channel, 'localChannel', c.local_channel,
  'complainantRelationship', c.complainant_relationship, 'localComplainantType', c.local_complainant_type,
  'madeByChild', c.made_by_child,
  'advocacy', json_build_object('offered', c.advocacy_offered, 'taken', c.advocacy_taken, 'provider', c.advocacy_provider),
  'teams', (SELECT coalesce(json_agg(json_build_object('code', t.team_code, 'serviceArea', t.service_area) ORDER BY t.ctid), '[]'::json)
            FROM case_team t WHERE t.council_id = c.council_id AND t.case_id = c.id),
  'reasons', (SELECT coalesce(json_agg(json_build_object('category', p.category_code, 'reason', p.reason_code, 'theme', p.theme) ORDER BY p.seq), '[]'::json)
              FROM point_of_complaint p WHERE p.council_id = c.council_id AND p.case_id = c.id),
  'acknowledgement', json_build_object('dueOn', c.acknowledgement_due_on, 'acknowledgedOn', c.acknowledged_on, 'met', c.acknowledgement_met),
  'notConsidered', CASE WHEN c.not_considered_reason IS NOT NULL AND c.not_considered_on IS NOT NULL
    THEN json_build_object('reason', c.not_considered_reason, 'on', c.not_considered_on, 'localReason', c.local_not_considered_reason) END,
  'stages', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'stage', s.stage, 'startedOn', s.started_on, 'timescaleWorkingDays', s.timescale_working_days, 'dueOn', s.due_on,
                'respondedOn', s.responded_on, 'workingDaysTaken', s.working_days_taken, 'daysPaused', s.days_paused,
                'extended', s.extended, 'met', s.met, 'outcome', s.outcome, 'localOutcome', s.local_outcome,
                'lateRequest', s.late_request)
                -- present only when recorded, as in CaseFacts (./case-facts.ts)
                || CASE WHEN s.requested_on IS NOT NULL THEN jsonb_build_object('requestedOn', s.requested_on) ELSE '{}'::jsonb END
                || CASE WHEN s.awaiting_statement THEN jsonb_build_object('awaitingStatement', true) ELSE '{}'::jsonb END
                ORDER BY s.stage), '[]'::jsonb)
             FROM case_stage s WHERE s.council_id = c.council_id AND s.case_id = c.id),
  'withdrawnOn', c.withdrawn_on, 'closedOn', c.closed_on,
  'lgsco', (SELECT coalesce(json_agg(json_build_object('referredOn', r.referred_on, 'decidedOn', r.decided_on, 'decision', r.decision,
                'localDecision', r.local_decision) ORDER BY r.referred_on NULLS LAST), '[]'::json)
            FROM lgsco_referral r WHERE r.council_id = c.council_id AND r.case_id = c.id),
  'equalities', json_build_object('gender', c.gender, 'ethnicity', c.ethnicity, 'disability', c.disability, 'ageBand', c.age_band),
  'localDimensions', coalesce(c.local_dimensions, '{}'::jsonb)
)::text AS facts
FROM case_record c`;

const FACTS_SQL = (councilIds: readonly string[], span: FactsSpan): Prisma.Sql => Prisma.sql`${FACTS_SELECT}
WHERE c.council_id = ANY(${[...councilIds]}::text[])
  AND c.received_on <= ${span.end}::date
  AND (
    (c.closed_on IS NULL AND c.withdrawn_on IS NULL)
    OR c.received_on >= ${span.start}::date OR c.closed_on >= ${span.start}::date OR c.withdrawn_on >= ${span.start}::date
    OR c.not_considered_on >= ${span.start}::date OR c.acknowledged_on >= ${span.start}::date
    OR c.acknowledgement_due_on >= ${span.start}::date
    OR EXISTS (SELECT 1 FROM case_stage s WHERE s.council_id = c.council_id AND s.case_id = c.id
               AND (s.started_on >= ${span.start}::date OR s.responded_on >= ${span.start}::date OR s.due_on >= ${span.start}::date))
    OR EXISTS (SELECT 1 FROM lgsco_referral r WHERE r.council_id = c.council_id AND r.case_id = c.id
               AND (r.referred_on >= ${span.start}::date OR r.decided_on >= ${span.start}::date))
  )
ORDER BY c.council_id, c.received_on, c.reference`;

/** The facts of the named councils' cases over `span`, by council (every council named has an entry). */
export async function loadCaseFactsSql(db: RawReader, councilIds: readonly string[], span: FactsSpan): Promise<Map<string, CaseFacts[]>> {
  const byCouncil = new Map<string, CaseFacts[]>(councilIds.map((id) => [id, []]));
  if (councilIds.length === 0) return byCouncil;
  const rows = await db.$queryRaw<{ councilId: string; facts: string }[]>(FACTS_SQL(councilIds, span));
  for (const row of rows) byCouncil.get(row.councilId)?.push(JSON.parse(row.facts) as CaseFacts);
  return byCouncil;
}

/** The facts of some cases of one council, whatever their dates (to store their counted units), oldest received first. */
export async function loadCaseFactsByIds(db: RawReader, councilId: string, caseIds: readonly string[]): Promise<CaseFacts[]> {
  const rows = await db.$queryRaw<{ facts: string }[]>(
    Prisma.sql`${FACTS_SELECT} WHERE c.council_id = ${councilId} AND c.id = ANY(${[...caseIds]}::uuid[]) ORDER BY c.received_on, c.id`,
  );
  return rows.map((row) => JSON.parse(row.facts) as CaseFacts);
}
