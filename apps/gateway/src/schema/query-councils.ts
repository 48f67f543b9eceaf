import { builder } from "../builder";
import { listCouncils } from "../services/list-councils";
import type { CouncilChoice as CouncilChoiceShape, CouncilOidc as CouncilOidcShape } from "../services/list-councils";

/** The council's identity provider as a browser needs it (public in OIDC; see services/list-councils.ts). */
const CouncilOidc = builder.objectRef<CouncilOidcShape>("CouncilOidc").implement({
  description: "The council's own identity provider (OIDC): its issuer and this platform's client id there, both public in OIDC",
  authScopes: { public: true },
  fields: (t) => ({
    issuer: t.exposeString("issuer", { description: "The issuer; its discovery document is at <issuer>/.well-known/openid-configuration" }),
    clientId: t.exposeString("clientId", { description: "The client id the admin app signs in as (the audience the gateway checks)" }),
  }),
});

/** A council a user can sign in to: its id, name and, when it has one, its identity provider. */
const CouncilChoice = builder.objectRef<CouncilChoiceShape>("CouncilChoice").implement({
  description: "A council a user can sign in to: its id, public name and (if it uses one) its identity provider, nothing else",
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The council's id" }),
    name: t.exposeString("name", { description: "The council's name" }),
    oidc: t.field({
      type: CouncilOidc,
      nullable: true,
      description: "The council's identity provider when it signs in with one; null: local accounts only",
      resolve: (council) => council.oidc,
    }),
  }),
});

builder.queryField("councils", (t) =>
  t.field({
    type: [CouncilChoice],
    description: "The active councils' ids, names and public OIDC sign-in details, for the sign-in page (public: no settings, users or counts)",
    authScopes: { public: true },
    resolve: (_root, _args, context) => listCouncils(context),
  }),
);
