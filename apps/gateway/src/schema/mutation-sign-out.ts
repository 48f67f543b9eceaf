import { z } from "zod";
import { builder } from "../builder";
import { signOut, signOutEverywhere, unlockCouncilUser } from "../services/sign-out";

builder.mutationField("signOut", (t) =>
  t.boolean({
    description: "Sign out: revokes your session on the server, so the token stops working at once",
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => signOut(context),
  }),
);

builder.mutationField("signOutEverywhere", (t) =>
  t.int({
    description: "Sign out everywhere: revokes every open session of yours (every browser and API token); returns how many ended",
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => signOutEverywhere(context),
  }),
);

const UnlockCouncilUserInput = builder.inputType("UnlockCouncilUserInput", {
  description: "The user to unlock",
  fields: (t) => ({ userId: t.id({ description: "A user of your council locked after repeated failed sign-ins" }) }),
});

builder.mutationField("unlockCouncilUser", (t) =>
  t.id({
    description: "Unlock a user of your council locked after repeated failed sign-ins; returns the user's id",
    authScopes: { configureCouncil: true },
    args: { input: t.arg({ type: UnlockCouncilUserInput, required: true, description: "The user to unlock" }) },
    validate: z.object({ input: z.object({ userId: z.string().trim().min(1, "must not be empty").max(64) }) }),
    resolve: (_root, args, context) => unlockCouncilUser(context, args.input),
  }),
);
