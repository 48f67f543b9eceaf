import { hashPassword } from "@csc/db";
import type { CouncilRole } from "../auth/roles";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput, conflict, notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { refuseClash } from "./configure-clash";
import { councilScope, isRecordId } from "./council-scope";
import type { CreateUserInput, SetUserRolesInput } from "./configure-inputs";

export interface CouncilUser {
  id: string;
  email: string;
  displayName: string;
  roles: CouncilRole[];
  /** Local account (a password is set) or sign-in through the council's identity provider only. */
  localAccount: boolean;
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
    };
    user.roles.push(row.role);
    users.set(user.id, user);
  }
  return [...users.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

async function userIdInCouncil(context: GatewayContext, councilId: string, userId: string): Promise<string> {
  const row = isRecordId(userId)
    ? await withCouncil(context.root, councilId, (tx) => tx.userCouncilRole.findFirst({ where: { councilId, userId }, select: { userId: true } }))
    : null;
  if (!row) throw notFound("User");
  return row.userId;
}

/**
 * Creates a user of this council with roles. Accounts are platform-wide (one e-mail, one person): when the
 * e-mail already has an account elsewhere, it is given roles here and its name and password are left alone,
 * so the answer does not reveal what another council holds. Already a user here: CONFLICT.
 */
export async function createCouncilUser(context: GatewayContext, input: CreateUserInput): Promise<string> {
  const { councilId } = councilScope(context);
  const email = input.email.trim().toLowerCase();
  // app_user is a platform table the application role may not write: the owner writes it, this council's roles
  // are written walled off to the council.
  const existing = await context.root.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  const passwordHash = !existing && input.initialPassword ? await hashPassword(input.initialPassword) : null;
  const userId =
    existing?.id ??
    (
      await refuseClash("This person was added at the same time; reload to see them", () =>
        context.root.user.create({ data: { email, displayName: input.displayName, passwordHash }, select: { id: true } }),
      )
    ).id;
  return withCouncil(context.root, councilId, async (tx) => {
    const already = await tx.userCouncilRole.findFirst({ where: { councilId, userId }, select: { userId: true } });
    if (already) throw conflict("This person is already a user of this council; change their roles instead");
    await tx.userCouncilRole.createMany({ data: input.roles.map((role) => ({ councilId, userId, role })) });
    // An account disabled when it lost its last role comes back when a council gives it one again.
    if (existing?.disabledAt) await context.root.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await writeAudit(tx, context, { action: "createCouncilUser", detail: { userId, roles: [...input.roles] } });
    return userId;
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
  const elsewhere = await context.root.userCouncilRole.count({ where: { userId } });
  const user = await context.root.user.findUniqueOrThrow({ where: { id: userId }, select: { isPlatformAdmin: true } });
  if (elsewhere === 0 && !user.isPlatformAdmin) {
    await context.root.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
  }
  return userId;
}
