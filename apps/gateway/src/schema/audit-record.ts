import { builder } from "../builder";

/** One audit log record: who (user and role), which council, what, which case, when. Append-only. */
builder.prismaObject("AuditLog", {
  description: "One audit log record: who (user and role), what, which case, when. Append-only",
  name: "AuditRecord",
  authScopes: { readAudit: true },
  fields: (t) => ({
    id: t.string({ description: "The record's id (its place in the append-only log)", resolve: (row) => row.id.toString() }),
    at: t.expose("at", { description: "When the action happened", type: "DateTime" }),
    actorId: t.exposeID("actorId", { description: "The user who acted; null for the platform itself (jobs, imports)", nullable: true }),
    actorRole: t.exposeString("actorRole", { description: "The role the actor acted in" }),
    action: t.exposeString("action", {
      description: "What was done: the mutation's name (e.g. acknowledgeCase) or an access such as read_personal_data",
    }),
    caseId: t.exposeID("caseId", { description: "The case acted on, if any", nullable: true }),
    requestId: t.exposeString("requestId", {
      description: "The HTTP request the action belonged to (to join records of one request)",
      nullable: true,
    }),
  }),
});
