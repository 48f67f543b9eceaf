import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

interface CaseView {
  id: string;
  version: number;
  procedure: string | null;
  acknowledgementDueOn: string | null;
  stages: Array<{ stage: string; timescaleWorkingDays: number | null }>;
  allowedActions: string[];
}

let h: Harness;
let officer: string;

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("manager", "demo-north");
});
afterAll(async () => h?.stop());

async function setSettings(settings: object) {
  await h.db.prisma.council.update({ where: { id: "demo-north" }, data: { settings } });
}

async function newComplaint(): Promise<CaseView> {
  const created = await h.gql<{ recordFeedback: CaseView }>(RECORD_FEEDBACK, { input: complaint({ procedure: null }) }, officer);
  expect(created.errors).toBeUndefined();
  return created.data?.recordFeedback as CaseView;
}

async function decide(c: CaseView, procedure: string) {
  const answer = await h.gql<{ decideProcedure: CaseView }>(
    caseMutation("decideProcedure", "DecideProcedureInput"),
    { input: { caseId: c.id, version: c.version, on: "2026-01-06", procedure } },
    officer,
  );
  return { view: answer.data?.decideProcedure ?? null, error: answer.errors?.[0] ?? null };
}

describe("procedure settings are passed per procedure", () => {
  it("a children's acknowledgement target of 5 working days does not break adult social care (SI 2009/309 reg 13: 3)", async () => {
    await setSettings({ acknowledgementWorkingDays: 5 });
    const c = await newComplaint();
    // The children's target applies to the undecided complaint: received Mon 5 Jan 2026 + 5 working days.
    expect(c.acknowledgementDueOn).toBe("2026-01-12");
    const { view, error } = await decide(c, "ADULT_SOCIAL_CARE");
    expect(error).toBeNull();
    expect(view?.procedure).toBe("ADULT_SOCIAL_CARE");
    // The statutory 3 working days of SI 2009/309 reg 13, not the children's 5.
    expect(view?.acknowledgementDueOn).toBe("2026-01-08");
    expect(view?.allowedActions).toContain("acknowledgeCase");
  });

  it("the children's targets do not apply to a corporate complaint (LGSCO Code timescales when none are set)", async () => {
    await setSettings({ acknowledgementWorkingDays: 5, stage1: { workingDays: 8 } });
    const { view, error } = await decide(await newComplaint(), "CORPORATE");
    expect(error).toBeNull();
    expect(view?.procedure).toBe("CORPORATE");
    // The LGSCO Complaint Handling Code's 10 working days for stage 1, not the children's local 8.
    expect(view?.stages[0]?.timescaleWorkingDays).toBe(10);
  });

  it("settings the rules cannot apply answer BAD_USER_INPUT with the rules' message, not an internal error", async () => {
    await setSettings({ acknowledgementWorkingDays: 5, stage1: { workingDays: 25 } });
    const answer = await h.gql(RECORD_FEEDBACK, { input: complaint({ procedure: null }) }, officer);
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.message).toMatch(/stage1\.workingDays: 25 is above the statutory/);
    expect(answer.errors?.[0]?.extensions?.field).toEqual(["settings"]);
    await setSettings({ corporate: { source: "local policy", stages: [] } });
    const c = await newComplaint();
    const refused = await decide(c, "CORPORATE");
    expect(refused.error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.error?.message).toMatch(/settings for the/);
    await setSettings({});
  });
});
