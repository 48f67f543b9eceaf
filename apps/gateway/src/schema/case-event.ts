import { builder } from "../builder";
import type { GatewayContext } from "../context";
import { eventTextIds, payloadWithText } from "../services/event-text";
import { readEventTexts } from "../services/read-personal-data";

/** The event's payload with its free text read back (the read is audited). */
async function payloadOf(context: GatewayContext, event: { caseId: string; payload: unknown }): Promise<Record<string, unknown>> {
  const payload = typeof event.payload === "object" && event.payload !== null ? (event.payload as Record<string, unknown>) : {};
  const texts = await readEventTexts(context, event.caseId, eventTextIds(payload));
  return payloadWithText(payload, texts);
}

/**
 * One entry of a case's append-only event log. Free text (a suspension's reason...) is stored apart in
 * case_narrative and the event keeps a reference (services/event-text.ts); the payload with the text read
 * back needs readPersonalData and its read is audited; the type and date do not.
 */
builder.prismaObject("CaseEvent", {
  description: "One entry of a case's append-only event log",
  name: "CaseTimelineEntry",
  authScopes: { readCases: true },
  fields: (t) => ({
    seq: t.exposeInt("seq", { description: "The entry's place in the case's log (1, 2, 3...)" }),
    type: t.exposeString("type", { description: "What happened: the event type, e.g. received, acknowledged or procedure_decided" }),
    on: t.expose("on", { description: "The day it happened (the date the officer gave)", type: "Date" }),
    actorRole: t.exposeString("actorRole", { description: "The role of who recorded it; null for imports", nullable: true }),
    recordedAt: t.expose("createdAt", { description: "When it was recorded on the platform", type: "DateTime" }),
    payload: t.field({
      type: "JSON",
      description: "The event's details (their fields depend on its type), with its free text (e.g. a suspension's reason). Personal data: audited.",
      authScopes: { readPersonalData: true },
      resolve: (event, _args, context) => payloadOf(context, event),
    }),
  }),
});
