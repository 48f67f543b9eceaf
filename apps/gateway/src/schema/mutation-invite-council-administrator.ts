import { z } from "zod";
import { builder } from "../builder";
import { MAX_PASSWORD_LENGTH } from "../auth/password-policy";
import { inviteCouncilAdministrator } from "../services/invite-council-administrator";
import type { CouncilAdministratorInvited } from "../services/invite-council-administrator";

const platform = { platformAdmin: true } as const;

const InviteCouncilAdministratorInput = builder.inputType("InviteCouncilAdministratorInput", {
  description: "A council's first administrator",
  fields: (t) => ({
    councilId: t.id({ description: "The council (from createCouncil)" }),
    email: t.string({ description: "The administrator's e-mail" }),
    displayName: t.string({ description: "The administrator's name" }),
    initialPassword: t.string({
      required: false,
      description: "Needed only for an e-mail without an account: at least 12 characters, not a common password; they choose their own after",
    }),
  }),
});

const CouncilAdministratorInvitedRef = builder.objectRef<CouncilAdministratorInvited>("CouncilAdministratorInvited").implement({
  description: "A council's first administrator: a new account, or an invitation to an existing one",
  authScopes: platform,
  fields: (t) => ({
    councilId: t.exposeID("councilId", { description: "The council" }),
    userId: t.exposeID("userId", { nullable: true, description: "The new account, when the e-mail had none (it holds council_admin)" }),
    invitationId: t.exposeID("invitationId", {
      nullable: true,
      description: "The invitation, when the e-mail already had an account (accepted with acceptCouncilInvitation)",
    }),
  }),
});

const schema = z.object({
  input: z.object({
    councilId: z.string().trim().min(1, "must not be empty").max(63),
    email: z.email("must be an email address").max(320),
    displayName: z.string().trim().min(1, "must not be empty").max(200),
    initialPassword: z.string().max(MAX_PASSWORD_LENGTH).nullish(),
  }),
});

builder.mutationField("inviteCouncilAdministrator", (t) =>
  t.field({
    type: CouncilAdministratorInvitedRef,
    description: "Give a council its first council administrator (platform administrator only): an account, or an invitation to an existing one",
    authScopes: platform,
    args: { input: t.arg({ type: InviteCouncilAdministratorInput, required: true, description: "The council and the administrator to invite" }) },
    validate: schema,
    resolve: (_root, args, context) => inviteCouncilAdministrator(context, args.input),
  }),
);
