import { builder } from "../builder";
import { auditPersonalDataRead } from "../services/read-personal-data";

/**
 * One entry of a case's append-only event log. The payload can carry free text (a suspension's reason), so
 * it needs readPersonalData and its read is audited; the type and date do not.
 */
builder.prismaObject("CaseEvent", {
  name: "CaseTimelineEntry",
  authScopes: { readCases: true },
  fields: (t) => ({
    seq: t.exposeInt("seq"),
    type: t.exposeString("type"),
    on: t.expose("on", { type: "Date" }),
    actorRole: t.exposeString("actorRole", { nullable: true }),
    recordedAt: t.expose("createdAt", { type: "DateTime" }),
    payloadJson: t.string({
      description: "The event's details as JSON (may contain free text). Personal data: audited.",
      authScopes: { readPersonalData: true },
      resolve: async (event, _args, context) => {
        await auditPersonalDataRead(context, event.caseId);
        return JSON.stringify(event.payload ?? {});
      },
    }),
  }),
});
