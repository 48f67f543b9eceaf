import { builder } from "../builder";
import { signInInputSchema } from "../validation/case-inputs";
import { signIn } from "../services/sign-in";
import { z } from "zod";

interface SignInShape {
  token: string;
  userId: string;
  councilId: string | null;
}

const SignInResult = builder.objectRef<SignInShape>("SignInResult").implement({
  authScopes: { public: true },
  fields: (t) => ({
    token: t.exposeString("token", { description: "Send as `Authorization: Bearer <token>`" }),
    userId: t.exposeID("userId"),
    councilId: t.exposeID("councilId", { nullable: true }),
  }),
});

const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({
    councilId: t.id({ required: false, description: "Leave out to sign in as the platform administrator" }),
    email: t.string(),
    password: t.string(),
  }),
});

builder.mutationField("signIn", (t) =>
  t.field({
    type: SignInResult,
    description: "Sign in with a local account; returns a session token",
    authScopes: { public: true },
    args: { input: t.arg({ type: SignInInput, required: true }) },
    validate: z.object({ input: signInInputSchema.extend({ councilId: signInInputSchema.shape.councilId.nullish() }) }),
    resolve: (_root, args, context) => signIn(context, context.sessions, args.input),
  }),
);
