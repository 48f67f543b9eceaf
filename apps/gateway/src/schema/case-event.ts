import { builder } from "../builder";
import { eventTextIds, payloadWithText } from "../services/event-text";
import { readEventTexts } from "../services/read-personal-data";

/**
 * One entry of a case's append-only event log. Free text (a suspension's reason...) is stored apart in
 * case_narrative and the event keeps a reference (services/event-text.ts); the payload with the text read
 * back needs readPersonalData and its read is audited; the type and date do not.
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
      description: "The event's details as JSON, with its free text (e.g. a suspension's reason). Personal data: audited.",
      authScopes: { readPersonalData: true },
      resolve: async (event, _args, context) => {
        const payload = typeof event.payload === "object" && event.payload !== null ? (event.payload as Record<string, unknown>) : {};
        const texts = await readEventTexts(context, event.caseId, eventTextIds(payload));
        return JSON.stringify(payloadWithText(payload, texts));
      },
    }),
  }),
});
