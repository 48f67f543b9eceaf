import { isoDateSchema } from "@csc/rules";
import { z } from "zod";
import { builder } from "../builder";
import { vocabularyKindSchema } from "../services/configure-inputs";
import { vocabularyOn } from "../services/configure-vocabulary";
import { VocabularyKindEnum } from "./configuration-vocabulary";

interface LocalChoiceShape {
  code: string;
  label: string;
  canonical: string;
  parentCode: string | null;
  policy: string | null;
}

/** One entry of the council's own vocabulary, as a form offers it: its code, its words and the canonical value. */
const LocalChoice = builder.objectRef<LocalChoiceShape>("LocalChoice").implement({
  description: "One of the council's own words for a value (a reason, channel, complainant type, outcome), with the canonical value it maps to",
  authScopes: { handleCases: true },
  fields: (t) => ({
    code: t.exposeString("code", { description: "The council's code: send it as the local... field of a mutation" }),
    label: t.exposeString("label", { description: "The council's words for it" }),
    canonical: t.exposeString("canonical", { description: "The canonical value it maps to" }),
    parentCode: t.exposeString("parentCode", { nullable: true, description: "Reasons: the code of their category" }),
    policy: t.exposeString("policy", {
      nullable: true,
      description: "A council's own ground for not considering a complaint: the local policy that gives it",
    }),
  }),
});

builder.queryField("localChoices", (t) =>
  t.field({
    type: [LocalChoice],
    description:
      "The council's own vocabulary of a kind in force on a date, in its order, for the forms of officers and managers (empty when the council has none: offer the canonical values)",
    authScopes: { handleCases: true },
    args: {
      kind: t.arg({ type: VocabularyKindEnum, required: true, description: "Which vocabulary" }),
      on: t.arg({ type: "Date", required: true, description: "The date it must be in force on (the date the feedback was received)" }),
    },
    validate: z.object({ kind: vocabularyKindSchema, on: isoDateSchema }),
    resolve: async (_root, args, context) => {
      const version = await vocabularyOn(context, args.kind, args.on);
      return (version?.entries ?? []).map((e) => ({
        code: e.code,
        label: e.label,
        canonical: e.canonical,
        parentCode: e.parentCode ?? null,
        policy: e.policy ?? null,
      }));
    },
  }),
);
