import type { GatewayContext } from "../context";

export interface CouncilChoice {
  id: string;
  name: string;
}

/**
 * The active councils' ids and names, for the sign-in page's select (the `councils` query, public). Safe
 * without sign-in: a council's name is public (every English council publishes its complaints annual report
 * under its name) and the id is the slug a user types at sign-in anyway. Nothing else is read: no sign-in
 * settings, no procedure settings, no users, no counts of cases, so the list discloses nothing about anyone.
 * Reads the platform table `council` with the root client, as signing in does (no council is chosen yet).
 */
export async function listCouncils(context: Pick<GatewayContext, "root">): Promise<CouncilChoice[]> {
  return context.root.council.findMany({
    where: { active: true },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
