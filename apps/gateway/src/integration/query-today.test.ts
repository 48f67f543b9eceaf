import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";

// Issue 15 item 6: the admin app takes its default dates from the gateway's today, never the browser's clock.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ today: () => "2026-03-31" });
}, 120_000);
afterAll(async () => h?.stop());

describe("Query.today", () => {
  it("answers the gateway's injected today to any signed-in user", async () => {
    for (const role of ["officer", "analyst", "admin"] as const) {
      const answer = await h.gql<{ today: string }>(`{ today }`, {}, await h.signIn(role, "demo-north"));
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.today).toBe("2026-03-31");
    }
  });

  it("is refused to a caller who is not signed in", async () => {
    const answer = await h.gql(`{ today }`);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });
});
