import { z } from "zod";
import { builder } from "../builder";
import { identityProviderInputSchema, readIdentityProvider, setIdentityProvider, type IdentityProviderView } from "../services/identity-provider";

const admin = { configureCouncil: true } as const;

const IdentityProviderRef = builder.objectRef<IdentityProviderView>("IdentityProvider").implement({
  description: "Your council's identity provider (OIDC) as set: every field is public in OIDC; null fields mean local accounts only",
  authScopes: admin,
  fields: (t) => ({
    issuer: t.exposeString("issuer", {
      nullable: true,
      description: "The issuer; its discovery document is at <issuer>/.well-known/openid-configuration",
    }),
    clientId: t.exposeString("clientId", {
      nullable: true,
      description: "This platform's client id at the provider (the audience the gateway checks)",
    }),
    jwksUri: t.exposeString("jwksUri", { nullable: true, description: "Where the provider publishes its signing keys" }),
  }),
});

const IdentityProviderInput = builder.inputType("IdentityProviderInput", {
  description: "The council's identity provider (OIDC)",
  fields: (t) => ({
    issuer: t.string({ required: true, description: "The issuer, an https address" }),
    clientId: t.string({ required: true, description: "This platform's client id at the provider" }),
    jwksUri: t.string({ required: true, description: "The provider's signing keys' address (jwks_uri), https" }),
  }),
});

builder.queryField("identityProvider", (t) =>
  t.field({
    type: IdentityProviderRef,
    description: "Your council's identity provider settings (council administrators)",
    authScopes: admin,
    resolve: (_root, _args, context) => readIdentityProvider(context),
  }),
);

builder.mutationField("setIdentityProvider", (t) =>
  t.field({
    type: IdentityProviderRef,
    description: "Set your council's identity provider (council administrators), or clear it with null: a bad address is refused naming the field",
    authScopes: admin,
    args: { input: t.arg({ type: IdentityProviderInput, required: false, description: "The provider's details; null to clear them" }) },
    validate: z.object({ input: identityProviderInputSchema.nullish() }),
    resolve: (_root, args, context) => setIdentityProvider(context, args.input ? identityProviderInputSchema.parse(args.input) : null),
  }),
);
