import { z } from "zod";
import { builder } from "../builder";
import { MAX_PASSWORD_LENGTH } from "../auth/password-policy";
import { answerInvitation, changePassword, listMyInvitations } from "../services/council-invitations";
import type { MyInvitation } from "../services/council-invitations";
import { CouncilRoleEnum } from "./enums";

const self = { signedIn: true } as const;

const CouncilInvitation = builder.objectRef<MyInvitation>("CouncilInvitation").implement({
  description: "An invitation to join a council, sent to your own e-mail by that council's administrator",
  authScopes: self,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The invitation's id" }),
    councilId: t.exposeID("councilId", { description: "The inviting council" }),
    councilName: t.exposeString("councilName", { description: "The inviting council's name" }),
    roles: t.field({ type: [CouncilRoleEnum], description: "The roles you would hold there", resolve: (i) => i.roles }),
    createdAt: t.field({ type: "DateTime", description: "When the invitation was made", resolve: (i) => i.createdAt }),
  }),
});

builder.queryField("myCouncilInvitations", (t) =>
  t.field({
    type: [CouncilInvitation],
    description: "Invitations to your own e-mail waiting for your answer",
    authScopes: self,
    resolve: (_root, _args, context) => listMyInvitations(context),
  }),
);

const AnswerInvitationInput = builder.inputType("AnswerCouncilInvitationInput", {
  description: "An invitation to accept or decline",
  fields: (t) => ({ invitationId: t.id({ description: "An invitation from myCouncilInvitations" }) }),
});
const answerSchema = z.object({ input: z.object({ invitationId: z.string().trim().min(1, "must not be empty").max(64) }) });

builder.mutationField("acceptCouncilInvitation", (t) =>
  t.id({
    description: "Accept an invitation to your own e-mail: you get its roles in that council; returns the invitation's id",
    authScopes: self,
    args: { input: t.arg({ type: AnswerInvitationInput, required: true, description: "The invitation being answered" }) },
    validate: answerSchema,
    resolve: (_root, args, context) => answerInvitation(context, { invitationId: args.input.invitationId, accept: true }),
  }),
);

builder.mutationField("declineCouncilInvitation", (t) =>
  t.id({
    description: "Decline an invitation to your own e-mail; returns the invitation's id",
    authScopes: self,
    args: { input: t.arg({ type: AnswerInvitationInput, required: true, description: "The invitation being answered" }) },
    validate: answerSchema,
    resolve: (_root, args, context) => answerInvitation(context, { invitationId: args.input.invitationId, accept: false }),
  }),
);

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  description: "Your current password and the new one",
  fields: (t) => ({
    currentPassword: t.string({ description: "Your password now" }),
    newPassword: t.string({ description: "At least 12 characters, not a common password (NCSC guidance)" }),
  }),
});

builder.mutationField("changePassword", (t) =>
  t.boolean({
    description: "Change your own password (local accounts)",
    authScopes: self,
    args: { input: t.arg({ type: ChangePasswordInput, required: true, description: "The current password and the new one" }) },
    validate: z.object({
      input: z.object({ currentPassword: z.string().max(MAX_PASSWORD_LENGTH), newPassword: z.string().max(MAX_PASSWORD_LENGTH) }),
    }),
    resolve: (_root, args, context) => changePassword(context, args.input),
  }),
);
