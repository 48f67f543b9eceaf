import { withPlatform } from "../db/client";
import type { Viewer } from "../auth/viewer";
import { builder } from "../builder";
import { CouncilRoleEnum } from "./enums";

/** The signed-in user: which council they act in and with which roles. */
const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  description: "Who you are signed in as: your user, council and roles",
  authScopes: { signedIn: true },
  fields: (t) => ({
    userId: t.exposeID("userId", { description: "Your user id" }),
    councilId: t.exposeID("councilId", { description: "Your council's id; null for platform administrators", nullable: true }),
    roles: t.field({ description: "Your council roles", type: [CouncilRoleEnum], resolve: (viewer) => [...viewer.roles] }),
    platformAdmin: t.exposeBoolean("platformAdmin", { description: "Whether you administer the platform (councils, not cases)" }),
    signedInWith: t.exposeString("via", { description: "local (this platform's account) or oidc (the council's identity provider)" }),
    email: t.string({
      description: "Your own e-mail address (the account you signed in with), shown as who is signed in",
      resolve: async (viewer, _args, context) =>
        (await withPlatform(context.root, (tx) => tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { email: true } }))).email,
    }),
  }),
});

builder.queryField("me", (t) =>
  t.field({
    type: ViewerRef,
    description: "Who you are signed in as",
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => context.viewer as Viewer,
  }),
);
