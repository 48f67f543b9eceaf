import { isoDateSchema } from "@csc/rules";
import { z } from "zod";
import { builder } from "../builder";
import { badInput } from "../errors/gateway-error";
import { authorName, logCaseContact } from "../services/case-notes";
import type { ContactDirection, ContactKind } from "../services/case-notes";
import { councilScope } from "../services/council-scope";
import { describedValues } from "./enum-values";

const ContactKindEnum = builder.enumType("ContactKind", {
  description: "How the contact was made",
  values: describedValues<ContactKind>({
    call: "A telephone or video call",
    email: "An email",
    letter: "A letter",
    meeting: "A meeting",
    visit: "A home or other visit",
  }),
});

const ContactDirectionEnum = builder.enumType("ContactDirection", {
  description: "Which way the contact went",
  values: describedValues<ContactDirection>({
    incoming: "To the council (they called, wrote...)",
    outgoing: "From the council",
    in_person: "Face to face",
  }),
});

interface CaseContactShape {
  id: string;
  kind: ContactKind;
  direction: ContactDirection;
  occurredOn: Date;
  occurredTime: string | null;
  withWhom: string;
  summary: string;
  authorId: string | null;
}

/** PERSONAL DATA. One entry of the contact log. Only officers and managers; reads are audited. */
export const CaseContact = builder.objectRef<CaseContactShape>("CaseContact").implement({
  description: "One call, email, letter, meeting or visit about the case (personal data: officers and managers only; reads audited)",
  authScopes: { readPersonalData: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The contact's id" }),
    kind: t.expose("kind", { type: ContactKindEnum, description: "How" }),
    direction: t.expose("direction", { type: ContactDirectionEnum, description: "Which way" }),
    occurredOn: t.field({ type: "Date", description: "When (the date)", resolve: (row) => row.occurredOn.toISOString().slice(0, 10) }),
    occurredTime: t.exposeString("occurredTime", { nullable: true, description: "When (the time, HH:MM), if recorded" }),
    withWhom: t.exposeString("withWhom", { description: "Who the contact was with" }),
    summary: t.exposeString("summary", { description: "What was said or done" }),
    loggedBy: t.string({
      nullable: true,
      description: "The officer who logged it",
      resolve: (row, _args, context) => authorName(context, row.authorId),
    }),
  }),
});

const LogCaseContactInput = builder.inputType("LogCaseContactInput", {
  description: "A call, email, letter, meeting or visit to add to a case's contact log (it takes no version: it does not change the case)",
  fields: (t) => ({
    caseId: t.id({ description: "The case" }),
    kind: t.field({ type: ContactKindEnum, description: "How the contact was made" }),
    direction: t.field({ type: ContactDirectionEnum, description: "Which way it went" }),
    occurredOn: t.field({ type: "Date", description: "When it happened (today or earlier)" }),
    occurredTime: t.string({ required: false, description: "The time, HH:MM (24-hour), if known" }),
    withWhom: t.string({ description: "Who it was with (personal data), up to 200 characters" }),
    summary: t.string({ description: "What was said or done (personal data), up to 10,000 characters" }),
  }),
});

builder.mutationField("logCaseContact", (t) =>
  t.prismaField({
    type: "Case",
    description:
      "Log a call, email, letter, meeting or visit on a case (officers and managers); the audit trail records its kind and direction, not its words",
    authScopes: { handleCases: true },
    args: { input: t.arg({ type: LogCaseContactInput, required: true, description: "The case and the contact to log" }) },
    validate: z.object({
      input: z
        .object({
          occurredOn: isoDateSchema,
          occurredTime: z
            .string()
            .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 14:30")
            .nullish(),
          withWhom: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
          summary: z.string().trim().min(1, "must not be empty").max(10_000, "must be at most 10000 characters"),
        })
        .passthrough(),
    }),
    resolve: async (query, _root, args, context) => {
      const input = args.input;
      if (input.occurredOn > context.asOf) {
        throw badInput(["input", "occurredOn"], "must be today or earlier");
      }
      const caseId = await logCaseContact(context, {
        caseId: String(input.caseId),
        kind: input.kind,
        direction: input.direction,
        occurredOn: input.occurredOn,
        occurredTime: input.occurredTime ?? null,
        withWhom: input.withWhom.trim(),
        summary: input.summary.trim(),
      });
      const { prisma, councilId } = councilScope(context);
      return prisma.case.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id: caseId } } });
    },
  }),
);
