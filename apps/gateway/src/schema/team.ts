import { builder } from "../builder";
import { ServiceAreaEnum } from "./enums";

/** A team of the council as it is or was (teams are effective-dated: renames keep their history). */
builder.prismaObject("Team", {
  authScopes: { $any: { readCases: true, readAggregates: true, configureCouncil: true } },
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    validFrom: t.expose("validFrom", { type: "Date" }),
    validTo: t.expose("validTo", { type: "Date", nullable: true }),
    serviceArea: t.field({
      type: ServiceAreaEnum,
      select: { serviceArea: { select: { canonical: true } } },
      resolve: (team) => team.serviceArea.canonical,
    }),
  }),
});
