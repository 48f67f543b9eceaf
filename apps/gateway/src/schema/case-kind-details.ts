import { builder } from "../builder";
import { describedValues } from "./enum-values";
import { idRule, textRule } from "./input-rules";
import { councilScope } from "../services/council-scope";
import { readPersonalText } from "../services/read-personal-data";
import { recordCompliment, recordMemberEnquiry } from "../services/record-kind-details";

/**
 * What a compliment and a member (councillor or MP) enquiry carry beyond a case: recorded live by officers, so
 * the report's compliments and member-enquiry figures come from the records.
 */
const ComplimentDetailRef = builder.prismaObject("ComplimentDetail", {
  description: "A compliment's details: who was praised, what for, its quote and whether it may be published",
  authScopes: { readCases: true },
  fields: (t) => ({
    praised: t.exposeString("praised", { nullable: true, description: "Who was praised: a member of staff, a team or a service" }),
    whatFor: t.exposeString("whatFor", { nullable: true, description: "What they were praised for" }),
    publishable: t.exposeBoolean("publishable", { description: "Whether the quote may be printed in a published report" }),
    quote: t.string({
      nullable: true,
      description: "The words of the compliment as the council would print them (personal data: officers and managers; reads audited)",
      authScopes: { readPersonalData: true },
      resolve: (row, _args, context) => readPersonalText(context, row.caseId, { kind: "quote" }),
    }),
  }),
});

const MemberTypeEnum = builder.enumType("MemberType", {
  description: "Who made a member enquiry: a councillor or an MP",
  values: describedValues<"councillor" | "mp">({ councillor: "An elected councillor", mp: "A Member of Parliament" }),
});

const MemberEnquiryDetailRef = builder.prismaObject("MemberEnquiryDetail", {
  description: "A member enquiry's details: councillor or MP, and when the council replied",
  authScopes: { readCases: true },
  fields: (t) => ({
    memberType: t.field({ type: MemberTypeEnum, description: "councillor or mp", resolve: (row) => (row.memberType === "mp" ? "mp" : "councillor") }),
    repliedOn: t.field({
      type: "Date",
      nullable: true,
      description: "The day the council replied",
      resolve: (row) => (row.respondedOn ? row.respondedOn.toISOString().slice(0, 10) : null),
    }),
    workingDaysTaken: t.exposeInt("workingDaysTaken", { nullable: true, description: "Working days from receipt (day 0) to the reply" }),
  }),
});

builder.prismaObjectFields("Case", (t) => ({
  compliment: t.relation("compliment", { type: ComplimentDetailRef, nullable: true, description: "A compliment's details (compliments only)" }),
  memberEnquiry: t.relation("memberEnquiry", {
    type: MemberEnquiryDetailRef,
    nullable: true,
    description: "A member enquiry's details (member enquiries only)",
  }),
}));

export const RecordComplimentInput = builder.inputType("RecordComplimentInput", {
  description: "Who a compliment praised, what for, its quote and whether the quote may be published",
  fields: (t) => ({
    caseId: t.id({ required: true, description: "The compliment (a case of kind compliment)", validate: idRule }),
    praised: t.string({
      required: true,
      description: "Who was praised: a member of staff, a team or a service (at most 200 characters)",
      validate: textRule(200),
    }),
    whatFor: t.string({ required: true, description: "What for (at most 2,000 characters)", validate: textRule(2000) }),
    quote: t.string({ required: false, description: "The words to print, names removed (at most 2,000 characters)", validate: textRule(2000) }),
    publishable: t.boolean({ required: true, description: "Whether the quote may be printed in a published report" }),
  }),
});

export const RecordMemberEnquiryInput = builder.inputType("RecordMemberEnquiryInput", {
  description: "Who made a member enquiry and when the council replied",
  fields: (t) => ({
    caseId: t.id({ required: true, description: "The enquiry (a case of kind member_enquiry)", validate: idRule }),
    memberType: t.field({ type: MemberTypeEnum, required: true, description: "councillor or mp" }),
    repliedOn: t.field({ type: "Date", required: false, description: "The day the council replied (not before receipt, not in the future)" }),
  }),
});

builder.mutationField("recordCompliment", (t) =>
  t.prismaField({
    type: "Case",
    description: "Record a compliment's details: who was praised, what for, its quote and whether it may be published (officers and managers)",
    authScopes: { handleCases: true },
    args: { input: t.arg({ type: RecordComplimentInput, required: true, description: "The compliment and its details" }) },
    resolve: async (query, _root, args, context) => {
      const id = await recordCompliment(context, args.input);
      const { prisma, councilId } = councilScope(context);
      return prisma.case.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id } } });
    },
  }),
);

builder.mutationField("recordMemberEnquiry", (t) =>
  t.prismaField({
    type: "Case",
    description: "Record who made a member enquiry (councillor or MP) and when the council replied (officers and managers)",
    authScopes: { handleCases: true },
    args: { input: t.arg({ type: RecordMemberEnquiryInput, required: true, description: "The enquiry, the member and the reply date" }) },
    resolve: async (query, _root, args, context) => {
      const id = await recordMemberEnquiry(context, args.input);
      const { prisma, councilId } = councilScope(context);
      return prisma.case.findUniqueOrThrow({ ...query, where: { councilId_id: { councilId, id } } });
    },
  }),
);
