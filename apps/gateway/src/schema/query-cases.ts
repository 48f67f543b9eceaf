import { z } from "zod";
import { LIMITS } from "../limits/query-limits";
import { builder } from "../builder";
import type { GatewayContext } from "../context";
import { casesWhere, caseOrder } from "../services/list-cases";
import type { CaseFilter } from "../services/list-cases";
import { councilScope } from "../services/council-scope";
import { auditPersonalSearch, searchWhere, searchesPersonalData } from "../services/search-cases";
import { CaseFilterInput, CaseSortEnum } from "./case-filter";

/** The list's filter: open cases unless `open` or `status` says otherwise; a search audited when it reads personal data. */
async function listWhere(context: GatewayContext, filter: CaseFilter) {
  const scope = councilScope(context);
  const open = filter.open ?? (filter.status ? null : true);
  const where = casesWhere(scope.councilId, { ...filter, open, search: null }, context.asOf);
  const search = filter.search?.trim();
  if (!search) return where;
  const personal = searchesPersonalData(scope);
  if (personal) await auditPersonalSearch(context, scope, search);
  return { AND: [where, searchWhere(search, personal)] };
}

builder.queryField("cases", (t) =>
  t.prismaConnection({
    type: "Case",
    cursor: "councilId_id",
    description: `Your council's cases, filtered and sorted; at most ${LIMITS.maxPageSize} a page`,
    authScopes: { readCases: true },
    maxSize: LIMITS.maxPageSize,
    defaultSize: LIMITS.defaultPageSize,
    validate: z
      .object({
        first: z.number().int().min(1, "must be at least 1").max(LIMITS.maxPageSize, `must be at most ${LIMITS.maxPageSize}`).nullish(),
        last: z.number().int().min(1, "must be at least 1").max(LIMITS.maxPageSize, `must be at most ${LIMITS.maxPageSize}`).nullish(),
      })
      .passthrough(),
    args: {
      filter: t.arg({ type: CaseFilterInput, required: false }),
      sort: t.arg({ type: CaseSortEnum, required: false }),
    },
    totalCount: async (_parent, args, context) => {
      const { prisma } = councilScope(context);
      return prisma.case.count({ where: await listWhere(context, args.filter ?? {}) });
    },
    resolve: async (query, _root, args, context) => {
      const { prisma } = councilScope(context);
      return prisma.case.findMany({
        ...query,
        where: await listWhere(context, args.filter ?? {}),
        orderBy: caseOrder(args.sort ?? "RECEIVED_NEWEST"),
      });
    },
  }),
);
