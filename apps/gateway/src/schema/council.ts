import { builder } from "../builder";

/** A council's configuration: name, sign-in, teams and procedure settings. Any signed-in member may read it. */
builder.prismaObject("Council", {
  description: "A council using the platform",
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The council's id (its code, e.g. as in the registry)" }),
    name: t.exposeString("name", { description: "The council's name" }),
    oidcIssuer: t.exposeString("oidcIssuer", {
      description: "The issuer of the council's identity provider when its staff sign in with OIDC; null for local accounts only",
      nullable: true,
    }),
    settings: t.field({
      type: "JSON",
      description: "Procedure settings (acknowledgement target, corporate timescales)",
      resolve: (council) => council.settings ?? {},
    }),
    teams: t.relation("teams", {
      description: "Teams in force today and in the past (effective-dated)",
      query: { orderBy: [{ code: "asc" }, { validFrom: "asc" }] },
    }),
  }),
});
