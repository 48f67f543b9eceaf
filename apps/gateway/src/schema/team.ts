import { builder } from "../builder";
import { ServiceAreaEnum } from "./enums";

/** A team of the council as it is or was (teams are effective-dated: renames keep their history). */
builder.prismaObject("Team", {
  description: "A team of the council, effective-dated",
  authScopes: { $any: { readCases: true, readAggregates: true, configureCouncil: true } },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The team's id" }),
    code: t.exposeString("code", { description: "The council's own code for the team" }),
    name: t.exposeString("name", { description: "The team's name" }),
    validFrom: t.expose("validFrom", { description: "The first day the team is in force", type: "Date" }),
    validTo: t.expose("validTo", { description: "The last day the team is in force; null while open", type: "Date", nullable: true }),
    serviceArea: t.field({
      type: ServiceAreaEnum,
      description: "The canonical service area the team works in",
      select: { serviceArea: { select: { canonical: true } } },
      resolve: (team) => team.serviceArea.canonical,
    }),
  }),
});
