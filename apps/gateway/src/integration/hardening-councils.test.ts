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

  it("offers nothing else: no settings, sign-in details, teams or counts", async () => {
    for (const field of ["settingsJson", "oidcIssuer", "teams { code }", "caseCount"]) {
      const answer = await h.gql(`{ councils { id ${field} } }`);
      expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(answer.data).toBeUndefined();
    }
  });
});
