import { z } from "zod";
import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import { worklistWhere } from "../services/list-cases";

builder.queryField("worklist", (t) =>
  t.prismaField({
    type: ["Case"],
    description: "Open cases with a clock due within `withinDays` calendar days or already overdue, soonest first",
    authScopes: { readCases: true },
    args: {
      withinDays: t.arg.int({ required: false, defaultValue: 5, description: "Cases with a clock due within this many days" }),
      officerId: t.arg.id({ required: false, description: "Only this officer's cases; all officers when omitted" }),
    },
    validate: z.object({
      withinDays: z.number().int().min(0, "must be 0 or more").max(365, "must be at most 365").nullish(),
      officerId: z.string().max(64).nullish(),
    }),
    resolve: (query, _root, args, context) => {
      const { prisma, councilId } = councilScope(context);
      return prisma.case.findMany({
        ...query,
        where: worklistWhere(councilId, context.asOf, args.withinDays ?? 5, args.officerId ?? null),
        orderBy: [{ nextDueOn: "asc" }, { reference: "asc" }],
        take: 100,
      });
    },
  }),
);
