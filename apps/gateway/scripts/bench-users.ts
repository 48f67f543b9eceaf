import { DEMO_PASSWORD, hashPassword, type PrismaClient } from "@csc/db";

/** A user of the benchmark (`<local>@<council>.example`, the demo password) with one council role. */
export async function addUser(prisma: PrismaClient, councilId: string, local: string, role: "analyst" | "complaints_officer" | "council_admin") {
  const user = await prisma.user.create({
    data: { email: `${local}@${councilId}.example`, displayName: `Bench ${local}`, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  await prisma.userCouncilRole.create({ data: { councilId, userId: user.id, role } });
}
