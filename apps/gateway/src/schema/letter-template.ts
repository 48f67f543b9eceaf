import { z } from "zod";
import { builder } from "../builder";
import { DEFAULT_WORDING } from "../letters/defaults";
import type { LetterKind } from "../letters/kinds";
import { LETTER_KINDS, LETTER_TITLES } from "../letters/kinds";
import { MERGE_FIELDS, MERGE_FIELD_TAGS } from "../letters/merge-fields";
import { REQUIRED_BLOCKS, statutoryBlocks } from "../letters/statutory-blocks";
import type { LetterTemplateShape } from "../letters/templates";
import { currentTemplates, saveTemplate } from "../letters/templates";
import { councilScope } from "../services/council-scope";
import { describedValues } from "./enum-values";

/** The letters of the procedure (SI 2006/1738; Children Act 1989 s.26A) as a GraphQL enum. */
export const LetterKindEnum = builder.enumType("LetterKind", {
  description: "A letter of the procedure the council writes from a case",
  values: describedValues<LetterKind>(Object.fromEntries(LETTER_KINDS.map((kind) => [kind, LETTER_TITLES[kind]])) as Record<LetterKind, string>),
});

interface MergeFieldShape {
  tag: string;
  description: string;
}
const MergeField = builder.objectRef<MergeFieldShape>("LetterMergeField").implement({
  description: "A merge field a letter's wording may use, written {{tag}}",
  authScopes: { handleCases: true, configureCouncil: true },
  fields: (t) => ({
    tag: t.exposeString("tag", { description: "What to write between {{ and }}, e.g. case.reference" }),
    description: t.exposeString("description", { description: "What it is filled with" }),
  }),
});

interface BlockShape {
  tag: string;
  description: string;
  source: string;
}
const StatutoryBlock = builder.objectRef<BlockShape>("LetterStatutoryBlock").implement({
  description: "Wording the regulations require in a letter, supplied by the platform; the council places it and cannot remove it",
  authScopes: { handleCases: true, configureCouncil: true },
  fields: (t) => ({
    tag: t.exposeString("tag", { description: "What to write between {{ and }} to place it, e.g. block.advocacy" }),
    description: t.exposeString("description", { description: "What it says, in a line" }),
    source: t.exposeString("source", { description: "The statute or regulation that requires it" }),
  }),
});

const LetterTemplate = builder.objectRef<LetterTemplateShape>("LetterTemplate").implement({
  description: "The council's current wording of one letter (no personal data). Version 0 is the platform's default wording",
  authScopes: { handleCases: true, configureCouncil: true },
  fields: (t) => ({
    kind: t.field({ type: LetterKindEnum, description: "Which letter", resolve: (row) => row.kind }),
    title: t.string({ description: "What the letter is called", resolve: (row) => LETTER_TITLES[row.kind] }),
    version: t.exposeInt("version", { description: "Its version: each save adds one; 0 is the platform's default wording" }),
    subject: t.exposeString("subject", { description: "The subject line, with merge fields in {{ }}" }),
    body: t.exposeString("body", { description: "The body: paragraphs separated by a blank line, merge fields and statutory blocks in {{ }}" }),
    savedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When this version was saved (null for the default)",
      resolve: (row) => row.savedAt,
    }),
    defaultSubject: t.string({ description: "The platform's default subject line", resolve: (row) => DEFAULT_WORDING[row.kind].subject }),
    defaultBody: t.string({ description: "The platform's default body", resolve: (row) => DEFAULT_WORDING[row.kind].body }),
    requiredBlocks: t.field({
      type: [StatutoryBlock],
      description: "The statutory blocks this letter must keep",
      resolve: (row) => {
        const blocks = statutoryBlocks();
        return REQUIRED_BLOCKS[row.kind].map((id) => ({ tag: `block.${id}`, description: blocks[id].description, source: blocks[id].source }));
      },
    }),
    mergeFields: t.field({
      type: [MergeField],
      description: "The merge fields its wording may use",
      resolve: () => MERGE_FIELD_TAGS.map((tag) => ({ tag, description: MERGE_FIELDS[tag] })),
    }),
  }),
});

builder.queryField("letterTemplates", (t) =>
  t.field({
    type: [LetterTemplate],
    description: "The council's current wording of every letter, in the procedure's order (officers, managers and council administrators)",
    authScopes: { handleCases: true, configureCouncil: true },
    resolve: (_root, _args, context) => {
      const { prisma, councilId } = councilScope(context);
      return currentTemplates(prisma, councilId);
    },
  }),
);

export const LetterWordingInput = builder.inputType("LetterWordingInput", {
  description: "A letter's wording: merge fields and statutory blocks in {{ }}, checked when saved",
  fields: (t) => ({
    subject: t.string({ description: "The subject line, up to 200 characters" }),
    body: t.string({ description: "The body, up to 20,000 characters; paragraphs separated by a blank line" }),
  }),
});

const SaveLetterTemplateInput = builder.inputType("SaveLetterTemplateInput", {
  description: "A new version of a letter's wording",
  fields: (t) => ({
    kind: t.field({ type: LetterKindEnum, description: "Which letter" }),
    subject: t.string({ description: "The subject line, up to 200 characters" }),
    body: t.string({ description: "The body, up to 20,000 characters; it must keep the letter's statutory blocks" }),
  }),
});

builder.mutationField("saveLetterTemplate", (t) =>
  t.field({
    type: LetterTemplate,
    description:
      "Save a new version of a letter's wording (council administrators). Refused with BAD_USER_INPUT naming the field for an unknown merge field or a statutory block removed; audited",
    authScopes: { configureCouncil: true },
    args: { input: t.arg({ type: SaveLetterTemplateInput, required: true, description: "The kind of letter and its template" }) },
    validate: z.object({ input: z.object({ subject: z.string().max(200), body: z.string().max(20_000) }).passthrough() }),
    resolve: (_root, args, context) => saveTemplate(context, args.input.kind, { subject: args.input.subject, body: args.input.body }),
  }),
);
