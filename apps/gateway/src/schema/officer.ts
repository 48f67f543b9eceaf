import { builder } from "../builder";

/** A council officer a case is allocated to (staff, not the complainant). */
export const OfficerRef = builder.prismaObject("User", {
  name: "Officer",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
  }),
});
