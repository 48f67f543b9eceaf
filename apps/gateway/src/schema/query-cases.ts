import { connectionArgsSchema } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import { builder } from "../builder";
import { caseOrder } from "../services/list-cases";
import { councilScope } from "../services/council-scope";
import { countReadWithPage, pageCases, selectsField } from "../services/page-cases";
import { caseListWhere as listWhere } from "../services/search-cases";
import { CaseFilterInput, CaseSortEnum } from "./case-filter";

builder.queryField("cases", (t) =>
  t.prismaConnection(
    {
      type: "Case",
      cursor: "councilId_id",
      description: `Your council's cases, filtered and sorted; at most ${LIMITS.maxPageSize} a page`,
      authScopes: { readCases: true },
      maxSize: LIMITS.maxPageSize,
      defaultSize: LIMITS.defaultPageSize,
      validate: connectionArgsSchema,
      args: {
        filter: t.arg({ type: CaseFilterInput, required: false, description: "Which cases to list; all when omitted" }),
        sort: t.arg({ type: CaseSortEnum, required: false, description: "The order to list them in" }),
      },
      // Asked for alone (no page), or when the page was read without it: counted on its own.
      totalCount: async (_parent, args, context) => {
        const counted = countReadWithPage(args);
        if (counted !== undefined) return counted;
        const { prisma } = councilScope(context);
        return prisma.case.count({ where: await listWhere(context, args.filter ?? {}) });
      },
      resolve: async (query, _root, args, context, info) =>
        pageCases(context, {
          args,
          query,
          where: await listWhere(context, args.filter ?? {}),
          orderBy: caseOrder(args.sort ?? "RECEIVED_NEWEST"),
          withCount: selectsField(info, "totalCount"),
        }),
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many cases pass the filter, across every page",
          extensions: { pothosPrismaTotalCount: true },
          resolve: (parent) => (parent as { totalCount?: () => Promise<number> | number }).totalCount?.() ?? 0,
        }),
      }),
    },
  ),
);
