import { DEMO_PASSWORD, hashPassword, type PrismaClient } from "@csc/db";
import { COUNCIL_ROLES, type CouncilRole } from "../auth/roles";
import { importCouncilFixture } from "./import-fixture";

/**
 * For the start command: brings each registered council (the plugins) into an empty platform with its fixture
 * export imported as ordinary cases, and a demo account per role, so every council's report, statistics and
 * comparison can be seen at once. Which councils: CSC_DEMO_COUNCILS ("all" by default, "none", or a comma list).
 */
export interface SeededCouncil {
  councilId: string;
  imported: number;
  skipped: number;
}

const EMAIL_PREFIX: Record<CouncilRole, string> = {
  complaints_officer: "officer",
  manager: "manager",
  analyst: "analyst",
  council_admin: "admin",
  auditor: "auditor",
};

export function councilsToSeed(setting: string | undefined, registered: readonly string[]): string[] {
  const value = (setting ?? "all").trim();
  if (value === "" || value === "all") return [...registered];
  if (value === "none") return [];
  const wanted = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((id) => !registered.includes(id));
  if (unknown.length > 0) {
    throw new Error(`CSC_DEMO_COUNCILS: ${unknown.map((u) => `"${u}"`).join(", ")} not registered; registered councils: ${registered.join(", ")}`);
  }
  return wanted;
}

export async function seedRegisteredCouncils(prisma: PrismaClient, ids: readonly string[]): Promise<SeededCouncil[]> {
  const seeded: SeededCouncil[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const councilId of ids) {
    const existing = await prisma.case.count({ where: { councilId } });
    if (existing > 0) continue;
    const summary = await importCouncilFixture(prisma, councilId);
    for (const role of COUNCIL_ROLES) {
      const email = `${EMAIL_PREFIX[role]}@${councilId}.example`;
      const user = await prisma.user.upsert({
        where: { email },
        update: {},
        create: { email, displayName: `${EMAIL_PREFIX[role][0]?.toUpperCase()}${EMAIL_PREFIX[role].slice(1)} (${councilId})`, passwordHash },
      });
      await prisma.userCouncilRole.upsert({
        where: { councilId_userId_role: { councilId, userId: user.id, role } },
        update: {},
        create: { councilId, userId: user.id, role },
      });
    }
    seeded.push({ councilId, imported: summary.imported, skipped: summary.skipped.length });
  }
  return seeded;
}
