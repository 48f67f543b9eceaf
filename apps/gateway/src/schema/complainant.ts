import { builder } from "../builder";

/** PERSONAL DATA: the complainant's name and contact details. Only officers and managers; reads are audited. */
export const Complainant = builder.prismaObject("CasePerson", {
  description: "The complainant. Personal data: kept apart from the facts reports use, every read audited",
  name: "Complainant",
  authScopes: { readPersonalData: true },
  fields: (t) => ({
    name: t.exposeString("name", { description: "The complainant's name", nullable: true }),
    email: t.exposeString("email", { description: "The complainant's email address", nullable: true }),
    phone: t.exposeString("phone", { description: "The complainant's telephone number", nullable: true }),
    address: t.exposeString("address", { description: "The complainant's postal address", nullable: true }),
  }),
});
