import { builder } from "../builder";
import { signIn } from "../services/sign-in";
import { deliverSession } from "../services/deliver-session";
import { z } from "zod";
import { emailRule, idRule } from "./input-rules";

interface SignInShape {
  token: string | null;
  userId: string;
  councilId: string | null;
}

const SessionDeliveryEnum = builder.enumType("SessionDelivery", {
  description: "How a new session reaches the client",
  values: {
    TOKEN: { value: "TOKEN", description: "Returned as `token`, to send as `Authorization: Bearer <token>` (API clients)" },
    COOKIE: {
      value: "COOKIE",
      description: "Set as an HttpOnly, SameSite=Strict cookie the page's script cannot read (the admin app); `token` is null",
    },
  } as const,
});

const SignInResult = builder.objectRef<SignInShape>("SignInResult").implement({
  description: "A new session",
  authScopes: { public: true },
  fields: (t) => ({
    token: t.exposeString("token", {
      nullable: true,
      description: "Send as `Authorization: Bearer <token>`; null when the session went into the cookie",
    }),
    userId: t.exposeID("userId", { description: "The signed-in user" }),
    councilId: t.exposeID("councilId", { nullable: true, description: "The council signed in to; null for the platform administrator" }),
  }),
});

const SignInInput = builder.inputType("SignInInput", {
  description: "A local account's credentials",
  fields: (t) => ({
    councilId: t.id({ required: false, description: "Leave out to sign in as the platform administrator", validate: idRule }),
    email: t.string({ description: "The account's e-mail address", validate: emailRule }),
    password: t.string({ description: "The account's password", validate: z.string().min(1, "must not be empty").max(200) }),
    session: t.field({ type: SessionDeliveryEnum, required: false, description: "TOKEN (default) or COOKIE (the admin app)" }),
  }),
});

builder.mutationField("signIn", (t) =>
  t.field({
    type: SignInResult,
    description: "Sign in with a local account; returns a session token or sets the session cookie",
    authScopes: { public: true },
    args: { input: t.arg({ type: SignInInput, required: true, description: "Credentials and how to deliver the session" }) },
    resolve: async (_root, args, context) =>
      deliverSession(context, await signIn(context, context.sessions, args.input), args.input.session ?? "TOKEN"),
  }),
);
