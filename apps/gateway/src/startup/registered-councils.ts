import type { PrismaClient } from "@csc/db";
import { councilsToSeed, seedRegisteredCouncils, type SeededCouncil } from "../import/seed-registered-councils";
import type { StartMode } from "./demo-mode";

/**
 * At every start in demo mode, the registered councils (CSC_DEMO_COUNCILS, all by default) that the database does not
 * have yet are brought in with their fixture export and demo accounts: a council registered after the database was
 * first filled appears at the next start, and councils already there are left exactly as they are. Production mode
 * adds nothing (the platform starts empty; the platform administrator creates councils).
 */
export async function bringInRegisteredCouncils(
  prisma: PrismaClient,
  mode: StartMode,
  setting: string | undefined,
  registered: readonly string[],
): Promise<SeededCouncil[]> {
  if (mode !== "demo") return [];
  const wanted = councilsToSeed(setting, registered);
  const present = new Set((await prisma.council.findMany({ where: { id: { in: wanted } }, select: { id: true } })).map((c) => c.id));
  return seedRegisteredCouncils(
    prisma,
    wanted.filter((id) => !present.has(id)),
  );
}
