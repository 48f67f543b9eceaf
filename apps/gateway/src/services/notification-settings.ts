import type { GatewayContext } from "../context";
import { badInput, forbidden, notFound } from "../errors/gateway-error";
import { DEFAULT_WARNING_WORKING_DAYS } from "../notifications/notification-kind";
import { writeAudit } from "./audit";
import type { CouncilRole } from "../auth/roles";
import { councilScope, isRecordId } from "./council-scope";
import type { ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { byNameThenId } from "./configure-users";
import { pageByName, type NameKey } from "./page-by-name";
import type { CountedPage } from "../limits/counted-cursor-connection";

export interface NotificationSettingView {
  userId: string;
  displayName: string;
  email: string;
  roles: CouncilRole[];
  dueSoon: boolean;
  overdue: boolean;
  digest: boolean;
}

export interface NotificationPolicyView {
  warningWorkingDays: number;
  /** Where the warning period comes from: the council's setting or the platform default (local policy). */
  source: string;
  digestEnabled: boolean;
}

/** A setting's place in the list: its user's name, then their id (as councilUsers). */
export const settingKey = (s: NotificationSettingView): NameKey => ({ displayName: s.displayName, id: s.userId });

/** Every user of the viewer's council with the e-mails they get (no setting stored: all on), by name then id. */
export async function readNotificationSettings(context: GatewayContext, onlyUserId?: string): Promise<NotificationSettingView[]> {
  const { prisma, councilId } = councilScope(context);
  const roles = await prisma.userCouncilRole.findMany({
    where: { councilId, ...(onlyUserId ? { userId: onlyUserId } : {}) },
    select: { userId: true, role: true, user: { select: { displayName: true, email: true } } },
    orderBy: [{ userId: "asc" }, { role: "asc" }],
  });
  const settings = new Map((await prisma.userNotificationSetting.findMany({ where: { councilId } })).map((s) => [s.userId, s]));
  const byUser = new Map<string, NotificationSettingView>();
  for (const r of roles) {
    const found = byUser.get(r.userId);
    if (found) {
      found.roles.push(r.role);
      continue;
    }
    const s = settings.get(r.userId);
    byUser.set(r.userId, {
      userId: r.userId,
      displayName: r.user.displayName,
      email: r.user.email,
      roles: [r.role],
      dueSoon: s?.dueSoon ?? true,
      overdue: s?.overdue ?? true,
      digest: s?.digest ?? true,
    });
  }
  return [...byUser.values()].sort((a, b) => byNameThenId(settingKey(a), settingKey(b)));
}

/** One page of the council's users' settings for resolveCursorConnection, by name then id (cursors: nameCursor of settingKey). */
export async function pageNotificationSettings(
  context: GatewayContext,
  args: ResolveCursorConnectionArgs,
): Promise<CountedPage<NotificationSettingView>> {
  return pageByName(await readNotificationSettings(context), settingKey, args);
}

interface SetNotificationSettingsInput {
  userId?: string | null;
  dueSoon: boolean;
  overdue: boolean;
  digest: boolean;
}

/** A user sets their own e-mails; a council administrator sets anyone's in the council. Audited. */
export async function setNotificationSettings(context: GatewayContext, input: SetNotificationSettingsInput): Promise<NotificationSettingView> {
  const { prisma, councilId, viewer } = councilScope(context);
  const userId = input.userId ?? viewer.userId;
  if (userId !== viewer.userId && !viewer.roles.includes("council_admin"))
    throw forbidden("Only a council administrator sets another user's notifications");
  if (!isRecordId(userId)) throw notFound("User");
  const inCouncil = await prisma.userCouncilRole.findFirst({ where: { councilId, userId }, select: { userId: true } });
  if (!inCouncil) throw notFound("User");
  const data = { dueSoon: input.dueSoon, overdue: input.overdue, digest: input.digest, updatedAt: new Date() };
  await prisma.userNotificationSetting.upsert({
    where: { councilId_userId: { councilId, userId } },
    create: { councilId, userId, ...data },
    update: data,
  });
  await writeAudit(prisma, context, {
    action: "setNotificationSettings",
    detail: { userId, dueSoon: input.dueSoon, overdue: input.overdue, digest: input.digest },
  });
  const [view] = await readNotificationSettings(context, userId);
  if (!view) throw notFound("User");
  return view;
}

export async function readNotificationPolicy(context: GatewayContext): Promise<NotificationPolicyView> {
  const { prisma, councilId } = councilScope(context);
  const row = await prisma.councilNotificationPolicy.findUnique({ where: { councilId } });
  return row
    ? { warningWorkingDays: row.warningWorkingDays, source: "council setting", digestEnabled: row.digestEnabled }
    : { warningWorkingDays: DEFAULT_WARNING_WORKING_DAYS, source: "local policy (platform default)", digestEnabled: true };
}

/** The council's warning period (0–20 working days before a clock is due) and whether managers get the digest. */
export async function setNotificationPolicy(
  context: GatewayContext,
  input: { warningWorkingDays: number; digestEnabled: boolean },
): Promise<NotificationPolicyView> {
  const { prisma, councilId } = councilScope(context);
  if (!Number.isInteger(input.warningWorkingDays) || input.warningWorkingDays < 0 || input.warningWorkingDays > 20) {
    throw badInput(["input", "warningWorkingDays"], "the warning period is a whole number of working days from 0 to 20");
  }
  const data = { warningWorkingDays: input.warningWorkingDays, digestEnabled: input.digestEnabled, updatedAt: new Date() };
  await prisma.councilNotificationPolicy.upsert({ where: { councilId }, create: { councilId, ...data }, update: data });
  await writeAudit(prisma, context, {
    action: "setNotificationPolicy",
    detail: { warningWorkingDays: input.warningWorkingDays, digestEnabled: input.digestEnabled },
  });
  return readNotificationPolicy(context);
}
