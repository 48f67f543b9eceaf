import { hashPassword } from "@csc/db";
import type { CouncilRole } from "../auth/roles";
import type { GatewayContext } from "../context";
import { withCouncil, withPlatform } from "../db/client";
import { badInput, conflict, notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { refuseClash } from "./configure-clash";
import { councilScope, isRecordId } from "./council-scope";
import { passwordProblem } from "../auth/password-policy";
import type { CreateUserInput, SetUserRolesInput } from "./configure-inputs";

export interface CouncilUser {
  id: string;
  email: string;
  displayName: string;
  roles: CouncilRole[];
  /** Local account (a password is set) or sign-in through the council's identity provider only. */
  localAccount: boolean;
  /** An invitation to an existing account, not yet accepted by the person: only what this council typed. */
  invitationPending: boolean;
}

/** The users' order: by name, the id breaking ties (so a page boundary between two namesakes is stable). */
export function byNameThenId(a: Pick<CouncilUser, "displayName" | "id">, b: Pick<CouncilUser, "displayName" | "id">): number {
  return a.displayName.localeCompare(b.displayName, "en-GB") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The council's users with their roles here. A user without a role here is not a user of this council. */
export async function listCouncilUsers(context: GatewayContext): Promise<CouncilUser[]> {
  const { councilId } = councilScope(context);
  const rows = await withCouncil(context.root, councilId, (tx) =>
    tx.userCouncilRole.findMany({
      where: { councilId },
      select: { role: true, user: { select: { id: true, email: true, displayName: true, passwordHash: true } } },
    }),
  );
  const users = new Map<string, CouncilUser>();
  for (const row of rows) {
    const user = users.get(row.user.id) ?? {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      roles: [],
      localAccount: row.user.passwordHash !== null,
      invitationPending: false,
    };
    user.roles.push(row.role);
    users.set(user.id, user);
  }
  const invitations = await withCouncil(context.root, councilId, (tx) =>
    tx.councilInvitation.findMany({ where: { councilId, answeredAt: null }, select: { id: true, email: true, displayName: true, roles: true } }),
  );
  const pending = invitations.map((i) => ({ ...i, roles: [...i.roles], localAccount: false, invitationPending: true }));
  return [...users.values(), ...pending].sort(byNameThenId);
}

async function userIdInCouncil(context: GatewayContext, councilId: string, userId: string): Promise<string> {
  const row = isRecordId(userId)
    ? await withCouncil(context.root, councilId, (tx) => tx.userCouncilRole.findFirst({ where: { councilId, userId }, select: { userId: true } }))
    : null;
  if (!row) throw notFound("User");
  return row.userId;
}

/**
 * Creates a user of this council with roles. Accounts are one per person (e-mail). When the e-mail already has an
 * account, nothing of it is read, linked or changed: an invitation is recorded that the person accepts signed in as
 * themselves (acceptCouncilInvitation), and the answer shows only what this council typed. Returns the new user's id
 * or the invitation's id. Already a user or invited here: CONFLICT.
 */
export async function createCouncilUser(context: GatewayContext, input: CreateUserInput): Promise<string> {
  const { councilId, viewer } = councilScope(context);
  const email = input.email.trim().toLowerCase();
  if (input.initialPassword) {
    const problem = passwordProblem(input.initialPassword, email);
    if (problem) throw badInput(["input", "initialPassword"], problem);
  }
  // app_user is a platform table the application role may not write: the platform role writes it, this council's roles
  // are written walled off to the council.
  const existing = await withPlatform(context.root, (tx) => tx.user.findUnique({ where: { email }, select: { id: true } }));
  if (existing) return inviteExistingAccount(context, councilId, viewer.userId, existing.id, { ...input, email });
  const passwordHash = input.initialPassword ? await hashPassword(input.initialPassword) : null;
  const { id: userId } = await refuseClash("This person was added at the same time; reload to see them", () =>
    withPlatform(context.root, (tx) =>
      tx.user.create({
        data: { email, displayName: input.displayName, passwordHash, passwordSetByAdmin: passwordHash !== null },
        select: { id: true },
      }),
    ),
  );
  return withCouncil(context.root, councilId, async (tx) => {
    await tx.userCouncilRole.createMany({ data: input.roles.map((role) => ({ councilId, userId, role })) });
    await writeAudit(tx, context, { action: "createCouncilUser", detail: { userId, roles: [...input.roles] } });
    return userId;
  });
}

async function inviteExistingAccount(
  context: GatewayContext,
  councilId: string,
  invitedBy: string,
  userId: string,
  input: CreateUserInput,
): Promise<string> {
  return withCouncil(context.root, councilId, async (tx) => {
    const already = await tx.userCouncilRole.findFirst({ where: { councilId, userId }, select: { userId: true } });
    if (already) throw conflict("This person is already a user of this council; change their roles instead");
    const open = await tx.councilInvitation.findFirst({ where: { councilId, email: input.email, answeredAt: null }, select: { id: true } });
    if (open) throw conflict("This person has already been invited; they accept the invitation when they next sign in");
    const { id } = await tx.councilInvitation.create({
      data: { councilId, email: input.email, displayName: input.displayName, roles: [...input.roles], invitedBy },
      select: { id: true },
    });
    await writeAudit(tx, context, { action: "inviteCouncilUser", detail: { invitationId: id, roles: [...input.roles] } });
    return id;
  });
}

/** Replaces a user's roles in this council. An administrator cannot take council_admin away from themselves. */
export async function setUserRoles(context: GatewayContext, input: SetUserRolesInput): Promise<string> {
  const { councilId, viewer } = councilScope(context);
  const userId = await userIdInCouncil(context, councilId, input.userId);
  const roles = [...new Set(input.roles)];
  if (userId === viewer.userId && !roles.includes("council_admin")) {
    throw badInput(["input", "roles"], "you cannot remove your own council administrator role; ask another administrator");
  }
  return withCouncil(context.root, councilId, async (tx) => {
    await tx.userCouncilRole.deleteMany({ where: { councilId, userId, role: { notIn: roles } } });
    await tx.userCouncilRole.createMany({ data: roles.map((role) => ({ councilId, userId, role })), skipDuplicates: true });
    await writeAudit(tx, context, { action: "setUserRoles", detail: { userId, roles } });
    return userId;
  });
}

/**
 * Disables a user in this council: every role here is removed, so their sessions stop working here at once.
 * An account that then holds no role in any council is disabled outright. Nobody disables themselves.
 */
export async function disableCouncilUser(context: GatewayContext, input: { userId: string }): Promise<string> {
  const { councilId, viewer } = councilScope(context);
  const userId = await userIdInCouncil(context, councilId, input.userId);
  if (userId === viewer.userId) throw badInput(["input", "userId"], "you cannot disable your own account; ask another administrator");
  await withCouncil(context.root, councilId, async (tx) => {
    await tx.userCouncilRole.deleteMany({ where: { councilId, userId } });
    await writeAudit(tx, context, { action: "disableCouncilUser", detail: { userId } });
  });
  const elsewhere = await withPlatform(context.root, (tx) => tx.userCouncilRole.count({ where: { userId } }));
  const user = await withPlatform(context.root, (tx) => tx.user.findUniqueOrThrow({ where: { id: userId }, select: { isPlatformAdmin: true } }));
  if (elsewhere === 0 && !user.isPlatformAdmin) {
    await withPlatform(context.root, (tx) => tx.user.update({ where: { id: userId }, data: { disabledAt: new Date() } }));
  }
  return userId;
}
