import { builder } from "../builder";
import {
  identityProviderAddressRule,
  readIdentityProvider,
  setIdentityProvider,
  type IdentityProviderInput as IdentityProviderShape,
  type IdentityProviderView,
} from "../services/identity-provider";
import { textRule } from "./input-rules";

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

const IdentityProviderInput = builder.inputRef<IdentityProviderShape>("IdentityProviderInput").implement({
  description: "The council's identity provider (OIDC)",
  fields: (t) => ({
    issuer: t.string({
      required: true,
      description: "The issuer, an https address",
      validate: identityProviderAddressRule("issuer (its discovery document is at <issuer>/.well-known/openid-configuration)"),
    }),
    clientId: t.string({ required: true, description: "This platform's client id at the provider", validate: textRule(200) }),
    jwksUri: t.string({
      required: true,
      description: "The provider's signing keys' address (jwks_uri), https",
      validate: identityProviderAddressRule("address of the provider's signing keys (jwks_uri)"),
    }),
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
    resolve: (_root, args, context) => setIdentityProvider(context, args.input ?? null),
  }),
);
