import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

/**
 * Context figures entered by council administrators (issue 11): children aged 0–17 with their source give
 * compareCouncils' complaints per 10,000 children, labelled with that source; a council without one says why.
 */
let h: Harness;
let admin: string;

const codes = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.map((e) => e.extensions?.code);
const SAVE = `mutation($input: SaveContextFigureInput!) { saveContextFigure(input: $input) { financialYear measure value source enteredAt } }`;
const SOURCE = "ONS mid-year population estimates 2025";

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn("admin", "demo-north");
  const officer = await h.signIn("officer", "demo-north");
  for (let i = 0; i < 5; i += 1) await h.gql(RECORD_FEEDBACK, { input: complaint() }, officer);
}, 120_000);
afterAll(async () => h?.stop());

describe("context figures", () => {
  it("are entered with their source and give complaints per 10,000 children in the comparison", async () => {
    const saved = await h.gql<{ saveContextFigure: { value: number; source: string } }>(
      SAVE,
      { input: { financialYear: 2025, measure: "CHILDREN_AGED_0_17", value: 20_000, source: SOURCE } },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveContextFigure).toMatchObject({ value: 20_000, source: SOURCE });
    // Entering it again corrects it (one figure per measure and year).
    await h.gql(SAVE, { input: { financialYear: 2025, measure: "CHILDREN_AGED_0_17", value: 25_000, source: SOURCE } }, admin);
    const listed = await h.gql<{ contextFigures: Array<{ measure: string; value: number }> }>(
      `{ contextFigures(financialYear: 2025) { measure value source } }`,
      {},
      admin,
    );
    expect(listed.data?.contextFigures).toEqual([{ measure: "CHILDREN_AGED_0_17", value: 25_000, source: SOURCE }]);
    expect(await h.db.prisma.auditLog.count({ where: { action: "saveContextFigure", councilId: "demo-north" } })).toBe(2);

    const analyst = await h.signIn("analyst", "demo-south");
    const compared = await h.gql<{
      compareCouncils: {
        councils: Array<{ councilId: string; figures: Array<{ value: number | null; source: string | null; missing: string | null }> }>;
      };
    }>(
      `{ compareCouncils(metrics: [COMPLAINTS_PER_10000_CHILDREN], financialYear: 2025) { councils { councilId figures { metric value source missing } } } }`,
      {},
      analyst,
    );
    expect(compared.errors).toBeUndefined();
    const byCouncil = new Map(compared.data?.compareCouncils.councils.map((c) => [c.councilId, c.figures[0]]));
    // 5 complaints received in 2025/26 per 25,000 children, per 10,000.
    expect(byCouncil.get("demo-north")).toMatchObject({ value: 2, source: SOURCE, missing: null });
    expect(byCouncil.get("demo-south")).toMatchObject({ value: null, source: null, missing: "NO_CONTEXT_FIGURE" });
  });

  it("refuses a bad value or source naming the field, other roles, and keeps councils apart", async () => {
    const negative = await h.gql(SAVE, { input: { financialYear: 2025, measure: "CONTACTS", value: -1, source: SOURCE } }, admin);
    expect(negative.errors?.[0]?.extensions?.field).toEqual(["input", "value"]);
    const noSource = await h.gql(SAVE, { input: { financialYear: 2025, measure: "CONTACTS", value: 10, source: " " } }, admin);
    expect(noSource.errors?.[0]?.extensions?.field).toEqual(["input", "source"]);
    const year = await h.gql(SAVE, { input: { financialYear: 1990, measure: "CONTACTS", value: 10, source: SOURCE } }, admin);
    expect(year.errors?.[0]?.extensions?.field).toEqual(["input", "financialYear"]);
    const analyst = await h.signIn("analyst", "demo-north");
    expect(codes(await h.gql(SAVE, { input: { financialYear: 2025, measure: "CONTACTS", value: 10, source: SOURCE } }, analyst))).toEqual([
      "FORBIDDEN",
    ]);
    const southAdmin = await h.signIn("admin", "demo-south");
    const south = await h.gql<{ contextFigures: unknown[] }>(`{ contextFigures { measure } }`, {}, southAdmin);
    expect(south.data?.contextFigures).toEqual([]);
    const removed = await h.gql<{ deleteContextFigure: boolean }>(
      `mutation { deleteContextFigure(financialYear: 2025, measure: CHILDREN_AGED_0_17) }`,
      {},
      southAdmin,
    );
    expect(removed.data?.deleteContextFigure).toBe(false);
    expect(await h.db.prisma.contextFigure.count({ where: { councilId: "demo-north" } })).toBe(1);
  });
});
