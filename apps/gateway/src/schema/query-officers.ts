import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import { OfficerRef } from "./officer";

builder.queryField("officers", (t) =>
  t.prismaField({
    type: [OfficerRef],
    description:
      "Your council's complaints officers and managers (those a case may be allocated to), by name: for the case list's officer filter and allocation",
    authScopes: { readCases: true },
    resolve: (query, _root, _args, context) => {
      const { prisma, councilId } = councilScope(context);
      return prisma.user.findMany({
        ...query,
        where: { disabledAt: null, roles: { some: { councilId, role: { in: ["complaints_officer", "manager"] } } } },
        orderBy: [{ displayName: "asc" }, { id: "asc" }],
      });
    },
  }),
);
