import { loadCaseFactsSql, type RawReader } from "@csc/db";
import type { CaseFacts, Period } from "@csc/rules";

/**
 * Rebuilds the CaseFacts of a council's cases from the stored columns (case_record, case_stage, case_team,
 * point_of_complaint, lgsco_referral: @csc/db loadCaseFactsSql), never from events or an import file, and never
 * reading personal data. Loads every case that can count in a measure over `period`: received by its end and
 * either still open or with some date (closed, withdrawn, a stage, an acknowledgement, an LGSCO referral) on or
 * after its start — a superset of council-kit's factsTouching, which narrows further per cell. One SQL statement
 * with the councils as one array parameter, so no size of council or of comparison meets a bind-value limit.
 */
export type FactsReader = RawReader;

export async function loadCaseFacts(db: FactsReader, councilId: string, period: Period): Promise<CaseFacts[]> {
  return (await loadCaseFactsSql(db, [councilId], period)).get(councilId) ?? [];
}
