import { CODE_SECTIONS } from "@csc/rules";
import { z } from "zod";
import type { CodeCompliance, CodeSectionId } from "@csc/rules";
import { builder } from "../builder";
import { withCouncil } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { generateCodeReport } from "../reports/generate-code-report";
import { readSelfAssessment, saveSelfAssessment, type CodeSectionAssessment } from "../services/code-self-assessment";
import { councilScope } from "../services/council-scope";
import { codedValues, describedValues } from "./enum-values";
import { textBetweenRule } from "./input-rules";
import { ReportType } from "./report";

/**
 * The council's annual self-assessment against the LGSCO Complaint Handling Code (LGSCO policy, applies from
 * 1 April 2026; not statute) and the annual complaint performance and service improvement report it goes into.
 */
const read = { readAggregates: true } as const;
const YEAR_ARG = { required: true, description: "The year the financial year starts (2026 = 2026/27)" } as const;

const CodeSectionEnum = builder.enumType("CodeSection", {
  description: "A section of the Complaint Handling Code, in the Code's order (1 Definition of a complaint … 9 Scrutiny & oversight)",
  values: codedValues(
    Object.fromEntries(CODE_SECTIONS.map((section) => [section.id, { description: `Section ${section.number}: ${section.heading}` }])) as Record<
      CodeSectionId,
      { description: string }
    >,
  ),
});

const CodeComplianceEnum = builder.enumType("CodeCompliance", {
  description: "Whether the council meets a section of the Code: yes, partly or no",
  values: describedValues<CodeCompliance>({
    yes: "The council meets the section in full",
    partly: "The council meets the section in part",
    no: "The council does not meet the section",
  }),
});

const CodeSectionAssessmentType = builder.objectRef<CodeSectionAssessment>("CodeSectionAssessment").implement({
  description: "One section of the Complaint Handling Code and the council's self-assessment against it for a year",
  authScopes: read,
  fields: (t) => ({
    financialYear: t.exposeInt("financialYear", { description: "The year the financial year starts (2026 = 2026/27)" }),
    section: t.field({ type: CodeSectionEnum, description: "The section", resolve: (s) => s.sectionId }),
    number: t.exposeInt("number", { description: "The section's number in the Code (1 to 9)" }),
    heading: t.exposeString("heading", { description: "The section's heading, as the Code prints it" }),
    compliance: t.field({
      type: CodeComplianceEnum,
      nullable: true,
      description: "yes, partly or no; null when not yet assessed",
      resolve: (s) => s.compliance,
    }),
    evidence: t.exposeString("evidence", { nullable: true, description: "The council's evidence" }),
    actions: t.exposeString("actions", { nullable: true, description: "What the council will do to comply fully" }),
    version: t.exposeInt("version", { nullable: true, description: "The version to send with the next save (null before the first)" }),
    updatedByName: t.exposeString("updatedByName", { nullable: true, description: "Who saved it last" }),
    updatedAt: t.field({ type: "DateTime", nullable: true, description: "When it was saved last", resolve: (s) => s.updatedAt }),
  }),
});

builder.queryField("codeSelfAssessment", (t) =>
  t.field({
    type: [CodeSectionAssessmentType],
    description: "Every section of the Complaint Handling Code, in order, with your council's self-assessment for the year",
    authScopes: read,
    args: { financialYear: t.arg.int(YEAR_ARG) },
    resolve: (_root, args, context) => readSelfAssessment(context, args.financialYear),
  }),
);

export const SaveCodeSelfAssessmentInput = builder.inputType("SaveCodeSelfAssessmentInput", {
  description: "The council's self-assessment against one section of the Code for a year",
  fields: (t) => ({
    financialYear: t.int({
      required: true,
      description: "The year the financial year starts (2026 = 2026/27), 2000 to 2100",
      validate: z.number().int("must be a whole year").min(2000, "must be 2000 or later").max(2100, "must be 2100 or earlier"),
    }),
    section: t.field({ type: CodeSectionEnum, required: true, description: "The section of the Code" }),
    compliance: t.field({ type: CodeComplianceEnum, required: true, description: "yes, partly or no" }),
    evidence: t.string({ required: true, description: "The evidence (1 to 5,000 characters)", validate: textBetweenRule(1, 5000) }),
    actions: t.string({ required: false, description: "What the council will do (at most 5,000 characters)", validate: textBetweenRule(1, 5000) }),
    version: t.int({
      required: false,
      description: "The version you read; absent for the section's first assessment that year",
      validate: z.number().int().min(1, "must be 1 or more"),
    }),
  }),
});

builder.mutationField("saveCodeSelfAssessment", (t) =>
  t.field({
    type: CodeSectionAssessmentType,
    description: "Save your council's self-assessment against one section of the Code (officers, managers and administrators)",
    authScopes: { writeReports: true },
    args: {
      input: t.arg({ type: SaveCodeSelfAssessmentInput, required: true, description: "The year, the section, compliance, evidence and actions" }),
    },
    resolve: (_root, args, context) => {
      const { section, ...rest } = args.input;
      return saveSelfAssessment(context, { ...rest, sectionId: section });
    },
  }),
);

builder.queryField("complaintHandlingCodeReport", (t) =>
  t.field({
    type: ReportType,
    description:
      "Your council's annual complaint performance and service improvement report (LGSCO Complaint Handling Code) for a financial year: figures computed from the case records, its recommendations and learning, and its self-assessment",
    authScopes: read,
    args: { financialYear: t.arg.int(YEAR_ARG) },
    resolve: (_root, args, context) => {
      const { councilId } = councilScope(context);
      const year = args.financialYear;
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput(["financialYear"], "must be a year from 2000 to 2100");
      return withCouncil(context.root, councilId, (tx) => generateCodeReport(tx, councilId, year), { timeout: 120_000 });
    },
  }),
);
