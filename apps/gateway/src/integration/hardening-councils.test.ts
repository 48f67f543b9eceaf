import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

describe("councils: the public list for the sign-in page", () => {
  it("answers without sign-in with the active councils' ids and names", async () => {
    const answer = await h.gql<{ councils: Array<{ id: string; name: string }> }>(`{ councils { id name } }`);
    expect(answer.errors).toBeUndefined();
    const councils = answer.data?.councils ?? [];
    expect(councils.map((c) => c.id).sort()).toEqual(["demo-north", "demo-south"]);
    const north = await h.db.prisma.council.findUniqueOrThrow({ where: { id: "demo-north" } });
    expect(councils).toContainEqual({ id: "demo-north", name: north.name });
  });

  it("leaves out councils that are not active", async () => {
    await h.db.prisma.council.update({ where: { id: "demo-south" }, data: { active: false } });
    const answer = await h.gql<{ councils: Array<{ id: string }> }>(`{ councils { id } }`);
    expect(answer.data?.councils.map((c) => c.id)).toEqual(["demo-north"]);
    await h.db.prisma.council.update({ where: { id: "demo-south" }, data: { active: true } });
  });

  it("offers a council's OIDC issuer and client id only when the gateway can verify its tokens", async () => {
    const query = `{ councils { id oidc { issuer clientId } } }`;
    const before = await h.gql<{ councils: Array<{ id: string; oidc: { issuer: string; clientId: string } | null }> }>(query);
    expect(before.data?.councils.every((c) => c.oidc === null)).toBe(true);
    const issuer = "https://idp.demo-south.example";
    await h.db.prisma.council.update({ where: { id: "demo-south" }, data: { oidcIssuer: issuer, oidcAudience: "csc-admin" } });
    const partial = await h.gql<{ councils: Array<{ id: string; oidc: unknown }> }>(query);
    expect(partial.data?.councils.find((c) => c.id === "demo-south")?.oidc).toBeNull();
    await h.db.prisma.council.update({ where: { id: "demo-south" }, data: { oidcJwksUri: `${issuer}/jwks` } });
    const after = await h.gql<{ councils: Array<{ id: string; oidc: unknown }> }>(query);
    expect(after.data?.councils).toContainEqual({ id: "demo-south", oidc: { issuer, clientId: "csc-admin" } });
    expect(after.data?.councils).toContainEqual({ id: "demo-north", oidc: null });
    await h.db.prisma.council.update({ where: { id: "demo-south" }, data: { oidcIssuer: null, oidcAudience: null, oidcJwksUri: null } });
  });

  it("offers nothing else: no settings, sign-in details, teams or counts", async () => {
    for (const field of ["settings", "settingsJson", "oidcIssuer", "teams { code }", "caseCount"]) {
      const answer = await h.gql(`{ councils { id ${field} } }`);
      expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(answer.data).toBeUndefined();
    }
  });
});
