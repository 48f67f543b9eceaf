import { z } from "zod";
import { builder } from "../builder";
import { councilScope, isRecordId } from "../services/council-scope";

builder.queryField("auditLog", (t) =>
  t.prismaField({
    type: ["AuditLog"],
    description: "Your council's audit log, newest first (auditors and council administrators)",
    authScopes: { readAudit: true },
    args: {
      caseId: t.arg.id({ required: false, description: "Only the records about this case" }),
      first: t.arg.int({ required: false, defaultValue: 50, description: "How many of the latest records to return" }),
    },
    validate: z.object({
      caseId: z.string().max(64).nullish(),
      first: z.number().int().min(1, "must be at least 1").max(100, "must be at most 100").nullish(),
    }),
    resolve: (query, _root, args, context) => {
      const { prisma, councilId } = councilScope(context);
      if (args.caseId && !isRecordId(args.caseId)) return [];
      return prisma.auditLog.findMany({
        ...query,
        where: { councilId, ...(args.caseId ? { caseId: args.caseId } : {}) },
        orderBy: { id: "desc" },
        take: args.first ?? 50,
      });
    },
  }),
);
