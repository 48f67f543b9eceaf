import type { Prisma } from "@csc/db";
import { roleAllows } from "../auth/roles";
import type { GatewayContext } from "../context";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";
import type { CouncilScope } from "./council-scope";
import { casesWhere } from "./list-cases";
import type { CaseFilter } from "./list-cases";
import { dateFromIso, isoFromDate } from "@csc/rules";

/** The people a search by name or date of birth looks at: the complainant and the child. */
const SEARCHED_ROLES = ["complainant", "child"] as const;

/** 2026-03-27 or 27/3/2026 (the way officers write it) → the ISO date; anything else is not a date. */
function searchDate(term: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(term);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(term);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!year || !month || !day) return null;
  const text = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = dateFromIso(text);
  return Number.isNaN(date.getTime()) || isoFromDate(date) !== text ? null : text;
}

/** Whether this viewer's search may look at personal data (names, dates of birth): officers and managers. */
function searchesPersonalData(scope: CouncilScope): boolean {
  return roleAllows(scope.viewer.roles, "readPersonalData");
}

/**
 * The where clause for a search: the reference always; the complainant's and the child's names and dates of
 * birth only for roles that may read personal data (others search by reference alone).
 */
function searchWhere(term: string, personal: boolean): Prisma.CaseWhereInput {
  const text = term.trim();
  const byReference: Prisma.CaseWhereInput = { reference: { contains: text, mode: "insensitive" } };
  if (!personal) return byReference;
  const date = searchDate(text);
  const person: Prisma.CasePersonWhereInput = date ? { dateOfBirth: dateFromIso(date) } : { name: { contains: text, mode: "insensitive" } };
  return { OR: [byReference, { persons: { some: { role: { in: [...SEARCHED_ROLES] }, ...person } } }] };
}

const auditedSearches = new WeakSet<GatewayContext>();

/**
 * A search that looks at personal data is itself a use of it: recorded once per request in the audit trail,
 * with what was searched (name or date of birth) but never the words searched for.
 */
async function auditPersonalSearch(context: GatewayContext, scope: CouncilScope, term: string): Promise<void> {
  if (auditedSearches.has(context)) return;
  auditedSearches.add(context);
  await writeAudit(scope.prisma, context, {
    action: "search_personal_data",
    detail: { searchedBy: searchDate(term.trim()) ? "date_of_birth" : "name_or_reference" },
  });
}

/**
 * The case list's filter: open cases when `open` is left out and no `status` is given (`open: null` asks for every
 * case); a search is audited when it reads personal data.
 */
export async function caseListWhere(context: GatewayContext, filter: CaseFilter): Promise<Prisma.CaseWhereInput> {
  const open = filter.open === undefined ? (filter.status ? null : true) : filter.open;
  return filteredWhere(context, { ...filter, open });
}

/**
 * The where clause of a filter with its search, as the case list applies it (caseCounts too): the search looks
 * at names and dates of birth only for roles that may read personal data, and such a search is audited.
 */
export async function filteredWhere(context: GatewayContext, filter: CaseFilter): Promise<Prisma.CaseWhereInput> {
  const scope = councilScope(context);
  const where = casesWhere(scope.councilId, { ...filter, search: null }, context.asOf);
  const search = filter.search?.trim();
  if (!search) return where;
  const personal = searchesPersonalData(scope);
  if (personal) await auditPersonalSearch(context, scope, search);
  return { AND: [where, searchWhere(search, personal)] };
}
