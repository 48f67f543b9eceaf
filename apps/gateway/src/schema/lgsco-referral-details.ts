import { builder } from "../builder";

/** The Ombudsman's own reference and findings on a referral (facts, not personal data). */
builder.prismaObjectFields("LgscoReferral", (t) => ({
  lgscoReference: t.exposeString("lgscoReference", { nullable: true, description: "The Ombudsman's reference for the complaint" }),
  localDecision: t.exposeString("localDecision", { nullable: true, description: "The decision in the council's own words, if recorded" }),
  fault: t.exposeBoolean("fault", { nullable: true, description: "Whether the Ombudsman found fault" }),
  injustice: t.exposeBoolean("injustice", { nullable: true, description: "Whether the Ombudsman found injustice caused by the fault" }),
}));
