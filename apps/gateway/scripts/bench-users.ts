import { DEMO_PASSWORD, hashPassword, type PrismaClient } from "@csc/db";

/** A user of the benchmark (`<local>@<council>.example`, the demo password) with one council role; kept when it exists (a kept database). */
export async function addUser(prisma: PrismaClient, councilId: string, local: string, role: "analyst" | "complaints_officer" | "council_admin") {
  const email = `${local}@${councilId}.example`;
  const user = await prisma.user.upsert({
    where: { email },
    update: {},
    create: { email, displayName: `Bench ${local}`, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  await prisma.userCouncilRole.createMany({ data: [{ councilId, userId: user.id, role }], skipDuplicates: true });
}
