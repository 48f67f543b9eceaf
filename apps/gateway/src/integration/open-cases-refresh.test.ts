import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installJobQueue, jobsUrl } from "../jobs/install-job-queue";
import { startJobQueue } from "../jobs/job-queue";
import { refreshOpenCases } from "../services/refresh-open-cases";
import { caseStep } from "../testing/case-step";
import { startHarness, TEST_TODAY, type Harness } from "../testing/harness";
import { complaint, RECORD_FEEDBACK } from "../testing/operations";

/**
 * An open case's clocks are stored as of the day it was last derived: each new day, the open cases are derived
 * again (services/refresh-open-cases.ts, run by the job queue at 00:01 and on start), so "working days used", a
 * suspended case's due dates and its state are as of today. "Today" for the gateway is the harness's 2026-06-30;
 * the refresh is run as of 2026-07-14, ten working days later.
 */
let h: Harness;
let manager: string;
type CaseView = { id: string; version: number; suspended: boolean };
const LATER = "2026-07-14";

const run = (c: CaseView, name: string, inputType: string, input: Record<string, unknown>) => caseStep(h, manager, c, name, inputType, input);

async function record(receivedOn: string): Promise<CaseView> {
  const answer = await h.gql<{ recordFeedback: CaseView }>(RECORD_FEEDBACK, { input: complaint({ receivedOn }) }, manager);
  expect(answer.errors).toBeUndefined();
  return answer.data?.recordFeedback as CaseView;
}

/** The stored case and its Stage 1 clock, as the owner reads them. */
async function stored(id: string) {
  const row = await h.db.prisma.case.findUniqueOrThrow({ where: { councilId_id: { councilId: "demo-north", id } } });
  const clock = await h.db.prisma.caseClock.findFirstOrThrow({ where: { councilId: "demo-north", caseId: id, clockId: "stage1" } });
  return {
    version: row.version,
    derivedOn: row.derivedOn?.toISOString().slice(0, 10),
    elapsed: clock.workingDaysElapsed,
    paused: clock.daysPaused,
    dueOn: clock.dueOn.toISOString().slice(0, 10),
    met: clock.met,
  };
}

beforeAll(async () => {
  h = await startHarness();
  manager = await h.signIn("manager", "demo-north");
}, 120_000);
afterAll(async () => h?.stop());

describe("open cases brought up to a new day", () => {
  let running: CaseView;
  let suspended: CaseView;
  let ended: CaseView;

  it("derives each open case again as of the day: working days used grow, a late response clock is missed, the version stays", async () => {
    running = await record("2026-06-22");
    suspended = await run(await record("2026-06-22"), "suspendCase", "SuspendCaseInput", { on: "2026-06-29", reason: "Court proceedings" });
    expect(suspended.suspended).toBe(true);
    ended = await run(await record("2026-06-22"), "withdrawCase", "DatedCaseChangeInput", { on: "2026-06-23" });

    const before = await stored(running.id);
    expect(before).toMatchObject({ derivedOn: TEST_TODAY, elapsed: 6, met: null, dueOn: "2026-07-06" });
    const suspendedBefore = await stored(suspended.id);
    const endedBefore = await stored(ended.id);

    const derivedOn = async (id: string) =>
      (await h.gql<{ case: { derivedOn: string } }>(`query($id: ID!) { case(id: $id) { derivedOn } }`, { id }, manager)).data?.case.derivedOn;
    // The API serves how far each clock is from its due date, by the rules' clockStanding (6 of 10 working days used).
    const standing = async (id: string) =>
      (
        await h.gql<{ case: { clocks: { clockId: string; workingDaysLeft: number | null; overdueBy: number | null }[] } }>(
          `query($id: ID!) { case(id: $id) { clocks { clockId workingDaysLeft overdueBy } } }`,
          { id },
          manager,
        )
      ).data?.case.clocks.find((c) => c.clockId === "stage1");
    expect(await standing(running.id)).toMatchObject({ workingDaysLeft: 4, overdueBy: null });
    // The API says what day the figures are as of, so a client can tell figures not yet brought up to date.
    expect(await derivedOn(running.id)).toBe(TEST_TODAY);

    expect(await refreshOpenCases(h.runtime, "demo-north", LATER)).toBe(2);
    expect(await derivedOn(running.id)).toBe(LATER);

    const after = await stored(running.id);
    // 1–3, 6–10, 13 and 14 July: ten working days more; due on 6 July, so now late and missed.
    expect(after).toMatchObject({ derivedOn: LATER, elapsed: 16, met: false, dueOn: "2026-07-06", version: before.version });
    expect(await standing(running.id)).toMatchObject({ workingDaysLeft: null, overdueBy: 6 });
    // On hold since 29 June: no working day counts, and the due date moves by each paused working day.
    const suspendedAfter = await stored(suspended.id);
    expect(suspendedAfter.elapsed).toBe(suspendedBefore.elapsed);
    expect(suspendedAfter.paused).toBe(suspendedBefore.paused + 10);
    expect(suspendedAfter.dueOn > suspendedBefore.dueOn).toBe(true);
    expect(suspendedAfter.version).toBe(suspendedBefore.version);
    // A case that has ended keeps the figures it ended with.
    expect(await stored(ended.id)).toEqual(endedBefore);
    // Withdrawn: stopped without an answer, neither left nor overdue.
    expect(await standing(ended.id)).toMatchObject({ workingDaysLeft: null, overdueBy: null });
  });

  it("does nothing the second time the same day, and an officer's form read before the refresh still saves", async () => {
    expect(await refreshOpenCases(h.runtime, "demo-north", LATER)).toBe(0);
    // The version the manager read before the refresh is still the case's version.
    await run(running, "acknowledgeCase", "DatedCaseChangeInput", { on: "2026-06-23" });
  });

  it("runs from the job queue when it starts, for every active council", async () => {
    const fresh = await record("2026-06-24");
    expect((await stored(fresh.id)).derivedOn).toBe(TEST_TODAY);
    await installJobQueue(h.db.url);
    const logs: { event: string; fields: Record<string, unknown> }[] = [];
    const queue = await startJobQueue({
      url: jobsUrl(h.db.gatewayUrl),
      migrate: false,
      root: h.runtime,
      mailer: null,
      logger: { log: (_level, event, fields = {}) => logs.push({ event, fields }) },
      today: () => LATER,
      pollingIntervalSeconds: 0.5,
    });
    try {
      await expect.poll(async () => (await stored(fresh.id)).derivedOn, { timeout: 30_000, interval: 250 }).toBe(LATER);
      await expect
        .poll(() => logs.find((l) => l.event === "open_cases.refreshed")?.fields, { timeout: 10_000 })
        // The new case, and the one acknowledged above (a change derives a case as of the gateway's today).
        .toEqual({ councilId: "demo-north", count: 2, asOf: LATER });
    } finally {
      await queue.stop();
    }
  }, 60_000);
});
