import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";

// Issue 12 item 3: a council's administrator sets its identity provider (OIDC settings) by mutation.

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn("admin", "demo-north");
}, 120_000);
afterAll(async () => h?.stop());

const SET = `mutation($input: IdentityProviderInput) { setIdentityProvider(input: $input) { issuer clientId jwksUri } }`;
const input = { issuer: "https://login.demo-north.example/tenant", clientId: "csc-admin", jwksUri: "https://login.demo-north.example/tenant/keys" };

describe("setIdentityProvider", () => {
  it("refuses an address that is not https, naming the field, and changes nothing", async () => {
    const refused = await h.gql(SET, { input: { ...input, issuer: "http://login.demo-north.example" } }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("issuer");
    expect(refused.errors?.[0]?.message).toContain("https address");
    const row = await h.db.prisma.council.findUniqueOrThrow({ where: { id: "demo-north" }, select: { oidcIssuer: true } });
    expect(row.oidcIssuer).toBeNull();
  });

  it("sets the provider (shown on the sign-in page's council list), audits it, and clears it", async () => {
    const set = await h.gql<{ setIdentityProvider: typeof input }>(SET, { input }, admin);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setIdentityProvider).toEqual(input);
    const read = await h.gql<{ identityProvider: typeof input }>(`{ identityProvider { issuer clientId jwksUri } }`, {}, admin);
    expect(read.data?.identityProvider).toEqual(input);
    const listed = await h.gql<{ councils: Array<{ id: string; oidc: { issuer: string; clientId: string } | null }> }>(
      `{ councils { id oidc { issuer clientId } } }`,
      {},
    );
    expect(listed.data?.councils.find((c) => c.id === "demo-north")?.oidc).toEqual({ issuer: input.issuer, clientId: input.clientId });
    const audit = await h.db.prisma.auditLog.findFirst({
      where: { councilId: "demo-north", action: "setIdentityProvider" },
      orderBy: { id: "desc" },
    });
    expect(audit?.detail).toEqual({ issuer: input.issuer, cleared: false });
    const cleared = await h.gql<{ setIdentityProvider: typeof input }>(SET, { input: null }, admin);
    expect(cleared.data?.setIdentityProvider).toEqual({ issuer: null, clientId: null, jwksUri: null });
  });

  it("is for council administrators only", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const refused = await h.gql(SET, { input }, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
