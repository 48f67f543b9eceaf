import { builder } from "../builder";
import { LgscoDecisionEnum, LgscoRemedyEnum } from "./enums";

/** A referral to the Local Government and Social Care Ombudsman, its decision and remedies. */
builder.prismaObject("LgscoReferral", {
  description: "A referral to the Local Government and Social Care Ombudsman and its decision",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The referral's id" }),
    referredOn: t.expose("referredOn", { description: "The day the complaint was referred", type: "Date", nullable: true }),
    decidedOn: t.expose("decidedOn", { description: "The day the Ombudsman decided; null while pending", type: "Date", nullable: true }),
    decision: t.expose("decision", { description: "What the Ombudsman decided; null while pending", type: LgscoDecisionEnum, nullable: true }),
    remedies: t.field({
      description: "The remedies the Ombudsman asked for",
      type: [LgscoRemedyEnum],
      select: { remedies: { select: { remedy: true } } },
      resolve: (referral) => referral.remedies.map((r) => r.remedy),
    }),
  }),
});
