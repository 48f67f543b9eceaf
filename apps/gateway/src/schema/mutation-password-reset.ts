import { z } from "zod";
import { builder } from "../builder";
import { MAX_PASSWORD_LENGTH } from "../auth/password-policy";
import { requestPasswordReset, resetPassword } from "../services/password-reset";

const RequestPasswordResetInput = builder.inputType("RequestPasswordResetInput", {
  description: "Who forgot their password",
  fields: (t) => ({ email: t.string({ description: "The account's e-mail address" }) }),
});

builder.mutationField("requestPasswordReset", (t) =>
  t.boolean({
    description:
      "Forgotten your password: e-mails a one-time link (valid 30 minutes) to the address if it has an account. Always answers true, so it does not reveal which addresses have accounts",
    authScopes: { public: true },
    args: { input: t.arg({ type: RequestPasswordResetInput, required: true, description: "The e-mail address" }) },
    validate: z.object({ input: z.object({ email: z.email("must be an email address").max(320) }) }),
    resolve: (_root, args, context) => requestPasswordReset(context, args.input),
  }),
);

const ResetPasswordInput = builder.inputType("ResetPasswordInput", {
  description: "A reset link's token and the new password",
  fields: (t) => ({
    token: t.string({ description: "The token from the reset link (the part after #)" }),
    newPassword: t.string({ description: "The new password: at least 12 characters, not a common password (NCSC guidance)" }),
  }),
});

builder.mutationField("resetPassword", (t) =>
  t.boolean({
    description: "Sets a new password with a reset link's token (once); ends every open session of the account",
    authScopes: { public: true },
    args: { input: t.arg({ type: ResetPasswordInput, required: true, description: "The token and the new password" }) },
    validate: z.object({
      input: z.object({
        token: z.string().trim().min(1, "must not be empty").max(200),
        newPassword: z.string().min(1, "must not be empty").max(MAX_PASSWORD_LENGTH),
      }),
    }),
    resolve: (_root, args, context) => resetPassword(context, args.input),
  }),
);
