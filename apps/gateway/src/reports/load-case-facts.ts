import { CASE_FACTS_INCLUDE, toCaseFacts, type CouncilTransaction, type Prisma } from "@csc/db";
import type { CaseFacts, Period } from "@csc/rules";
import { dateFromIso } from "@csc/rules";

/**
 * Rebuilds the CaseFacts of a council's cases from the stored columns (case_record, case_stage, case_team,
 * point_of_complaint, lgsco_referral: @csc/db toCaseFacts), never from events or an import file, and never
 * reading personal data. Loads every case that can count in a measure over `period`: received by its end and
 * either still open or with some date (closed, withdrawn, a stage, an acknowledgement, an LGSCO referral) on or
 * after its start — a superset of council-kit's factsTouching, which narrows further per cell.
 */
export type FactsReader = Pick<CouncilTransaction, "case">;

const day = dateFromIso;

export function caseFactsWhere(councilId: string | { in: string[] }, period: Period): Prisma.CaseWhereInput {
  const from = day(period.start);
  return {
    councilId,
    receivedOn: { lte: day(period.end) },
    OR: [
      { closedOn: null, withdrawnOn: null },
      { receivedOn: { gte: from } },
      { closedOn: { gte: from } },
      { withdrawnOn: { gte: from } },
      { notConsideredOn: { gte: from } },
      { acknowledgedOn: { gte: from } },
      { acknowledgementDueOn: { gte: from } },
      { stages: { some: { OR: [{ startedOn: { gte: from } }, { respondedOn: { gte: from } }, { dueOn: { gte: from } }] } } },
      { lgscoReferrals: { some: { OR: [{ referredOn: { gte: from } }, { decidedOn: { gte: from } }] } } },
    ],
  };
}

export async function loadCaseFacts(db: FactsReader, councilId: string, period: Period): Promise<CaseFacts[]> {
  const rows = await db.case.findMany({
    where: caseFactsWhere(councilId, period),
    include: CASE_FACTS_INCLUDE,
    orderBy: [{ receivedOn: "asc" }, { reference: "asc" }],
  });
  return rows.map(toCaseFacts);
}

/**
 * The facts of several councils at once, by council (one query): for cross-council comparison. Runs as the
 * reader it is given; callers pass the root client only for aggregate answers.
 */
export async function loadCaseFactsByCouncil(db: FactsReader, councilIds: readonly string[], period: Period): Promise<Map<string, CaseFacts[]>> {
  const byCouncil = new Map<string, CaseFacts[]>(councilIds.map((id) => [id, []]));
  const rows = await db.case.findMany({
    where: caseFactsWhere({ in: [...councilIds] }, period),
    include: CASE_FACTS_INCLUDE,
    orderBy: [{ councilId: "asc" }, { receivedOn: "asc" }, { reference: "asc" }],
  });
  for (const row of rows) byCouncil.get(row.councilId)?.push(toCaseFacts(row));
  return byCouncil;
}
