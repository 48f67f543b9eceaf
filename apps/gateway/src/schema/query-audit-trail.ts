import { isoDateSchema } from "@csc/rules";
import { z } from "zod";
import type { Prisma } from "@csc/db";
import { builder } from "../builder";
import { auditDetailOf } from "../services/audit-detail";
import { councilScope, isRecordId } from "../services/council-scope";

const NO_ID = "00000000-0000-0000-0000-000000000000";

builder.prismaObjectFields("AuditLog", (t) => ({
  detail: t.field({
    type: "JSON",
    description:
      "What the record says beyond its action (a JSON object): field names, counts, and for a change the codes `before` and `after` (objects by field); never a value about a person",
    resolve: (row) => auditDetailOf(row.detail),
  }),
  actorName: t.string({
    nullable: true,
    description: "The display name of the user who acted, when they are a member of your council",
    resolve: async (row, _args, context) => {
      if (!row.actorId) return null;
      const { prisma } = councilScope(context);
      const user = await prisma.user.findUnique({ where: { id: row.actorId }, select: { displayName: true } });
      return user?.displayName ?? null;
    },
  }),
  caseReference: t.string({
    nullable: true,
    description: "The reference of the case it is about, if any",
    resolve: async (row, _args, context) => {
      if (!row.caseId) return null;
      const { prisma, councilId } = councilScope(context);
      const found = await prisma.case.findUnique({ where: { councilId_id: { councilId, id: row.caseId } }, select: { reference: true } });
      return found?.reference ?? null;
    },
  }),
}));

const AuditTrailFilter = builder.inputType("AuditTrailFilter", {
  description: "Filters for the audit trail; they combine with AND",
  fields: (t) => ({
    caseReference: t.string({ required: false, description: "The case's reference, e.g. 2026-0042" }),
    actorId: t.id({ required: false, description: "The user who acted" }),
    action: t.string({ required: false, description: "The action, e.g. updateCaseDetails or read_personal_data" }),
    from: t.field({ type: "Date", required: false, description: "On or after this day (UTC)" }),
    to: t.field({ type: "Date", required: false, description: "On or before this day (UTC)" }),
  }),
});

interface TrailShape {
  page: number;
  pageSize: number;
  totalCount: number;
  where: Prisma.AuditLogWhereInput;
}

const AuditTrailPage = builder.objectRef<TrailShape>("AuditTrailPage").implement({
  description: "One numbered page of the audit trail, newest first",
  authScopes: { readAudit: true },
  fields: (t) => ({
    page: t.exposeInt("page", { description: "This page's number, from 1" }),
    pageCount: t.int({ description: "How many pages (at least 1)", resolve: (row) => Math.max(1, Math.ceil(row.totalCount / row.pageSize)) }),
    totalCount: t.exposeInt("totalCount", { description: "Records matching the filter" }),
    records: t.prismaField({
      type: ["AuditLog"],
      description: "The records on this page, newest first",
      resolve: (query, row, _args, context) => {
        const { prisma } = councilScope(context);
        return prisma.auditLog.findMany({
          ...query,
          where: row.where,
          orderBy: { id: "desc" },
          skip: (row.page - 1) * row.pageSize,
          take: row.pageSize,
        });
      },
    }),
  }),
});

builder.queryField("auditTrail", (t) =>
  t.field({
    type: AuditTrailPage,
    description:
      "Your council's audit trail, filtered by case, user, action and date, a numbered page at a time (auditors and council administrators)",
    authScopes: { readAudit: true },
    args: {
      filter: t.arg({ type: AuditTrailFilter, required: false, description: "Which records to list; every record when left out" }),
      page: t.arg.int({ required: false, defaultValue: 1, description: "Which page, from 1" }),
      pageSize: t.arg.int({ required: false, defaultValue: 50, description: "Records a page (at most 100)" }),
    },
    validate: z
      .object({
        page: z.number().int().min(1, "must be at least 1").max(100_000, "must be at most 100000").nullish(),
        pageSize: z.number().int().min(1, "must be at least 1").max(100, "must be at most 100").nullish(),
        filter: z
          .object({
            caseReference: z.string().trim().max(40, "must be at most 40 characters").nullish(),
            actorId: z.string().max(64).nullish(),
            action: z.string().trim().max(80, "must be at most 80 characters").nullish(),
            from: isoDateSchema.nullish(),
            to: isoDateSchema.nullish(),
          })
          .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["from"] })
          .nullish(),
      })
      .passthrough(),
    resolve: async (_root, args, context) => {
      const { prisma, councilId } = councilScope(context);
      const f = args.filter ?? {};
      const where: Prisma.AuditLogWhereInput[] = [{ councilId }];
      if (f.caseReference?.trim()) {
        const found = await prisma.case.findUnique({
          where: { councilId_reference: { councilId, reference: f.caseReference.trim() } },
          select: { id: true },
        });
        where.push({ caseId: found?.id ?? NO_ID });
      }
      if (f.actorId) where.push({ actorId: isRecordId(String(f.actorId)) ? String(f.actorId) : NO_ID });
      if (f.action?.trim()) where.push({ action: f.action.trim() });
      if (f.from) where.push({ at: { gte: new Date(`${f.from}T00:00:00Z`) } });
      if (f.to) where.push({ at: { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } });
      const page = args.page ?? 1;
      const pageSize = args.pageSize ?? 50;
      const totalCount = await prisma.auditLog.count({ where: { AND: where } });
      return { page, pageSize, totalCount, where: { AND: where } };
    },
  }),
);
