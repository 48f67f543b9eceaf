import { builder } from "../builder";

/** PERSONAL DATA: the complainant's name and contact details. Only officers and managers; reads are audited. */
export const Complainant = builder.prismaObject("CasePerson", {
  name: "Complainant",
  authScopes: { readPersonalData: true },
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
  }),
});
