import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

// Issue 9 finding 9: with PostgreSQL down, queries answered 500 and signIn 200 with INTERNAL.

let h: Harness;
let token: string;

beforeAll(async () => {
  h = await startHarness();
  token = await h.signIn("officer", "demo-north");
});
afterAll(async () => {
  await h?.gateway.stop().catch(() => undefined);
});

describe("the database is down", () => {
  it("answers 503 with Retry-After and SERVICE_UNAVAILABLE, for queries and for signIn", async () => {
    await h.db.stop();
    const signIn = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { signIn(input: { councilId: "demo-north", email: "officer@demo-north.example", password: "demo-password-2026" }) { token } }`,
      }),
    });
    const body = (await signIn.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(signIn.status).toBe(503);
    expect(Number(signIn.headers.get("retry-after"))).toBeGreaterThan(0);
    const query = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ councilUsers { nodes { id } } }` }),
    });
    expect(query.status).toBe(503);
  }, 60_000);
});
