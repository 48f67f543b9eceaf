import { z } from "zod";
import { builder } from "../builder";
import { notFound } from "../errors/gateway-error";
import { councilScope, isRecordId } from "../services/council-scope";

builder.queryField("case", (t) =>
  t.prismaField({
    type: "Case",
    description: "One case with its timeline, every clock and what may happen next. Unknown ids: NOT_FOUND.",
    authScopes: { readCases: true },
    args: { id: t.arg.id({ required: true, description: "The case's id" }) },
    validate: z.object({ id: z.string().max(64, "must be at most 64 characters") }),
    resolve: async (query, _root, args, context) => {
      const { prisma, councilId } = councilScope(context);
      if (!isRecordId(args.id)) throw notFound("Case");
      const found = await prisma.case.findUnique({ ...query, where: { councilId_id: { councilId, id: args.id } } });
      if (!found) throw notFound("Case");
      return found;
    },
  }),
);
