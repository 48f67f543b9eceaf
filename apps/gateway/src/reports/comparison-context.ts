import type { RawReader } from "@csc/db";
import type { CouncilTransaction } from "../db/client";

/** A council's context figure for the year: its value and where it comes from. */
interface ContextValue {
  value: number;
  source: string | null;
}

/** The context figures a comparison divides by (rates per 1,000 contacts and per 10,000 children). */
export interface CouncilContext {
  contacts: ContextValue | null;
  children: ContextValue | null;
}

export const NO_CONTEXT: CouncilContext = { contacts: null, children: null };

/** The context_figure measures a comparison divides by, by the CouncilContext field they fill. */
const MEASURES = { contacts: "contacts", children: "children_aged_0_17" } as const satisfies Record<keyof CouncilContext, string>;

interface ContextRow {
  councilId: string;
  measure: string;
  value: number;
  source: string | null;
}

function contextFrom(rows: readonly ContextRow[]): CouncilContext {
  const shown = (measure: string) => {
    const row = rows.find((r) => r.measure === measure);
    return row ? { value: row.value, source: row.source } : null;
  };
  return { contacts: shown(MEASURES.contacts), children: shown(MEASURES.children) };
}

/** A council's context figures for the year (read in its own wall: context_figure is council-owned). */
export async function contextOf(tx: CouncilTransaction, councilId: string, financialYear: number): Promise<CouncilContext> {
  const rows = await tx.contextFigure.findMany({
    where: { councilId, measure: { in: Object.values(MEASURES) }, financialYear },
    select: { councilId: true, measure: true, value: true, source: true },
  });
  return contextFrom(rows);
}

/**
 * Every council's context figures for the year in one statement, as the platform role (after the comparison's
 * permission check): the SECURITY DEFINER function compare_context_figures (migration 1769300000001), which returns
 * only the contacts and children figures and their sources.
 */
export async function contextsOf(tx: RawReader, councilIds: readonly string[], financialYear: number): Promise<Map<string, CouncilContext>> {
  const rows = await tx.$queryRaw<ContextRow[]>`SELECT council_id AS "councilId", measure, value, source
    FROM compare_context_figures(${[...councilIds]}::text[], ${Object.values(MEASURES)}::text[], ${financialYear}::int)`;
  return new Map(councilIds.map((id) => [id, contextFrom(rows.filter((r) => r.councilId === id))]));
}
