import { z } from "zod";
import { builder } from "../builder";
import { PUBLIC_LIMITS } from "../public/public-limits";
import { publicFeedbackForm, setPublicFeedbackOpen, submitPublicFeedback } from "../public/submit-public-feedback";
import type { PublicFeedbackForm as FormShape, PublicFeedbackInput as InputShape } from "../public/submit-public-feedback";
import type { PublicFeedbackKind, PublicFormVersion, PublicWriter } from "../public/submit-public-feedback";
import { describedValues } from "./enum-values";

// The public front door (issue 14 item 3): the only case-creating field open without signing in.
const open = { public: true } as const;

const PublicFeedbackKindEnum = builder.enumType("PublicFeedbackKind", {
  description: "What a member of the public may send through a council's online form",
  values: describedValues<PublicFeedbackKind>({
    complaint: "Something has gone wrong and they want it put right",
    compliment: "Something went well",
    comment: "An idea or a view, neither a complaint nor a compliment",
  }),
});

const PublicWriterEnum = builder.enumType("PublicWriter", {
  description: "Who is filling in the form",
  values: describedValues<PublicWriter>({
    child_or_young_person: "The child or young person themselves (recorded as made by a child)",
    parent_or_carer: "A parent or carer (recorded as a parent)",
    someone_else: "Anyone else (recorded as other)",
  }),
});

const PublicFormVersionEnum = builder.enumType("PublicFormVersion", {
  description: "Which version of the form was filled in",
  values: describedValues<PublicFormVersion>({
    general: "The form for everyone",
    young_people: "The form written for children and young people, which offers an advocate (Children Act 1989 s.26A)",
  }),
});

const PublicFeedbackForm = builder.objectRef<FormShape>("PublicFeedbackForm").implement({
  description: "What a browser needs to show a council's public form: nothing about any case",
  authScopes: open,
  fields: (t) => ({
    councilId: t.exposeID("councilId", { description: "The council's id" }),
    councilName: t.exposeString("councilName", { description: "The council's public name" }),
    open: t.exposeBoolean("open", { description: "Whether the council takes feedback through this form" }),
    formToken: t.exposeString("formToken", {
      description: "A signed timestamp to send back with the form (it must not come back within the minimum fill time)",
    }),
  }),
});

interface ReceiptShape {
  reference: string;
}
const PublicFeedbackReceipt = builder.objectRef<ReceiptShape>("PublicFeedbackReceipt").implement({
  description: "The confirmation a member of the public sees: the reference of what they sent, and nothing else",
  authScopes: open,
  fields: (t) => ({
    reference: t.exposeString("reference", { description: "The case reference, e.g. 2026-0042, to quote when contacting the council" }),
  }),
});

const SubmitPublicFeedbackInput = builder.inputType("SubmitPublicFeedbackInput", {
  description: "A complaint, compliment or comment sent through a council's online form",
  fields: (t) => ({
    councilId: t.id({ description: "The council the form belongs to" }),
    formToken: t.string({ description: "The token publicFeedbackForm gave when the form was opened" }),
    website: t.string({ required: false, description: "Leave empty: a field hidden from people (anything in it is refused)" }),
    version: t.field({ type: PublicFormVersionEnum, description: "Which version of the form was filled in" }),
    kind: t.field({ type: PublicFeedbackKindEnum, description: "Complaint, compliment or comment" }),
    writer: t.field({ type: PublicWriterEnum, description: "Who is filling in the form" }),
    summary: t.string({ description: `What happened or what they want to say (at most ${PUBLIC_LIMITS.summary} characters)` }),
    outcomeSought: t.string({ required: false, description: `What they would like to happen (at most ${PUBLIC_LIMITS.outcomeSought} characters)` }),
    name: t.string({ required: false, description: "Their name" }),
    email: t.string({ required: false, description: "An email address to reply to" }),
    phone: t.string({ required: false, description: "A telephone number to reply to" }),
    childName: t.string({ required: false, description: "The child or young person it is about, when someone else writes" }),
    wantsAdvocate: t.boolean({ required: false, description: "A child or young person asked for an advocate (Children Act 1989 s.26A)" }),
  }),
});

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => v || null);

const submitPublicFeedbackSchema = z.object({
  councilId: z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters"),
  formToken: z.string().max(PUBLIC_LIMITS.formToken, `must be at most ${PUBLIC_LIMITS.formToken} characters`),
  website: z.string().max(PUBLIC_LIMITS.website, `must be at most ${PUBLIC_LIMITS.website} characters`).nullish(),
  version: z.enum(["general", "young_people"]),
  kind: z.enum(["complaint", "compliment", "comment"]),
  writer: z.enum(["child_or_young_person", "parent_or_carer", "someone_else"]),
  summary: text(PUBLIC_LIMITS.summary),
  outcomeSought: optionalText(PUBLIC_LIMITS.outcomeSought),
  name: optionalText(PUBLIC_LIMITS.name),
  email: z
    .union([z.literal(""), z.email("must be an email address").max(PUBLIC_LIMITS.email, `must be at most ${PUBLIC_LIMITS.email} characters`)])
    .nullish()
    .transform((v) => v || null),
  phone: z
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^[0-9 +()-]{6,20}$/, "must be a telephone number (6 to 20 digits, spaces, +, brackets or dashes)"),
    ])
    .nullish()
    .transform((v) => v || null),
  childName: optionalText(PUBLIC_LIMITS.childName),
  wantsAdvocate: z.boolean().nullish(),
});

builder.queryField("publicFeedbackForm", (t) =>
  t.field({
    type: PublicFeedbackForm,
    description: "A council's public feedback form (no sign-in): its name, whether it is open, and a fresh form token",
    authScopes: open,
    args: { councilId: t.arg.id({ required: true, description: "The council's id, as in the form's address" }) },
    validate: z.object({ councilId: z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters") }),
    resolve: (_root, args, context) => publicFeedbackForm(context, args.councilId),
  }),
);

builder.mutationField("submitPublicFeedback", (t) =>
  t.field({
    type: PublicFeedbackReceipt,
    description:
      "Sends a complaint, compliment or comment to a council without signing in (channel web form); answers only the reference. " +
      "Refused: the honeypot filled in, sent within the minimum fill time, or too many from one network address",
    authScopes: open,
    args: { input: t.arg({ type: SubmitPublicFeedbackInput, required: true, description: "What the form holds" }) },
    validate: z.object({ input: submitPublicFeedbackSchema }),
    resolve: (_root, args, context) => submitPublicFeedback(context, args.input as InputShape),
  }),
);

builder.mutationField("setPublicFeedbackOpen", (t) =>
  t.boolean({
    description: "Opens or closes your council's public online form (council administrators); answers the setting now stored",
    authScopes: { configureCouncil: true },
    args: { open: t.arg.boolean({ required: true, description: "true: take feedback through the online form" }) },
    resolve: (_root, args, context) => setPublicFeedbackOpen(context, args.open),
  }),
);
