import { resolveArrayConnection } from "@pothos/plugin-relay";
import { builder } from "../builder";
import { offsetConnectionArgsSchema } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import type { RetentionCandidate } from "../retention/retention";
import {
  readRetentionPolicy,
  retentionDryRun,
  setLegalHold,
  setRetentionPolicy,
  type LegalHoldView,
  type RetentionPolicyView,
} from "../services/retention-admin";
import { codedValues } from "./enum-values";

const admin = { configureCouncil: true } as const;

const RetentionRuleEnum = builder.enumType("RetentionRule", {
  description: "Which rule set a case's retention date",
  values: codedValues({
    years_after_closure: { description: "The council's years after the case closed" },
    looked_after_until_age: { description: "A looked-after child's records: until the child reaches the council's age" },
    looked_after_birth_date_unknown: { description: "A looked-after child's records with no birth date: closure plus the council's age in years" },
  } as const),
});

const RetentionPolicy = builder.objectRef<RetentionPolicyView>("RetentionPolicy").implement({
  description: "How long the council keeps personal data after a case closes (its records-management policy)",
  authScopes: admin,
  fields: (t) => ({
    yearsAfterClosure: t.exposeInt("yearsAfterClosure", { description: "Years after closure" }),
    lookedAfterUntilAge: t.exposeInt("lookedAfterUntilAge", {
      nullable: true,
      description: "Keep a looked-after child's records until this age (e.g. 25); null: not applied",
    }),
    source: t.exposeString("source", { description: "Where the policy comes from" }),
  }),
});

const PersonalDataCounts = builder.objectRef<RetentionCandidate["counts"]>("PersonalDataCounts").implement({
  description: "Rows of personal data a case holds, by kind",
  authScopes: admin,
  fields: (t) => ({
    people: t.exposeInt("people", { description: "People with their names and contact details" }),
    narratives: t.exposeInt("narratives", { description: "Narrative, point details and notes" }),
    contacts: t.exposeInt("contacts", { description: "Entries of the contact log" }),
    documents: t.exposeInt("documents", { description: "Documents" }),
  }),
});

const RetentionCandidateRef = builder.objectRef<RetentionCandidate>("RetentionCandidate").implement({
  description: "A closed case whose personal data is past its retention date (facts are kept)",
  authScopes: admin,
  fields: (t) => ({
    caseId: t.exposeID("caseId", { description: "The case" }),
    reference: t.exposeString("reference", { description: "The case reference" }),
    closedOn: t.field({ type: "Date", description: "When the case closed", resolve: (c) => c.closedOn }),
    retainUntil: t.field({ type: "Date", description: "The last day its personal data is kept", resolve: (c) => c.retainUntil }),
    rule: t.field({ type: RetentionRuleEnum, description: "The rule that set the date", resolve: (c) => c.rule }),
    onLegalHold: t.exposeBoolean("onLegalHold", { description: "A legal hold stops the erasure" }),
    counts: t.field({ type: PersonalDataCounts, description: "What would be erased", resolve: (c) => c.counts }),
  }),
});

const LegalHold = builder.objectRef<LegalHoldView>("LegalHold").implement({
  description: "A legal hold on a case: retention leaves its personal data alone while held",
  authScopes: admin,
  fields: (t) => ({
    caseId: t.exposeID("caseId", { description: "The case" }),
    held: t.exposeBoolean("held", { description: "Whether the hold is in place" }),
    placedAt: t.field({ type: "DateTime", description: "When the hold was placed", resolve: (h) => h.placedAt }),
    releasedAt: t.field({ type: "DateTime", nullable: true, description: "When it was released", resolve: (h) => h.releasedAt }),
  }),
});

builder.queryField("retentionPolicy", (t) =>
  t.field({
    type: RetentionPolicy,
    description: "Your council's retention policy (council administrators)",
    authScopes: admin,
    resolve: (_r, _a, context) => readRetentionPolicy(context),
  }),
);

builder.queryField("retentionDryRun", (t) =>
  t.connection(
    {
      type: RetentionCandidateRef,
      description: `The dry run: cases whose personal data the next retention run would erase today, and those a legal hold keeps, in the order the run takes them (council administrators); at most ${LIMITS.maxPageSize} a page`,
      authScopes: admin,
      validate: offsetConnectionArgsSchema,
      resolve: async (_r, args, context) => {
        const candidates = await retentionDryRun(context);
        const page = resolveArrayConnection({ args, defaultSize: LIMITS.defaultPageSize, maxSize: LIMITS.maxPageSize }, candidates);
        return { ...page, totalCount: candidates.length };
      },
    },
    {
      description: "A page of the retention dry run",
      fields: (c) => ({
        totalCount: c.exposeInt("totalCount", { description: "How many cases the run would take or a hold keeps, across every page" }),
      }),
    },
  ),
);

const SetRetentionPolicyInput = builder.inputType("SetRetentionPolicyInput", {
  description: "The council's retention policy",
  fields: (t) => ({
    yearsAfterClosure: t.int({ description: "Years personal data is kept after a case closes (1–100)" }),
    lookedAfterUntilAge: t.int({
      required: false,
      description: "Keep a looked-after child's records until this age (18–100, e.g. 25); omitted or null: not applied",
    }),
  }),
});

builder.mutationField("setRetentionPolicy", (t) =>
  t.field({
    type: RetentionPolicy,
    description: "Set the council's retention policy (council administrators)",
    authScopes: admin,
    args: { input: t.arg({ type: SetRetentionPolicyInput, required: true, description: "The policy" }) },
    resolve: (_r, args, context) => setRetentionPolicy(context, args.input),
  }),
);

const SetLegalHoldInput = builder.inputType("SetLegalHoldInput", {
  description: "Place or release a legal hold on a case",
  fields: (t) => ({
    caseId: t.id({ description: "The case" }),
    held: t.boolean({ description: "true: place the hold; false: release it" }),
  }),
});

builder.mutationField("setLegalHold", (t) =>
  t.field({
    type: LegalHold,
    description: "Place or release a legal hold: while held, retention does not erase the case's personal data (council administrators)",
    authScopes: admin,
    args: { input: t.arg({ type: SetLegalHoldInput, required: true, description: "The case and the hold" }) },
    resolve: (_r, args, context) => setLegalHold(context, args.input),
  }),
);
