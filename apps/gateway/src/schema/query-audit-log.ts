import { z } from "zod";
import { connectionArgsSchema } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import { builder } from "../builder";
import { councilScope, isRecordId } from "../services/council-scope";
import { SortDirectionEnum } from "./sort-direction";

/** The records' id increases as they are written, so it is both the order and the tie-breaker: pages neither skip nor repeat. */
builder.queryField("auditLog", (t) =>
  t.prismaConnection(
    {
      type: "AuditLog",
      cursor: "councilId_id",
      description: `Your council's audit log, newest first unless \`direction\` says otherwise (auditors and council administrators); at most ${LIMITS.maxPageSize} a page`,
      authScopes: { readAudit: true },
      maxSize: LIMITS.maxPageSize,
      defaultSize: LIMITS.defaultPageSize,
      args: {
        caseId: t.arg.id({ required: false, description: "Only the records about this case" }),
        direction: t.arg({
          type: SortDirectionEnum,
          required: false,
          defaultValue: "DESC",
          description: "Newest first (DESC, the default) or oldest first (ASC), in the order they were recorded",
        }),
      },
      validate: connectionArgsSchema.extend({ caseId: z.string().max(64).nullish() }),
      totalCount: (_parent, args, context) => {
        const { prisma, councilId } = councilScope(context);
        if (args.caseId && !isRecordId(args.caseId)) return 0;
        return prisma.auditLog.count({ where: { councilId, ...(args.caseId ? { caseId: args.caseId } : {}) } });
      },
      resolve: (query, _root, args, context) => {
        const { prisma, councilId } = councilScope(context);
        if (args.caseId && !isRecordId(args.caseId)) return [];
        return prisma.auditLog.findMany({
          ...query,
          where: { councilId, ...(args.caseId ? { caseId: args.caseId } : {}) },
          orderBy: { id: args.direction === "ASC" ? "asc" : "desc" },
        });
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many records match, across every page",
          extensions: { pothosPrismaTotalCount: true },
          resolve: (parent) => (parent as { totalCount?: () => Promise<number> | number }).totalCount?.() ?? 0,
        }),
      }),
    },
  ),
);
