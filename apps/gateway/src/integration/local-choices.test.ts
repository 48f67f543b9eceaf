import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const QUERY = `query($kind: VocabularyKind!, $on: Date!) { localChoices(kind: $kind, on: $on) { code label canonical parentCode } }`;

describe("localChoices: the council's own words for the forms", () => {
  it("gives officers the reasons in force on the date, each under its category and mapped to a canonical theme", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const answer = await h.gql<{ localChoices: { code: string; canonical: string; parentCode: string | null }[] }>(
      QUERY,
      { kind: "REASON_TAXONOMY", on: "2026-06-01" },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    const choices = answer.data!.localChoices;
    expect(choices.length).toBeGreaterThan(0);
    const reasons = choices.filter((c) => c.parentCode);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(choices.some((c) => c.code === reason.parentCode && !c.parentCode)).toBe(true);
    const channels = await h.gql<{ localChoices: { code: string }[] }>(QUERY, { kind: "CHANNEL", on: "2026-06-01" }, officer);
    expect(channels.data?.localChoices.map((c) => c.code)).toContain("EMAIL");
  });

  it("is refused to an analyst and an auditor, and before the first version there is nothing", async () => {
    for (const role of ["analyst", "auditor"] as const) {
      const answer = await h.gql(QUERY, { kind: "CHANNEL", on: "2026-06-01" }, await h.signIn(role, "demo-north"));
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const early = await h.gql<{ localChoices: unknown[] }>(QUERY, { kind: "CHANNEL", on: "1990-01-01" }, await h.signIn("officer", "demo-north"));
    expect(early.data?.localChoices).toEqual([]);
  });
});
