import { z } from "zod";
import { isoDateSchema } from "@csc/rules";
import { builder } from "../builder";
import { publishVocabularyVersionInputSchema, VOCABULARY_KINDS, vocabularyKindSchema } from "../services/configure-inputs";
import { listVocabularyVersions, publishVocabularyVersion, vocabularyOn, vocabularyVersionById } from "../services/configure-vocabulary";
import type { ReasonCategoryView, VocabularyEntryView, VocabularyVersionView } from "../services/configure-vocabulary";

const admin = { configureCouncil: true } as const;

export const VocabularyKindEnum = builder.enumType("VocabularyKind", {
  description: "A council's local vocabulary; each entry maps onto one canonical value",
  values: VOCABULARY_KINDS,
});

const VocabularyEntry = builder.objectRef<VocabularyEntryView>("VocabularyEntry").implement({
  description: "One local label of a vocabulary version and the canonical value it maps to",
  authScopes: admin,
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    label: t.exposeString("label"),
    canonical: t.exposeString("canonical", { description: "A value of the kind's canonical vocabulary in @csc/rules" }),
    parentCode: t.exposeString("parentCode", { nullable: true, description: "Reason taxonomy: the category's code" }),
    policy: t.exposeString("policy", {
      nullable: true,
      description: "A council's own ground for not considering a complaint: the local policy that gives it",
    }),
    validFrom: t.expose("validFrom", { type: "Date" }),
    validTo: t.expose("validTo", { type: "Date", nullable: true }),
  }),
});

const ReasonCategory = builder.objectRef<ReasonCategoryView>("ReasonCategory").implement({
  description: "A category of the reason taxonomy with its reasons",
  authScopes: admin,
  fields: (t) => ({
    category: t.field({ type: VocabularyEntry, resolve: (c) => c.category }),
    reasons: t.field({ type: [VocabularyEntry], resolve: (c) => c.reasons }),
  }),
});

export const VocabularyVersion = builder.objectRef<VocabularyVersionView>("VocabularyVersion").implement({
  description: "One published version of a local vocabulary, in force from effectiveFrom (versions are never edited)",
  authScopes: admin,
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: VocabularyKindEnum, resolve: (v) => v.kind }),
    version: t.exposeInt("version"),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date" }),
    effectiveTo: t.expose("effectiveTo", { type: "Date", nullable: true }),
    inForce: t.exposeBoolean("inForce"),
    entries: t.field({ type: [VocabularyEntry], resolve: (v) => v.entries }),
    categories: t.field({ type: [ReasonCategory], resolve: (v) => v.categories }),
  }),
});

builder.queryField("vocabularyVersions", (t) =>
  t.field({
    type: [VocabularyVersion],
    description: "Every version of one of your council's vocabularies, newest first (council administrators)",
    authScopes: admin,
    args: { kind: t.arg({ type: VocabularyKindEnum, required: true }) },
    resolve: (_root, args, context) => listVocabularyVersions(context, args.kind),
  }),
);

builder.queryField("vocabularyInForce", (t) =>
  t.field({
    type: VocabularyVersion,
    nullable: true,
    description: "The version of a vocabulary in force on a date: the one a case received that day is classified by",
    authScopes: admin,
    args: { kind: t.arg({ type: VocabularyKindEnum, required: true }), on: t.arg({ type: "Date", required: true }) },
    validate: z.object({ kind: vocabularyKindSchema, on: isoDateSchema }),
    resolve: (_root, args, context) => vocabularyOn(context, args.kind, args.on),
  }),
);

const VocabularyEntryInput = builder.inputType("VocabularyEntryInput", {
  fields: (t) => ({
    code: t.string(),
    label: t.string(),
    canonical: t.string({ description: "A value of the kind's canonical vocabulary" }),
    parentCode: t.string({ required: false, description: "Reason taxonomy: the code of the category" }),
    policy: t.string({
      required: false,
      description: "Reasons not considered mapped to other (the council's own ground): the local policy that gives it, required",
    }),
  }),
});

const PublishVocabularyVersionInput = builder.inputType("PublishVocabularyVersionInput", {
  fields: (t) => ({
    kind: t.field({ type: VocabularyKindEnum }),
    effectiveFrom: t.field({ type: "Date", description: "Today or later, after the latest version's start" }),
    entries: t.field({ type: [VocabularyEntryInput] }),
  }),
});

builder.mutationField("publishVocabularyVersion", (t) =>
  t.field({
    type: VocabularyVersion,
    description: "Publish a new version of a vocabulary from a date; cases already received keep their entries",
    authScopes: admin,
    args: {
      input: t.arg({
        type: PublishVocabularyVersionInput,
        required: true,
        description: "The vocabulary, its entries and the date it comes into force",
      }),
    },
    validate: z.object({ input: publishVocabularyVersionInputSchema }),
    resolve: async (_root, args, context) => {
      const id = await publishVocabularyVersion(context, publishVocabularyVersionInputSchema.parse(args.input));
      return vocabularyVersionById(context, id);
    },
  }),
);
