import { builder } from "../builder";
import { listCouncils } from "../services/list-councils";
import type { CouncilChoice as CouncilChoiceShape } from "../services/list-councils";

/** A council a user can sign in to: its id and name only (public; see services/list-councils.ts). */
const CouncilChoice = builder.objectRef<CouncilChoiceShape>("CouncilChoice").implement({
  description: "A council a user can sign in to: its id and public name, nothing else",
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
  }),
});

builder.queryField("councils", (t) =>
  t.field({
    type: [CouncilChoice],
    description:
      "The active councils' ids and names, for the sign-in page (public: council names are public; no settings, users or counts)",
    authScopes: { public: true },
    resolve: (_root, _args, context) => listCouncils(context),
  }),
);
