import { z } from "zod";
import { LIMITS } from "../limits/query-limits";
import { builder } from "../builder";
import { caseOrder } from "../services/list-cases";
import { councilScope } from "../services/council-scope";
import { caseListWhere } from "../services/search-cases";
import { CaseFilterInput, CaseSortEnum } from "./case-filter";

interface CasePageShape {
  page: number;
  pageSize: number;
  totalCount: number;
  caseIds: string[];
}

/** One numbered page of the case list, for pagination with page numbers (the cases connection pages by cursor). */
const CasePage = builder.objectRef<CasePageShape>("CasePage").implement({
  description: "One numbered page of the council's cases",
  authScopes: { readCases: true },
  fields: (t) => ({
    page: t.exposeInt("page", { description: "This page's number, from 1" }),
    pageSize: t.exposeInt("pageSize", { description: "Cases a page" }),
    totalCount: t.exposeInt("totalCount", { description: "Cases matching the filter, on every page" }),
    pageCount: t.int({
      description: "How many pages there are (at least 1)",
      resolve: (row) => Math.max(1, Math.ceil(row.totalCount / row.pageSize)),
    }),
    cases: t.prismaField({
      type: ["Case"],
      description: "The cases on this page, in the order asked for",
      resolve: async (query, row, _args, context) => {
        const { prisma, councilId } = councilScope(context);
        const rows = await prisma.case.findMany({ ...query, where: { councilId, id: { in: row.caseIds } } });
        const order = new Map(row.caseIds.map((id, index) => [id, index]));
        return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      },
    }),
  }),
});

builder.queryField("casePage", (t) =>
  t.field({
    type: CasePage,
    description: `A numbered page of your council's cases, filtered and sorted as in cases (open cases unless asked otherwise); at most ${LIMITS.maxPageSize} a page`,
    authScopes: { readCases: true },
    args: {
      filter: t.arg({ type: CaseFilterInput, required: false, description: "Which cases to list; all when omitted" }),
      sort: t.arg({ type: CaseSortEnum, required: false, description: "The order to list them in" }),
      page: t.arg.int({ required: false, defaultValue: 1, description: "Which page, from 1" }),
      pageSize: t.arg.int({ required: false, defaultValue: LIMITS.defaultPageSize, description: "Cases a page" }),
    },
    validate: z
      .object({
        page: z.number().int().min(1, "must be at least 1").max(10_000, "must be at most 10000").nullish(),
        pageSize: z.number().int().min(1, "must be at least 1").max(LIMITS.maxPageSize, `must be at most ${LIMITS.maxPageSize}`).nullish(),
      })
      .passthrough(),
    resolve: async (_root, args, context) => {
      const { prisma } = councilScope(context);
      const where = await caseListWhere(context, args.filter ?? {});
      const page = args.page ?? 1;
      const pageSize = args.pageSize ?? LIMITS.defaultPageSize;
      const totalCount = await prisma.case.count({ where });
      const rows = await prisma.case.findMany({
        where,
        select: { id: true },
        orderBy: caseOrder(args.sort ?? "RECEIVED_NEWEST"),
        skip: (page - 1) * pageSize,
        take: pageSize,
      });
      return { page, pageSize, totalCount, caseIds: rows.map((row) => row.id) };
    },
  }),
);
