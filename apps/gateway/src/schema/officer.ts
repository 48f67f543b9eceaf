import { builder } from "../builder";

/** A council officer a case is allocated to (staff, not the complainant). */
export const OfficerRef = builder.prismaObject("User", {
  description: "An officer of the council (a user who can handle cases)",
  name: "Officer",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The officer's user id" }),
    displayName: t.exposeString("displayName", { description: "The officer's name as shown to colleagues" }),
  }),
});
