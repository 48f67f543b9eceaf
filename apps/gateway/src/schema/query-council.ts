import { builder } from "../builder";
import { notFound } from "../errors/gateway-error";
import { councilScope } from "../services/council-scope";

builder.queryField("council", (t) =>
  t.prismaField({
    type: "Council",
    description: "Your council's configuration",
    authScopes: { $any: { readCases: true, readAggregates: true, configureCouncil: true, readAudit: true } },
    resolve: async (query, _root, _args, context) => {
      const { prisma, councilId } = councilScope(context);
      const council = await prisma.council.findUnique({ ...query, where: { id: councilId } });
      if (!council) throw notFound("Council");
      return council;
    },
  }),
);
