import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IsoDate } from "@csc/rules";
import { withCouncil } from "../db/client";
import { importCouncilFixture } from "../import/import-fixture";
import { derivedSnapshot } from "../testing/derived-snapshot";
import { startHarness, type Harness } from "../testing/harness";
import { rederiveCases } from "./rederive-case";
import { loadRulesContext } from "./rules-context";

/**
 * Many cases derived again and stored together (rederiveCases → storeDerivedStates: a calendar change, the daily
 * refresh) give exactly the rows each case had: a council's whole import (about 1,150 cases, so several batches
 * of the store, 204 of them open, with points, local outcomes, Ombudsman referrals and review panels) derived
 * again as of its import day stores the same derived columns, stages, clocks, point outcomes and counted units,
 * case by case: no case takes another's rows.
 */
const COUNCIL = "northamptonshire";
let h: Harness;
let asOf: IsoDate;

beforeAll(async () => {
  h = await startHarness();
  ({ asOf } = await importCouncilFixture(h.db.prisma, COUNCIL));
}, 240_000);
afterAll(async () => h?.stop());

/** Everything derived for the council's cases, their counted units too. */
async function derivedState() {
  return {
    ...(await derivedSnapshot(h.db.prisma, COUNCIL)),
    units: await h.db.prisma.$queryRaw<unknown[]>`SELECT * FROM counted_unit WHERE council_id = ${COUNCIL} ORDER BY case_id, unit, item`,
  };
}

describe("rederiveCases: many cases stored together", () => {
  it("stores for each case the rows it had, across batches", async () => {
    const before = await derivedState();
    // More cases than one store takes (rederive-case.ts: 200), some with the council's own word for an outcome.
    expect(before.cases.length).toBeGreaterThan(1000);
    expect(before.stages.some((s) => s.localOutcome !== null)).toBe(true);
    expect(before.outcomes.some((o) => o.localOutcome !== null)).toBe(true);
    expect(before.lgsco.length).toBeGreaterThan(0);

    await withCouncil(
      h.runtime,
      COUNCIL,
      async (tx) => {
        const rules = await loadRulesContext(tx, COUNCIL, asOf);
        const rows = await tx.case.findMany({ where: { councilId: COUNCIL }, select: { id: true, kind: true }, orderBy: { id: "asc" } });
        await rederiveCases(tx, COUNCIL, rows, rules, { bumpVersion: false });
      },
      { timeout: 120_000 },
    );

    const after = await derivedState();
    expect(after.cases).toEqual(before.cases);
    expect(after.stages).toEqual(before.stages);
    expect(after.clocks).toEqual(before.clocks);
    expect(after.outcomes).toEqual(before.outcomes);
    expect(after.lgsco).toEqual(before.lgsco);
    expect(after.remedies).toEqual(before.remedies);
    expect(after.panels).toEqual(before.panels);
    expect(after.units).toEqual(before.units);
  }, 180_000);

  it("bumps each case's version by one unless told not to", async () => {
    const versions = async () =>
      await h.db.prisma.case.findMany({ where: { councilId: COUNCIL }, select: { id: true, version: true }, orderBy: { id: "asc" } });
    const before = await versions();
    await withCouncil(
      h.runtime,
      COUNCIL,
      async (tx) => {
        const rules = await loadRulesContext(tx, COUNCIL, asOf);
        const rows = await tx.case.findMany({ where: { councilId: COUNCIL }, select: { id: true, kind: true }, take: 3, orderBy: { id: "asc" } });
        await rederiveCases(tx, COUNCIL, rows, rules);
      },
      { timeout: 120_000 },
    );
    const after = await versions();
    expect(after.slice(0, 3).map((c) => c.version)).toEqual(before.slice(0, 3).map((c) => c.version + 1));
    expect(after.slice(3)).toEqual(before.slice(3));
  }, 60_000);
});
