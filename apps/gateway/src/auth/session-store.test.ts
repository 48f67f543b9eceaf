import { createPrismaClient, GATEWAY_LOGIN_ROLE, type PrismaClient } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertSessionLookup, liveSessionUser } from "./session-store";

let db: TestDatabase;
let gateway: PrismaClient;

beforeAll(async () => {
  db = await startTestDatabase();
  gateway = createPrismaClient(db.gatewayUrl, { maxConnections: 1 });
}, 120_000);
afterAll(async () => {
  await gateway?.$disconnect();
  await db?.stop();
});

describe("the session lookup (live_session_of)", () => {
  it("answers an open session's user and roles in the session's council, and nothing for a revoked one", async () => {
    await db.prisma.council.create({ data: { id: "council-s", name: "S" } });
    const user = await db.prisma.user.create({ data: { email: "lookup@example.org", displayName: "L" } });
    await db.prisma.userCouncilRole.create({ data: { councilId: "council-s", userId: user.id, role: "manager" } });
    const session = await db.prisma.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await liveSessionUser(gateway, session.id, user.id, "council-s")).toEqual({
      id: user.id,
      isPlatformAdmin: false,
      disabledAt: null,
      roles: [{ role: "manager" }],
    });
    // Another user's id in the token, an id that is not a uuid, or a revoked session: no user.
    expect(await liveSessionUser(gateway, session.id, "00000000-0000-0000-0000-000000000000", "council-s")).toBeNull();
    expect(await liveSessionUser(gateway, "not-a-session", user.id, "council-s")).toBeNull();
    await db.prisma.userSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    expect(await liveSessionUser(gateway, session.id, user.id, "council-s")).toBeNull();
  });

  it("refuses to start a gateway whose login role may not call it, naming the grant", async () => {
    await expect(assertSessionLookup(gateway)).resolves.toBeUndefined();
    await db.prisma.$executeRawUnsafe(`REVOKE EXECUTE ON FUNCTION live_session_of(uuid, text) FROM ${GATEWAY_LOGIN_ROLE}`);
    try {
      await expect(assertSessionLookup(gateway)).rejects.toThrow(
        `${GATEWAY_LOGIN_ROLE} may not look sessions up: as an administrator, GRANT EXECUTE ON FUNCTION live_session_of(uuid, text) TO ${GATEWAY_LOGIN_ROLE}`,
      );
    } finally {
      await db.prisma.$executeRawUnsafe(`GRANT EXECUTE ON FUNCTION live_session_of(uuid, text) TO ${GATEWAY_LOGIN_ROLE}`);
    }
  });
});
