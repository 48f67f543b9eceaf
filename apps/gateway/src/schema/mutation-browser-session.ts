import { builder } from "../builder";
import { startBrowserSession } from "../services/browser-session";

builder.mutationField("startBrowserSession", (t) =>
  t.boolean({
    description:
      "Exchange the council identity provider's id_token (sent as the bearer of this request) for this gateway's session cookie (HttpOnly, SameSite=Strict)",
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => startBrowserSession(context),
  }),
);
