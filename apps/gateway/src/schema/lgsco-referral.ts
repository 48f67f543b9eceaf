import { builder } from "../builder";
import { LgscoDecisionEnum, LgscoRemedyEnum } from "./enums";

/** A referral to the Local Government and Social Care Ombudsman, its decision and remedies. */
builder.prismaObject("LgscoReferral", {
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    referredOn: t.expose("referredOn", { type: "Date", nullable: true }),
    decidedOn: t.expose("decidedOn", { type: "Date", nullable: true }),
    decision: t.expose("decision", { type: LgscoDecisionEnum, nullable: true }),
    remedies: t.field({
      type: [LgscoRemedyEnum],
      select: { remedies: { select: { remedy: true } } },
      resolve: (referral) => referral.remedies.map((r) => r.remedy),
    }),
  }),
});
