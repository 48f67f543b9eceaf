import { isoDateSchema } from "@csc/rules";
import { z } from "zod";
import { builder } from "../builder";
import { badInput } from "../errors/gateway-error";
import { recordLetterSent } from "../letters/record-sent";
import { councilScope } from "../services/council-scope";

const RecordLetterSentInput = builder.inputType("RecordLetterSentInput", {
  description: "That a letter kept on the case was sent, and when",
  fields: (t) => ({
    documentId: t.id({ description: "The letter: a document on the case (from generateLetter or attached)" }),
    sentOn: t.field({ type: "Date", description: "The date it was sent (today or earlier)" }),
    sentTo: t.string({ required: false, description: "Who it was sent to (personal data), up to 200 characters; default: the complainant" }),
  }),
});

builder.mutationField("recordLetterSent", (t) =>
  t.prismaField({
    type: "Case",
    description:
      "Record that a letter on the case was sent and its date (officers and managers): a letter_sent event in the case's lifecycle (it moves no stage or clock) and an outgoing letter in its contact log naming the document. Audited without its words",
    authScopes: { handleCases: true },
    args: { input: t.arg({ type: RecordLetterSentInput, required: true, description: "The case, the letter and the date it was sent" }) },
    validate: z.object({
      input: z
        .object({ sentOn: isoDateSchema, sentTo: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").nullish() })
        .passthrough(),
    }),
    resolve: async (query, _root, args, context) => {
      if (args.input.sentOn > context.asOf) throw badInput(["input", "sentOn"], "must be today or earlier");
      const caseId = await recordLetterSent(context, {
        documentId: String(args.input.documentId),
        sentOn: args.input.sentOn,
        sentTo: args.input.sentTo?.trim() || "The complainant",
      });
      const { prisma, councilId } = councilScope(context);
      return prisma.case.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id: caseId } } });
    },
  }),
);
