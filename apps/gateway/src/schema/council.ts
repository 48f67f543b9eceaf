import { builder } from "../builder";

/** A council's configuration: name, sign-in, teams and procedure settings. Any signed-in member may read it. */
builder.prismaObject("Council", {
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    oidcIssuer: t.exposeString("oidcIssuer", { nullable: true }),
    settingsJson: t.string({
      description: "Procedure settings (acknowledgement target, corporate timescales) as JSON",
      resolve: (council) => JSON.stringify(council.settings ?? {}),
    }),
    teams: t.relation("teams", {
      description: "Teams in force today and in the past (effective-dated)",
      query: { orderBy: [{ code: "asc" }, { validFrom: "asc" }] },
    }),
  }),
});
