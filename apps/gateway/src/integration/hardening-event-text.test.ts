import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseStep } from "../testing/case-step";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

interface CaseView {
  id: string;
  version: number;
  status: string;
  suspended: boolean;
  allowedActions: string[];
}

const SUSPENSION = "Police are investigating the child's stepfather";
const EXTENSION = "The child's advocate is away until March";
const NOT_CONSIDERED = "Care proceedings about Sam are under way";

let h: Harness;
let manager: string;
let auditor: string;

beforeAll(async () => {
  h = await startHarness();
  manager = await h.signIn("manager", "demo-north");
  auditor = await h.signIn("auditor", "demo-north");
});
afterAll(async () => h?.stop());

async function newComplaint(): Promise<CaseView> {
  const created = await h.gql<{ recordFeedback: CaseView }>(RECORD_FEEDBACK, { input: complaint() }, manager);
  expect(created.errors).toBeUndefined();
  return created.data?.recordFeedback as CaseView;
}

const run = (c: CaseView, name: string, inputType: string, input: Record<string, unknown>) => caseStep(h, manager, c, name, inputType, input);

const TIMELINE = `query($id: ID!) { case(id: $id) { timeline { nodes { seq type payload } } } }`;
const TIMELINE_FACTS = `query($id: ID!) { case(id: $id) { timeline { nodes { seq type on } } } }`;

async function storedPayloads(caseId: string): Promise<string> {
  const rows = await h.db.prisma.caseEvent.findMany({ where: { caseId }, select: { payload: true } });
  return JSON.stringify(rows.map((r) => r.payload));
}

describe("free text in the event log is personal data, stored apart", () => {
  it("suspension and extension reasons go to case_narrative; the event keeps a reference; the clocks still work", async () => {
    let c = await newComplaint();
    c = await run(c, "agreeExtension", "AgreeExtensionInput", { on: "2026-01-12", stage: "STAGE_1", totalWorkingDays: 20, reason: EXTENSION });
    c = await run(c, "suspendCase", "SuspendCaseInput", { on: "2026-01-13", reason: SUSPENSION });
    expect(c.suspended).toBe(true);
    c = await run(c, "resumeCase", "DatedCaseChangeInput", { on: "2026-01-20" });
    expect(c.suspended).toBe(false);
    expect(c.allowedActions).toContain("suspendCase");

    const payloads = await storedPayloads(c.id);
    expect(payloads).not.toContain(SUSPENSION);
    expect(payloads).not.toContain(EXTENSION);
    expect(payloads).toContain("textRefs");
    const narratives = await h.db.prisma.caseNarrative.findMany({ where: { caseId: c.id, kind: { startsWith: "event_" } } });
    expect(narratives.map((n) => n.text).sort()).toEqual([EXTENSION, SUSPENSION].sort());

    // Officers and managers read the text back in the timeline, and the read is audited.
    const before = await h.db.prisma.auditLog.count({ where: { caseId: c.id, action: "read_personal_data" } });
    const timeline = await h.gql<{ case: { timeline: { nodes: Array<{ type: string; payload: unknown }> } } }>(TIMELINE, { id: c.id }, manager);
    expect(timeline.errors).toBeUndefined();
    const suspended = timeline.data?.case.timeline.nodes.find((e) => e.type === "suspended");
    expect(suspended?.payload).toEqual({ reason: SUSPENSION });
    const extended = timeline.data?.case.timeline.nodes.find((e) => e.type === "extension_agreed");
    expect(extended?.payload).toMatchObject({ reason: EXTENSION, stage: "stage1", totalWorkingDays: 20 });
    const after = await h.db.prisma.auditLog.count({ where: { caseId: c.id, action: "read_personal_data" } });
    expect(after).toBe(before + 1);
  });

  it("a not-considered detail is stored apart too", async () => {
    const c = await run(await newComplaint(), "markNotConsidered", "MarkNotConsideredInput", {
      on: "2026-01-06",
      reason: "COURT_PROCEEDINGS",
      detail: NOT_CONSIDERED,
    });
    expect(c.status).toBe("NOT_CONSIDERED");
    expect(await storedPayloads(c.id)).not.toContain(NOT_CONSIDERED);
    const narrative = await h.db.prisma.caseNarrative.findFirst({ where: { caseId: c.id, kind: "event_detail" } });
    expect(narrative?.text).toBe(NOT_CONSIDERED);
  });

  it("a role that may not read personal data sees the timeline's facts but not the text", async () => {
    let c = await newComplaint();
    c = await run(c, "suspendCase", "SuspendCaseInput", { on: "2026-01-13", reason: SUSPENSION });
    const facts = await h.gql<{ case: { timeline: { nodes: Array<{ type: string }> } } }>(TIMELINE_FACTS, { id: c.id }, auditor);
    expect(facts.errors).toBeUndefined();
    expect(facts.data?.case.timeline.nodes.map((e) => e.type)).toContain("suspended");
    const text = await h.gql(TIMELINE, { id: c.id }, auditor);
    expect(text.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(text.data ?? null)).not.toContain(SUSPENSION);
  });
});
