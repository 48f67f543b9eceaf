import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@csc/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway, type Gateway } from "../gateway";
import { loadTrustedDocuments, trustedDocumentsFrom, trustedDocumentsMode } from "../http/trusted-documents";
import { startHarness, TEST_TODAY, type Harness } from "../testing/harness";

// Issue 9: trusted documents (persisted operations) in production. The admin app's build lists its documents;
// a session of the app (the cookie) runs only those, while bearer-token clients and analysts may send any.

let h: Harness;
let strict: Gateway;
let strictUrl: string;
const LISTED = `query Me { me { userId __typename } }`;
const UNLISTED = `query Probe { councilUsers { nodes { id email } } }`;

async function post(url: string, query: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string; field?: string[] } }> },
  };
}

async function cookieOf(url: string, role: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { userId } }`,
      variables: { input: { councilId: "demo-north", email: `${role}@demo-north.example`, password: DEMO_PASSWORD, session: "COOKIE" } },
    }),
  });
  return { cookie: (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "", "x-csc-csrf": "1" };
}

beforeAll(async () => {
  h = await startHarness();
  // The same database and session secret, with trusted documents only (as NODE_ENV=production runs it).
  strict = await createGateway({
    root: h.db.prisma,
    sessions: h.gateway.sessions,
    today: () => TEST_TODAY,
    logger: { log: () => undefined },
    trustedDocuments: { mode: "only", documents: trustedDocumentsFrom([LISTED]) },
  });
  strictUrl = await strict.listen(0);
});
afterAll(async () => {
  await strict?.stop();
  await h?.stop();
});

describe("trusted documents", () => {
  it("in development, an admin-app session may send any document", async () => {
    const answer = await post(h.url, UNLISTED, await cookieOf(h.url, "admin"));
    expect(answer.body.errors).toBeUndefined();
  });

  it("in production, an admin-app session runs a listed document (whatever its spacing) and is refused an unknown one", async () => {
    const cookie = await cookieOf(strictUrl, "admin");
    const listed = await post(strictUrl, `query Me {\n  me {\n    userId\n    __typename\n  }\n}`, cookie);
    expect(listed.body.errors).toBeUndefined();
    const refused = await post(strictUrl, UNLISTED, cookie);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["query"] });
    expect(refused.body.errors?.[0]?.message).toContain("trusted documents");
  });

  it("in production, bearer-token clients, analysts' sessions and requests without a session may send any document", async () => {
    const token = await h.signIn("admin", "demo-north");
    expect((await post(strictUrl, UNLISTED, { authorization: `Bearer ${token}` })).body.errors).toBeUndefined();
    const analyst = await post(strictUrl, `{ me { roles } }`, await cookieOf(strictUrl, "analyst"));
    expect(analyst.body.errors).toBeUndefined();
    expect((await post(strictUrl, `{ councils { id } }`, {})).body.errors).toBeUndefined();
  });

  it("takes the mode from the environment and the list from the admin app's manifest (re-hashed, not trusting its keys)", () => {
    expect(trustedDocumentsMode({ NODE_ENV: "production" })).toBe("only");
    expect(trustedDocumentsMode({ CSC_TRUSTED_DOCUMENTS: "only" })).toBe("only");
    expect(trustedDocumentsMode({ NODE_ENV: "production", CSC_TRUSTED_DOCUMENTS: "off" })).toBe("off");
    expect(trustedDocumentsMode({})).toBe("off");
    const file = join(mkdtempSync(join(tmpdir(), "csc-td-")), "trusted-documents.json");
    writeFileSync(file, JSON.stringify({ "not-the-hash": LISTED }));
    const loaded = loadTrustedDocuments(file);
    expect(loaded?.size).toBe(1);
    expect(loadTrustedDocuments(join(tmpdir(), "no-such-manifest.json"))).toBeNull();
  });
});
