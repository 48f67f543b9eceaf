import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

interface CaseView {
  id: string;
  version: number;
  status: string;
  currentStage: string | null;
  acknowledgementMet: boolean | null;
  nextDueOn: string | null;
  stages: Array<{ stage: string; dueOn: string; respondedOn: string | null; met: boolean | null; outcome: string | null; band: string | null }>;
  clocks: Array<{ clockId: string; source: string; dueOn: string; stoppedOn: string | null; met: boolean | null }>;
  points: Array<{ pointRef: string; outcomes: Array<{ stage: string; outcome: string }> }>;
  timeline: { nodes: Array<{ seq: number; type: string; on: string }> };
  allowedActions: string[];
}

let h: Harness;
let officer: string;

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", "demo-north");
});
afterAll(async () => h?.stop());

/** Runs one case mutation and returns the case as the gateway now shows it (failing loudly on any error). */
async function step(name: string, inputType: string, input: Record<string, unknown>): Promise<CaseView> {
  const answer = await h.gql<Record<string, CaseView>>(caseMutation(name, inputType), { input }, officer);
  expect(answer.errors, `${name}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
  return answer.data?.[name] as CaseView;
}

describe("a complaint's whole journey: receipt, Stage 1, 2, 3 and the LGSCO", () => {
  it("is handled to the statutory clock at each step", async () => {
    const created = await h.gql<{ recordFeedback: CaseView }>(RECORD_FEEDBACK, { input: complaint() }, officer);
    expect(created.errors).toBeUndefined();
    let c = created.data?.recordFeedback as CaseView;
    expect(c.version).toBe(1);
    expect(c.currentStage).toBe("STAGE_1");
    expect(c.allowedActions).toContain("acknowledgeCase");
    // Stage 1: 10 working days from receipt (SI 2006/1738 reg 14): received Mon 5 Jan 2026 → due Mon 19 Jan.
    expect(c.stages[0]).toMatchObject({ stage: "STAGE_1", dueOn: "2026-01-19" });
    expect(c.clocks.find((k) => k.clockId === "stage1")?.source).toContain("reg 14");

    const teams = await h.gql<{ council: { teams: Array<{ id: string; code: string }> } }>(`{ council { teams { id code } } }`, {}, officer);
    const team = teams.data?.council.teams.find((t) => t.code === "CPT");
    const me = await h.gql<{ me: { userId: string } }>(`{ me { userId } }`, {}, officer);
    c = await step("allocateCase", "AllocateCaseInput", { caseId: c.id, version: c.version, teamId: team?.id, officerId: me.data?.me.userId });
    c = await step("acknowledgeCase", "DatedCaseChangeInput", { caseId: c.id, version: c.version, on: "2026-01-07" });
    expect(c.acknowledgementMet).toBe(true);

    c = await step("recordStageResponse", "RecordStageResponseInput", {
      caseId: c.id,
      version: c.version,
      on: "2026-01-16",
      stage: "STAGE_1",
      outcomes: [
        { pointId: "1", outcome: "UPHELD" },
        { pointId: "2", outcome: "NOT_UPHELD" },
      ],
    });
    expect(c.stages[0]).toMatchObject({ respondedOn: "2026-01-16", met: true, outcome: "PARTIALLY_UPHELD" });
    expect(c.points[0]?.outcomes).toEqual([{ stage: "STAGE_1", outcome: "UPHELD" }]);

    c = await step("requestEscalation", "RequestEscalationInput", { caseId: c.id, version: c.version, on: "2026-01-26", to: "STAGE_2" });
    expect(c.currentStage).toBe("STAGE_2");
    c = await step("agreeStatement", "DatedCaseChangeInput", { caseId: c.id, version: c.version, on: "2026-02-02" });
    // Stage 2: 25 working days from the agreed statement (reg 17): Mon 2 Feb → Mon 9 Mar.
    expect(c.stages.find((s) => s.stage === "STAGE_2")?.dueOn).toBe("2026-03-09");
    for (const role of ["INVESTIGATING_OFFICER", "INDEPENDENT_PERSON"]) {
      c = await step("appointInvestigator", "AppointInvestigatorInput", {
        caseId: c.id,
        version: c.version,
        on: "2026-02-03",
        role,
        name: `${role} (test)`,
        costPence: 150000,
      });
    }
    c = await step("recordAdjudication", "StageDecisionInput", {
      caseId: c.id,
      version: c.version,
      on: "2026-03-02",
      outcomes: [
        { pointId: "1", outcome: "UPHELD" },
        { pointId: "2", outcome: "UPHELD" },
      ],
    });
    expect(c.stages.find((s) => s.stage === "STAGE_2")).toMatchObject({ respondedOn: "2026-03-02", met: true, outcome: "UPHELD" });

    c = await step("requestReviewPanel", "DatedCaseChangeInput", { caseId: c.id, version: c.version, on: "2026-03-10" });
    expect(c.currentStage).toBe("STAGE_3");
    c = await step("holdReviewPanel", "DatedCaseChangeInput", { caseId: c.id, version: c.version, on: "2026-04-14" });
    c = await step("reportReviewPanel", "ReportReviewPanelInput", {
      caseId: c.id,
      version: c.version,
      on: "2026-04-17",
      recommendations: ["Review the allocation of social workers", "Apologise to the family in writing"],
    });
    const response = {
      caseId: c.id,
      version: c.version,
      on: "2026-05-01",
      outcomes: [
        { pointId: "1", outcome: "UPHELD" },
        { pointId: "2", outcome: "PARTIALLY_UPHELD" },
      ],
    };
    const decisions = [
      { seq: 1, decision: "PARTLY", reason: "Allocation is reviewed for new referrals only" },
      { seq: 2, decision: "ACCEPTED", reason: "The letter is sent" },
    ];
    // SI 2006/1738 reg 20: a decision on every recommendation, taken with the Independent Person.
    const withoutIp = await h.gql(
      caseMutation("recordCouncilResponse", "StageDecisionInput"),
      { input: { ...response, recommendationDecisions: decisions } },
      officer,
    );
    expect(withoutIp.errors?.[0]?.message).toMatch(/together with the Independent Person/);
    const missing = await h.gql(
      caseMutation("recordCouncilResponse", "StageDecisionInput"),
      { input: { ...response, recommendationDecisions: decisions.slice(0, 1), decidedWithIndependentPerson: "A. Person" } },
      officer,
    );
    expect(missing.errors?.[0]?.message).toMatch(/every recommendation.*2 has no decision/);
    c = await step("recordCouncilResponse", "StageDecisionInput", {
      ...response,
      recommendationDecisions: decisions,
      decidedWithIndependentPerson: "A. Person (Independent Person)",
    });
    expect(c.stages.map((s) => s.stage)).toEqual(["STAGE_1", "STAGE_2", "STAGE_3"]);
    expect(c.stages.find((s) => s.stage === "STAGE_3")?.respondedOn).toBe("2026-05-01");

    c = await step("referToLgsco", "DatedCaseChangeInput", { caseId: c.id, version: c.version, on: "2026-05-20" });
    c = await step("recordLgscoDecision", "RecordLgscoDecisionInput", {
      caseId: c.id,
      version: c.version,
      on: "2026-06-15",
      decision: "UPHELD",
      remedies: ["APOLOGY"],
    });
    c = await step("closeCase", "CloseCaseInput", {
      caseId: c.id,
      version: c.version,
      closedOn: "2026-06-16",
      reason: "The Ombudsman's decision is complied with",
    });
    expect(c.status).toBe("CLOSED");
    // The Ombudsman decided (upheld): no further referral, only reopening.
    expect(c.allowedActions.sort()).toEqual(["reopenCase"]);
    expect(c.timeline.nodes.map((e) => e.type)).toEqual([
      "received",
      "procedure_decided",
      "acknowledged",
      "response_sent",
      "escalation_requested",
      "statement_agreed",
      "investigator_appointed",
      "investigator_appointed",
      "adjudication_sent",
      "panel_requested",
      "panel_held",
      "panel_reported",
      "council_responded",
      "lgsco_referred",
      "lgsco_decided",
      "closed",
    ]);

    const stored = await h.gql<{ case: Record<string, unknown> }>(
      `query($id: ID!) { case(id: $id) { reviewPanels { heldOn reportedOn decidedWithIndependentPerson recommendations { summary decision decisionReason accepted } }
         lgscoReferrals { decision remedies } appointments { role } } }`,
      { id: c.id },
      officer,
    );
    expect(stored.data?.case).toEqual({
      reviewPanels: [
        {
          heldOn: "2026-04-14",
          reportedOn: "2026-04-17",
          decidedWithIndependentPerson: "A. Person (Independent Person)",
          recommendations: [
            {
              summary: "Review the allocation of social workers",
              decision: "PARTLY",
              decisionReason: "Allocation is reviewed for new referrals only",
              accepted: false,
            },
            { summary: "Apologise to the family in writing", decision: "ACCEPTED", decisionReason: "The letter is sent", accepted: true },
          ],
        },
      ],
      lgscoReferrals: [{ decision: "UPHELD", remedies: ["APOLOGY"] }],
      appointments: [{ role: "INVESTIGATING_OFFICER" }, { role: "INDEPENDENT_PERSON" }],
    });
  });
});
