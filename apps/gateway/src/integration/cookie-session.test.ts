import { DEMO_PASSWORD } from "@csc/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";

// Issue 9: the admin app's session in an HttpOnly, SameSite=Strict cookie with CSRF protection; bearer tokens
// keep working; sign out everywhere (issue 10 item 7).

let h: Harness;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token userId } }`;
const ME = `query Me { me { userId email } }`;

interface Raw {
  status: number;
  cookie: string | null;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Raw> {
  const response = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, cookie: response.headers.get("set-cookie"), body: (await response.json()) as Raw["body"] };
}

const cookieSignIn = (email: string, headers: Record<string, string> = {}) =>
  post(SIGN_IN, { input: { councilId: "demo-north", email, password: DEMO_PASSWORD, session: "COOKIE" } }, headers);
/** The name=value part of a Set-Cookie. */
const pair = (setCookie: string | null) => (setCookie ?? "").split(";")[0] ?? "";

const ISSUER = "https://idp.south.example";
/** An id_token shaped enough for peekIssuer; the verifier below stands in for the identity provider's keys. */
const ID_TOKEN = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ iss: ISSUER })).toString("base64url")}.sig`;

beforeAll(async () => {
  h = await startHarness({ verifyOidc: async (token) => (token === ID_TOKEN ? { subject: "south-officer-1", email: null } : null) });
  await h.db.prisma.council.update({
    where: { id: "demo-south" },
    data: { oidcIssuer: ISSUER, oidcAudience: "csc-admin", oidcJwksUri: `${ISSUER}/jwks` },
  });
  await h.db.prisma.user.update({ where: { email: "officer@demo-south.example" }, data: { oidcIssuer: ISSUER, oidcSubject: "south-officer-1" } });
});
afterAll(async () => h?.stop());

describe("the session cookie", () => {
  it("signIn(session: COOKIE) sets an HttpOnly, SameSite=Strict cookie on / and returns no token", async () => {
    const answer = await cookieSignIn("officer@demo-north.example");
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.signIn as { token: string | null }).token).toBeNull();
    expect(answer.cookie).toMatch(/^csc-session=[\w-]+\.[\w-]+\.[\w-]+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/);
    const me = await post(ME, {}, { cookie: pair(answer.cookie), "x-csc-csrf": "1" });
    expect((me.body.data?.me as { email: string }).email).toBe("officer@demo-north.example");
  });

  it("is Secure with the __Host- prefix behind TLS", async () => {
    const answer = await cookieSignIn("officer@demo-north.example", { "x-forwarded-proto": "https" });
    expect(answer.cookie).toMatch(/^__Host-csc-session=[^;]+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict; Secure$/);
    const me = await post(ME, {}, { cookie: pair(answer.cookie), "x-csc-csrf": "1" });
    expect(me.body.errors).toBeUndefined();
  });

  it("refuses a cookie-signed POST without the CSRF header, and a mutation over GET", async () => {
    const cookie = pair((await cookieSignIn("manager@demo-north.example")).cookie);
    const forged = await post(ME, {}, { cookie });
    expect(forged.status).toBe(403);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(forged.body.errors?.[0]?.message).toContain("x-csc-csrf");
    // Apollo Server answers mutations over GET with 405, and GET without a preflight header with 400 (csrfPrevention).
    const viaGet = await fetch(`${h.url}/graphql?query=${encodeURIComponent("mutation { signOut }")}`, {
      headers: { cookie, "apollo-require-preflight": "1" },
    });
    expect(viaGet.status).toBe(405);
    const simpleGet = await fetch(`${h.url}/graphql?query=${encodeURIComponent("{ me { userId } }")}`, { headers: { cookie } });
    expect(simpleGet.status).toBe(400);
  });

  it("keeps bearer tokens working without any cookie, and prefers the Authorization header over a cookie", async () => {
    const token = await h.signIn("analyst", "demo-north");
    const me = await post(ME, {}, { authorization: `Bearer ${token}` });
    expect((me.body.data?.me as { email: string }).email).toBe("analyst@demo-north.example");
    const officerCookie = pair((await cookieSignIn("officer@demo-north.example")).cookie);
    const both = await post(ME, {}, { authorization: `Bearer ${token}`, cookie: officerCookie });
    expect((both.body.data?.me as { email: string }).email).toBe("analyst@demo-north.example");
  });

  it("signOut ends the session and removes the cookie; an ended cookie counts as nobody and is removed", async () => {
    const cookie = pair((await cookieSignIn("officer@demo-north.example")).cookie);
    const out = await post(`mutation SignOut { signOut }`, {}, { cookie, "x-csc-csrf": "1" });
    expect(out.body.data?.signOut).toBe(true);
    expect(out.cookie).toBe("csc-session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict");
    // The sign-in page's public list still answers with the old cookie; the cookie is removed again.
    const councils = await post(`{ councils { id } }`, {}, { cookie, "x-csc-csrf": "1" });
    expect(councils.body.errors).toBeUndefined();
    expect(councils.cookie).toContain("Max-Age=0");
    const me = await post(ME, {}, { cookie, "x-csc-csrf": "1" });
    expect(me.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signOutEverywhere ends every session of the person (other browsers and API tokens), audited", async () => {
    const first = pair((await cookieSignIn("admin@demo-north.example")).cookie);
    const second = pair((await cookieSignIn("admin@demo-north.example")).cookie);
    const token = await h.signIn("admin", "demo-north");
    const someoneElse = await h.signIn("manager", "demo-north");
    const out = await post(`mutation { signOutEverywhere }`, {}, { cookie: first, "x-csc-csrf": "1" });
    expect(out.body.data?.signOutEverywhere).toBeGreaterThanOrEqual(3);
    expect(out.cookie).toContain("Max-Age=0");
    expect((await post(ME, {}, { cookie: second, "x-csc-csrf": "1" })).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await post(ME, {}, { authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await post(ME, {}, { authorization: `Bearer ${someoneElse}` })).body.errors).toBeUndefined();
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo-north.example" } });
    expect(await h.db.prisma.auditLog.count({ where: { action: "signOutEverywhere", actorId: user.id } })).toBe(1);
  });

  it("startBrowserSession exchanges the identity provider's token (once, as the bearer) for the session cookie", async () => {
    const answer = await post(`mutation { startBrowserSession }`, {}, { authorization: `Bearer ${ID_TOKEN}` });
    expect(answer.body.data?.startBrowserSession).toBe(true);
    const cookie = pair(answer.cookie);
    const me = await post(`{ me { councilId signedInWith email } }`, {}, { cookie, "x-csc-csrf": "1" });
    expect(me.body.data?.me).toEqual({ councilId: "demo-south", signedInWith: "oidc", email: "officer@demo-south.example" });
    // The cookie's session cannot be exchanged again, and signOut ends it like any other.
    expect((await post(`mutation { startBrowserSession }`, {}, { cookie, "x-csc-csrf": "1" })).body.errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect((await post(`mutation { signOut }`, {}, { cookie, "x-csc-csrf": "1" })).body.data?.signOut).toBe(true);
    expect((await post(ME, {}, { cookie, "x-csc-csrf": "1" })).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses startBrowserSession for a local session: only an identity provider's token is exchanged", async () => {
    const token = await h.signIn("officer", "demo-north");
    const answer = await post(`mutation { startBrowserSession }`, {}, { authorization: `Bearer ${token}` });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.cookie).toBeNull();
  });
});
