import { z } from "zod";
import { isoDateSchema } from "@csc/rules";
import { builder } from "../builder";
import { describedValues } from "./enum-values";
import { textRule } from "./input-rules";
import type { VOCABULARY_KINDS } from "../services/configure-inputs";
import { canonicalRule, codeRule, vocabularyEntriesRule, vocabularyKindSchema, vocabularyVersionRule } from "../services/configure-inputs";
import type { PublishVocabularyVersionInput as PublishShape, VocabularyEntryInput as EntryShape } from "../services/configure-inputs";
import { listVocabularyVersions, publishVocabularyVersion, vocabularyOn, vocabularyVersionById } from "../services/configure-vocabulary";
import type { ReasonCategoryView, VocabularyEntryView, VocabularyVersionView } from "../services/configure-vocabulary";

const admin = { configureCouncil: true } as const;

export const VocabularyKindEnum = builder.enumType("VocabularyKind", {
  description: "A council's local vocabulary; each entry maps onto one canonical value",
  values: describedValues<(typeof VOCABULARY_KINDS)[number]>({
    reason_taxonomy: "The council's reason categories and reasons, each reason mapped onto a ReasonTheme",
    outcome: "The council's outcome codes, each mapped onto an Outcome",
    channel: "The council's channels, each mapped onto a Channel",
    complainant_type: "The council's complainant types, each mapped onto a ComplainantRelationship",
    feedback_kind: "The council's kinds of feedback, each mapped onto a FeedbackKind",
    lgsco_decision: "The council's codes for the Ombudsman's decisions, each mapped onto an LgscoDecision",
    not_considered_reason: "The council's reasons for not considering a complaint, each mapped onto a NotConsideredReason",
  }),
});

const VocabularyEntry = builder.objectRef<VocabularyEntryView>("VocabularyEntry").implement({
  description: "One local label of a vocabulary version and the canonical value it maps to",
  authScopes: admin,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The entry's id" }),
    code: t.exposeString("code", { description: "The council's own code" }),
    label: t.exposeString("label", { description: "The council's own label" }),
    canonical: t.exposeString("canonical", { description: "A value of the kind's canonical vocabulary in @csc/rules" }),
    parentCode: t.exposeString("parentCode", { nullable: true, description: "Reason taxonomy: the category's code" }),
    policy: t.exposeString("policy", {
      nullable: true,
      description: "A council's own ground for not considering a complaint: the local policy that gives it",
    }),
    validFrom: t.expose("validFrom", { description: "The first day the entry is in force", type: "Date" }),
    validTo: t.expose("validTo", { description: "The last day the entry is in force; null while open", type: "Date", nullable: true }),
  }),
});

const ReasonCategory = builder.objectRef<ReasonCategoryView>("ReasonCategory").implement({
  description: "A category of the reason taxonomy with its reasons",
  authScopes: admin,
  fields: (t) => ({
    category: t.field({ description: "The category", type: VocabularyEntry, resolve: (c) => c.category }),
    reasons: t.field({ description: "The category's reasons", type: [VocabularyEntry], resolve: (c) => c.reasons }),
  }),
});

const VocabularyVersion = builder.objectRef<VocabularyVersionView>("VocabularyVersion").implement({
  description: "One published version of a local vocabulary, in force from effectiveFrom (versions are never edited)",
  authScopes: admin,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The version's id" }),
    kind: t.field({ description: "Which vocabulary", type: VocabularyKindEnum, resolve: (v) => v.kind }),
    version: t.exposeInt("version", { description: "The version number (1, 2, 3...)" }),
    effectiveFrom: t.expose("effectiveFrom", { description: "The first day the version is in force", type: "Date" }),
    effectiveTo: t.expose("effectiveTo", {
      description: "The last day the version is in force; null while it is the latest",
      type: "Date",
      nullable: true,
    }),
    inForce: t.exposeBoolean("inForce", { description: "Whether the version is in force today" }),
    entries: t.field({ description: "The version's entries", type: [VocabularyEntry], resolve: (v) => v.entries }),
    categories: t.field({
      description: "Reason taxonomy: the entries grouped into categories with their reasons (empty for other kinds)",
      type: [ReasonCategory],
      resolve: (v) => v.categories,
    }),
  }),
});

builder.queryField("vocabularyVersions", (t) =>
  t.field({
    type: [VocabularyVersion],
    description: "Every version of one of your council's vocabularies, newest first (council administrators)",
    authScopes: admin,
    args: { kind: t.arg({ type: VocabularyKindEnum, required: true, description: "Which vocabulary" }) },
    resolve: (_root, args, context) => listVocabularyVersions(context, args.kind),
  }),
);

builder.queryField("vocabularyInForce", (t) =>
  t.field({
    type: VocabularyVersion,
    nullable: true,
    description: "The version of a vocabulary in force on a date: the one a case received that day is classified by",
    authScopes: admin,
    args: {
      kind: t.arg({ type: VocabularyKindEnum, required: true, description: "Which vocabulary" }),
      on: t.arg({ type: "Date", required: true, description: "The day (e.g. a case's received date)" }),
    },
    validate: z.object({ kind: vocabularyKindSchema, on: isoDateSchema }),
    resolve: (_root, args, context) => vocabularyOn(context, args.kind, args.on),
  }),
);

const VocabularyEntryInput = builder.inputRef<EntryShape>("VocabularyEntryInput").implement({
  description: "One entry of a new vocabulary version",
  fields: (t) => ({
    code: t.string({ description: "The council's own code (unique in the version)", validate: codeRule }),
    label: t.string({ description: "The council's own label", validate: textRule(200) }),
    canonical: t.string({ description: "A value of the kind's canonical vocabulary", validate: canonicalRule }),
    parentCode: t.string({ required: false, description: "Reason taxonomy: the code of the category", validate: codeRule }),
    policy: t.string({
      required: false,
      description: "Reasons not considered mapped to other (the council's own ground): the local policy that gives it, required",
      validate: textRule(300),
    }),
  }),
});

const PublishVocabularyVersionInput = builder.inputRef<PublishShape>("PublishVocabularyVersionInput").implement({
  description: "A new version of a vocabulary",
  fields: (t) => ({
    kind: t.field({ description: "Which vocabulary", type: VocabularyKindEnum }),
    effectiveFrom: t.field({ type: "Date", description: "Today or later, after the latest version's start", validate: isoDateSchema }),
    entries: t.field({
      description: "Every entry of the new version (the whole vocabulary, not a change)",
      type: [VocabularyEntryInput],
      validate: vocabularyEntriesRule,
    }),
  }),
  validate: vocabularyVersionRule,
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
    resolve: async (_root, args, context) => {
      const id = await publishVocabularyVersion(context, args.input);
      return vocabularyVersionById(context, id);
    },
  }),
);
