import { z } from "zod";
import { pageSizeArgsSchema } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import { resolveCountedConnection } from "../limits/counted-cursor-connection";
import { builder } from "../builder";
import { pageCouncilUsers } from "../services/page-council-users";
import { nameCursor } from "../services/page-by-name";
import { notFound } from "../errors/gateway-error";
import { initialPasswordRule, recordIdRule, rolesRule, userEmailRule } from "../services/configure-inputs";
import type { CreateUserInput as CreateUserShape, SetUserRolesInput as SetUserRolesShape } from "../services/configure-inputs";
import { createCouncilUser, disableCouncilUser, listCouncilUsers, setUserRoles } from "../services/configure-users";
import type { CouncilUser as CouncilUserView } from "../services/configure-users";
import type { GatewayContext } from "../context";
import { CouncilRoleEnum } from "./enums";
import { textRule } from "./input-rules";

const admin = { configureCouncil: true } as const;

const CouncilUser = builder.objectRef<CouncilUserView>("CouncilUser").implement({
  description: "A user of your council and their roles here",
  authScopes: admin,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The user's id" }),
    email: t.exposeString("email", { description: "The user's e-mail address (they sign in with it)" }),
    displayName: t.exposeString("displayName", { description: "The user's name as shown to colleagues" }),
    roles: t.field({ description: "The roles the user holds in your council", type: [CouncilRoleEnum], resolve: (u) => u.roles }),
    localAccount: t.exposeBoolean("localAccount", {
      description: "Signs in with a password here (otherwise through the council's identity provider)",
    }),
    invitationPending: t.exposeBoolean("invitationPending", {
      description:
        "An invitation to a person who already has an account, waiting for them to accept it; shows only what your council entered (the id is the invitation's)",
    }),
  }),
});

async function userById(context: GatewayContext, id: string): Promise<CouncilUserView> {
  const user = (await listCouncilUsers(context)).find((u) => u.id === id);
  if (!user) throw notFound("User");
  return user;
}

builder.queryField("councilUsers", (t) =>
  t.connection(
    {
      type: CouncilUser,
      description: `Your council's users and their roles, by name (council administrators); at most ${LIMITS.maxPageSize} a page`,
      authScopes: admin,
      validate: pageSizeArgsSchema,
      resolve: (_root, args, context) => resolveCountedConnection<CouncilUserView>(args, nameCursor, (params) => pageCouncilUsers(context, params)),
    },
    {
      description: "A page of your council's users",
      fields: (c) => ({
        totalCount: c.exposeInt("totalCount", { description: "How many users and pending invitations, across every page" }),
      }),
    },
  ),
);

builder.queryField("councilUser", (t) =>
  t.field({
    type: CouncilUser,
    description: "One user of your council, or a pending invitation, by id (council administrators); NOT_FOUND for anyone else",
    authScopes: admin,
    args: { id: t.arg.id({ required: true, description: "The user's id (or the invitation's)" }) },
    validate: z.object({ id: z.string().max(64) }),
    resolve: (_root, args, context) => userById(context, args.id),
  }),
);

const CreateCouncilUserInput = builder.inputRef<CreateUserShape>("CreateCouncilUserInput").implement({
  description: "A new user of your council",
  fields: (t) => ({
    email: t.string({ description: "The user's e-mail address", validate: userEmailRule }),
    displayName: t.string({ description: "The user's name as shown to colleagues", validate: textRule(200) }),
    roles: t.field({ description: "The roles the user will hold", type: [CouncilRoleEnum], validate: rolesRule }),
    initialPassword: t.string({ required: false, description: "Local accounts only; at least 12 characters", validate: initialPasswordRule }),
  }),
});
const SetUserRolesInput = builder.inputRef<SetUserRolesShape>("SetUserRolesInput").implement({
  description: "A user's new set of roles in your council",
  fields: (t) => ({
    userId: t.id({ description: "The user (their id)", validate: recordIdRule }),
    roles: t.field({ description: "Every role the user now holds (replacing the old ones)", type: [CouncilRoleEnum], validate: rolesRule }),
  }),
});
const DisableCouncilUserInput = builder.inputRef<{ userId: string }>("DisableCouncilUserInput").implement({
  description: "The user to disable",
  fields: (t) => ({ userId: t.id({ description: "The user (their id)", validate: recordIdRule }) }),
});

builder.mutationField("createCouncilUser", (t) =>
  t.field({
    type: CouncilUser,
    description:
      "Create a user of your council with roles; for an e-mail that already has an account, invites the person instead (they accept it signed in as themselves)",
    authScopes: admin,
    args: { input: t.arg({ type: CreateCouncilUserInput, required: true, description: "The new user and their roles" }) },
    resolve: async (_root, args, context) => userById(context, await createCouncilUser(context, args.input)),
  }),
);

builder.mutationField("setUserRoles", (t) =>
  t.field({
    type: CouncilUser,
    description: "Replace a user's roles in your council",
    authScopes: admin,
    args: { input: t.arg({ type: SetUserRolesInput, required: true, description: "The user and the roles they now hold" }) },
    resolve: async (_root, args, context) => userById(context, await setUserRoles(context, args.input)),
  }),
);

builder.mutationField("disableCouncilUser", (t) =>
  t.id({
    description: "Disable a user in your council (removes every role here); returns the user's id",
    authScopes: admin,
    args: { input: t.arg({ type: DisableCouncilUserInput, required: true, description: "The user to disable" }) },
    resolve: (_root, args, context) => disableCouncilUser(context, args.input),
  }),
);
