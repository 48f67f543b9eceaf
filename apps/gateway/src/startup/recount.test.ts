import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { createRecounting } from "../reports/recounting";
import { startHarness, type Harness } from "../testing/harness";
import { findCouncilsToRecount, recount } from "./recount";

/**
 * Counted units rebuilt while the gateway runs (after a rules change): the council's figures are refused with
 * SERVICE_UNAVAILABLE (503 and Retry-After for a download) until its recount ends, other councils' figures and
 * case work answer meanwhile, and the figures afterwards are the ones from before.
 */
const recounting = createRecounting();
let h: Harness;
let analyst: string;
let officer: string;
let northAnalyst: string;

beforeAll(async () => {
  h = await startHarness({ recounting });
  await importCouncilFixture(h.db.prisma, "hartlepool");
  await h.addUser("hartlepool", "analyst", "analyst@hartlepool.example");
  await h.addUser("hartlepool", "complaints_officer", "officer@hartlepool.example");
  analyst = await h.signIn("analyst", "hartlepool");
  officer = await h.signIn("officer", "hartlepool");
  northAnalyst = await h.signIn("analyst", "demo-north");
}, 240_000);

afterAll(async () => {
  await h?.stop();
});

const STATISTICS = `{ statistics(metric: CASES_RECEIVED, financialYear: 2020, groupBy: ["quarter"]) { value groups { key value } } }`;
const COMPARE = `{ compareCouncils(financialYear: 2020, metrics: [WITHIN_TIMESCALE]) { councils { councilId } } }`;
const CASES = `{ cases(first: 5, filter: { open: false }) { totalCount } }`;

const download = (token: string) =>
  fetch(`${h.url}/reports/download?financialYear=2020&format=json`, { headers: { authorization: `Bearer ${token}` } });

describe("recounting counted units while the gateway runs", () => {
  it("refuses the council's figures until its units are rebuilt, and answers the same figures afterwards", async () => {
    const before = await h.gql<{ statistics: { value: number } }>(STATISTICS, {}, analyst);
    expect(before.errors).toBeUndefined();
    expect(before.data?.statistics.value).toBeGreaterThan(0);
    // As main.ts runs them: on the gateway's own login role.
    expect(await findCouncilsToRecount(h.runtime, createRecounting())).toEqual([]);

    // As after a rules change: some of the council's units are from an older version.
    await h.db.prisma.$executeRaw`UPDATE counted_unit SET rules_version = rules_version - 1
      WHERE council_id = 'hartlepool' AND unit = 'case' AND item = 0
        AND case_id IN (SELECT case_id FROM counted_unit WHERE council_id = 'hartlepool' AND unit = 'case' ORDER BY case_id LIMIT 7)`;
    expect(await findCouncilsToRecount(h.runtime, recounting)).toEqual(["hartlepool"]);

    const refused = await h.gql(STATISTICS, {}, analyst);
    expect(refused.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    // One field's error: the rest of a request still answers.
    expect(refused.status).toBe(200);
    const both = await h.gql<{ me: { email: string } | null }>(
      `{ me { email } statistics(metric: CASES_RECEIVED, financialYear: 2020) { value } }`,
      {},
      analyst,
    );
    expect(both.data?.me?.email).toBe("analyst@hartlepool.example");
    expect(both.errors?.map((e) => e.path)).toEqual([["statistics"]]);
    expect(refused.errors?.[0]?.message).toMatch(/recounted after a change to the counting rules, for Hartlepool/);
    expect((await h.gql(COMPARE, {}, northAnalyst)).errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const file = await download(analyst);
    expect(file.status).toBe(503);
    expect(file.headers.get("retry-after")).toBe("60");
    expect(((await file.json()) as { error: string }).error).toMatch(/Hartlepool/);
    // Meanwhile: another council's figures, and this council's case work.
    expect((await h.gql(STATISTICS, {}, northAnalyst)).errors).toBeUndefined();
    const cases = await h.gql<{ cases: { totalCount: number } }>(CASES, {}, officer);
    expect(cases.errors).toBeUndefined();
    expect(cases.data?.cases.totalCount).toBeGreaterThan(0);

    const logs: Array<{ event: string; fields: Record<string, unknown> | undefined }> = [];
    await recount(h.runtime, recounting, ["hartlepool"], { log: (_level, event, fields) => logs.push({ event, fields }) });
    expect(logs).toEqual([{ event: "units.recounted", fields: expect.objectContaining({ councilId: "hartlepool", cases: 7 }) }]);
    expect(recounting.councils()).toEqual([]);
    const after = await h.gql(STATISTICS, {}, analyst);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect((await h.gql(COMPARE, {}, northAnalyst)).errors).toBeUndefined();
    expect((await download(analyst)).status).toBe(200);
  });
});
