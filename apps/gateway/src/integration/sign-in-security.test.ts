import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCKOUT_AFTER } from "../services/sign-in";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

// Issue 9, finding 4: sign-in without lockout or audit of failures, no sign-out that revokes, tokens without exp
// accepted, a non-UUID sub giving HTTP 500.

let h: Harness;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const ME = `{ councilUsers { nodes { id email } } }`;
const secret = new TextEncoder().encode("test-secret-test-secret-test-secret");
const forged = () => new SignJWT({ council: "demo-north" }).setProtectedHeader({ alg: "HS256" }).setIssuer("csc-gateway").setAudience("csc-gateway");

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const signIn = (email: string, password: string, councilId: string | null = "demo-north") =>
  h.gql<{ signIn: { token: string } }>(SIGN_IN, { input: { councilId, email, password } });

describe("sign-in security (issue 9 finding 4)", () => {
  it("audits every failed sign-in without the password or the e-mail, and locks the account after repeated failures", async () => {
    const email = "officer@demo-north.example";
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email } });
    for (let i = 0; i < LOCKOUT_AFTER; i += 1) {
      expect((await signIn(email, `wrong-guess-${i}-xyz`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const failures = await h.db.prisma.auditLog.findMany({ where: { action: "signInFailed", actorId: user.id } });
    expect(failures).toHaveLength(LOCKOUT_AFTER);
    expect(JSON.stringify(failures.map((f) => f.detail))).not.toMatch(/wrong-guess|officer@/);
    expect(failures[0]?.detail).toEqual({ reason: "wrong_password" });
    // Locked: the right password no longer works, and that refusal is audited too.
    expect((await signIn(email, "demo-password-2026")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await h.db.prisma.auditLog.count({ where: { action: "signInFailed", actorId: user.id, detail: { equals: { reason: "locked" } } } })).toBe(
      1,
    );
    expect(
      await h.db.prisma.auditLog.count({ where: { action: "signInFailed", actorId: null, detail: { equals: { reason: "unknown_account" } } } }),
    ).toBe(0);
    await signIn("nobody@nowhere.example", "whatever-password");
    expect(await h.db.prisma.auditLog.count({ where: { action: "signInFailed", actorId: null } })).toBe(1);
    // An administrator of the council unlocks the account.
    const admin = await h.signIn("admin", "demo-north");
    const unlock = await h.gql(
      `mutation($input: UnlockCouncilUserInput!) { unlockCouncilUser(input: $input) }`,
      { input: { userId: user.id } },
      admin,
    );
    expect(unlock.errors).toBeUndefined();
    expect((await signIn(email, "demo-password-2026")).data?.signIn.token).toBeTruthy();
    // Another council's administrator cannot unlock (or learn about) North's user.
    const south = await h.signIn("admin", "demo-south");
    const foreign = await h.gql(
      `mutation($input: UnlockCouncilUserInput!) { unlockCouncilUser(input: $input) }`,
      { input: { userId: user.id } },
      south,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("signOut revokes the session on the server: the same token is refused afterwards", async () => {
    const token = await h.signIn("admin", "demo-north");
    expect((await h.gql(ME, {}, token)).errors).toBeUndefined();
    const out = await h.gql<{ signOut: boolean }>(`mutation { signOut }`, {}, token);
    expect(out.data?.signOut).toBe(true);
    const after = await h.gql(ME, {}, token);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("ends a session after the idle timeout", async () => {
    const token = await h.signIn("manager", "demo-north");
    await h.db.prisma.userSession.updateMany({ where: { revokedAt: null }, data: { lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) } });
    expect((await h.gql(ME, {}, token)).status).toBe(401);
  });

  it("refuses a correctly signed token without exp, and a non-UUID sub with 401 rather than 500", async () => {
    const admin = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo-north.example" } });
    const session = await h.db.prisma.userSession.create({
      data: { userId: admin.id, signedInCouncil: "demo-north", expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const noExp = await forged().setSubject(admin.id).setJti(session.id).setIssuedAt().sign(secret);
    const badSub = await forged().setSubject("not-a-uuid").setJti(session.id).setIssuedAt().setExpirationTime("1h").sign(secret);
    const good = await forged().setSubject(admin.id).setJti(session.id).setIssuedAt().setExpirationTime("1h").sign(secret);
    for (const token of [noExp, badSub]) {
      const answer = await h.gql(ME, {}, token);
      expect(answer.status).toBe(401);
      expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect((await h.gql(ME, {}, good)).errors).toBeUndefined();
  });

  // Last in this file: it leaves 127.0.0.1 throttled for this process.
  it("throttles an address after repeated failures across accounts, and audits it", async () => {
    const { ADDRESS_MAX_FAILURES } = await import("../auth/address-throttle");
    const emails = [
      "manager@demo-north.example",
      "auditor@demo-north.example",
      ...Array.from({ length: 8 }, (_, n) => `nobody-${n}@demo-north.example`),
    ];
    let failures = 0;
    for (let i = 0; failures < ADDRESS_MAX_FAILURES; i += 1) {
      const answer = await signIn(emails[i % emails.length] as string, `guess-${i}-wrong-password`);
      if (answer.errors?.[0]?.extensions?.code === "UNAUTHENTICATED") failures += 1;
      if (answer.errors?.[0]?.extensions?.code === "TOO_MANY_REQUESTS") break; // earlier tests' failures count too
      if (i > ADDRESS_MAX_FAILURES * 2) break;
    }
    // Spread over accounts, so no account reached its own lockout; the address is refused even with a right password.
    const right = await signIn("analyst@demo-north.example", "demo-password-2026");
    expect(right.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(
      await h.db.prisma.auditLog.count({ where: { action: "signInFailed", detail: { equals: { reason: "throttled_address" } } } }),
    ).toBeGreaterThanOrEqual(1);
    const analyst = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "analyst@demo-north.example" } });
    expect(analyst.lockedAt).toBeNull();
  });
});
