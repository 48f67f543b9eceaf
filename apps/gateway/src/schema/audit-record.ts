import { builder } from "../builder";

/** One audit log record: who (user and role), which council, what, which case, when. Append-only. */
builder.prismaObject("AuditLog", {
  name: "AuditRecord",
  authScopes: { readAudit: true },
  fields: (t) => ({
    id: t.string({ resolve: (row) => row.id.toString() }),
    at: t.expose("at", { type: "DateTime" }),
    actorId: t.exposeID("actorId", { nullable: true }),
    actorRole: t.exposeString("actorRole"),
    action: t.exposeString("action"),
    caseId: t.exposeID("caseId", { nullable: true }),
    requestId: t.exposeString("requestId", { nullable: true }),
  }),
});
