import { hashPassword } from "@csc/db";
import type { PrismaClient } from "@csc/db";
import { passwordProblem } from "../auth/password-policy";

interface PlatformAdminInput {
  email: string;
  displayName: string;
  password: string;
}

export class PlatformAdminRefused extends Error {}

/**
 * Creates the platform's first administrator (a one-time command: refused once any platform administrator exists,
 * or when the e-mail already has an account). The password follows the password rules and is never printed.
 */
export async function createFirstPlatformAdmin(prisma: PrismaClient, input: PlatformAdminInput): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new PlatformAdminRefused("--email: must be an email address");
  const problem = passwordProblem(input.password, email);
  if (problem) throw new PlatformAdminRefused(`password: ${problem}`);
  if ((await prisma.user.count({ where: { isPlatformAdmin: true } })) > 0) {
    throw new PlatformAdminRefused("a platform administrator already exists; they add others");
  }
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new PlatformAdminRefused("--email: this e-mail already has an account");
  }
  const user = await prisma.user.create({
    data: { email, displayName: input.displayName.trim() || email, passwordHash: await hashPassword(input.password), isPlatformAdmin: true },
    select: { id: true },
  });
  await prisma.auditLog.create({
    data: { councilId: "platform", actorId: null, actorRole: "command_line", action: "createPlatformAdmin", detail: { userId: user.id } },
  });
  return user.id;
}
