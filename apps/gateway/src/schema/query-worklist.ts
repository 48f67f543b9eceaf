import { z } from "zod";
import { connectionArgsSchema } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import { worklistWhere } from "../services/list-cases";
import { countReadWithPage, pageCases, selectsField } from "../services/page-cases";

builder.queryField("worklist", (t) =>
  t.prismaConnection(
    {
      type: "Case",
      cursor: "councilId_id",
      description: `Open cases with a clock due within \`withinDays\` calendar days or already overdue, soonest first; at most ${LIMITS.maxPageSize} a page`,
      authScopes: { readCases: true },
      maxSize: LIMITS.maxPageSize,
      defaultSize: LIMITS.defaultPageSize,
      args: {
        withinDays: t.arg.int({ required: false, defaultValue: 5, description: "Cases with a clock due within this many days" }),
        officerId: t.arg.id({ required: false, description: "Only this officer's cases; all officers when omitted" }),
      },
      validate: connectionArgsSchema.extend({
        withinDays: z.number().int().min(0, "must be 0 or more").max(365, "must be at most 365").nullish(),
        officerId: z.string().max(64).nullish(),
      }),
      // Asked for alone (no page): counted on its own; otherwise read with the page, in its transaction.
      totalCount: async (_parent, args, context) => {
        const counted = countReadWithPage(args);
        if (counted !== undefined) return counted;
        const { prisma, councilId } = councilScope(context);
        return prisma.case.count({ where: worklistWhere(councilId, context.asOf, args.withinDays ?? 5, args.officerId ?? null) });
      },
      resolve: (query, _root, args, context, info) => {
        const { councilId } = councilScope(context);
        return pageCases(context, {
          args,
          query,
          where: worklistWhere(councilId, context.asOf, args.withinDays ?? 5, args.officerId ?? null),
          // The id breaks ties, so a page boundary between two cases due the same day neither skips nor repeats one.
          orderBy: [{ nextDueOn: "asc" }, { reference: "asc" }, { id: "asc" }],
          withCount: selectsField(info, "totalCount"),
        });
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many cases are on the worklist, across every page",
          extensions: { pothosPrismaTotalCount: true },
          resolve: (parent) => (parent as { totalCount?: () => Promise<number> | number }).totalCount?.() ?? 0,
        }),
      }),
    },
  ),
);
