import { financialYearStartOf } from "@csc/rules";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { closePdfBrowser } from "../reports/render/pdf";
import { startHarness, TEST_TODAY, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK } from "../testing/operations";

/**
 * Records tables live (Hartlepool: Appendix A quotes, Appendix B actions): a learning action, a recommendation and
 * two compliments (one publishable) recorded through GraphQL this year appear in the council's annual report
 * (JSON and the Word download), and the quote not marked publishable, and who was praised, never do.
 */
let h: Harness;
let officer: string;
let manager: string;
let analyst: string;
const TODAY = TEST_TODAY;
const YEAR = financialYearStartOf(TODAY);
const LEARNING = "Explain the contact plan to parents in writing after each review";
const RECOMMENDATION = "Offer an advocate before every Stage 2 interview";
const PUBLISHED = "You listened to our daughter and it changed everything.";
const PRIVATE = "Thank you to the whole duty team for the quick help.";
const PRAISED = "Social worker in the Children in Care team";

type Table = { id: string; columns: string[]; rows: Array<{ label: string; cells: Array<{ number: number | null; text: string | null }> }> };

async function recordCase(kind: "COMPLIMENT" | "COMPLAINT"): Promise<string> {
  const answer = await h.gql<{ recordFeedback: { id: string } }>(
    RECORD_FEEDBACK,
    { input: { kind, receivedOn: TODAY, madeByChild: false, summary: "Feedback for the report" } },
    officer,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.recordFeedback.id;
}
const COMPLIMENT = `mutation($input: RecordComplimentInput!) { recordCompliment(input: $input) { id } }`;

beforeAll(async () => {
  h = await startHarness();
  await importCouncilFixture(h.db.prisma, "hartlepool");
  await h.addUser("hartlepool", "complaints_officer", "officer@hartlepool.example", "hartlepool complaints_officer");
  await h.addUser("hartlepool", "manager", "manager@hartlepool.example", "hartlepool manager");
  await h.addUser("hartlepool", "analyst", "analyst@hartlepool.example", "hartlepool analyst");
  officer = await h.signIn("officer", "hartlepool");
  manager = await h.signIn("manager", "hartlepool");
  analyst = await h.signIn("analyst", "hartlepool");
  await importCouncilFixture(h.db.prisma, "somerset");
  await h.addUser("somerset", "manager", "manager@somerset.example", "somerset manager");
  await h.addUser("somerset", "analyst", "analyst@somerset.example", "somerset analyst");
}, 300_000);
afterAll(async () => {
  await closePdfBrowser();
  await h?.stop();
});

describe("records tables from live records", () => {
  it("prints the year's learning, recommendations and publishable quotes in Hartlepool's appendices (JSON and Word)", async () => {
    const complaint = await recordCase("COMPLAINT");
    const logged = await h.gql(
      `mutation($input: LogLearningActionInput!) { logLearningAction(input: $input) { id } }`,
      { input: { caseId: complaint, description: LEARNING } },
      manager,
    );
    expect(logged.errors).toBeUndefined();
    const recommended = await h.gql(
      `mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id } }`,
      {
        input: { caseId: complaint, source: "STAGE_2", summary: RECOMMENDATION, madeOn: TODAY },
      },
      manager,
    );
    expect(recommended.errors).toBeUndefined();
    const published = await recordCase("COMPLIMENT");
    expect(
      (
        await h.gql(
          COMPLIMENT,
          { input: { caseId: published, praised: PRAISED, whatFor: "Listening", quote: PUBLISHED, publishable: true } },
          officer,
        )
      ).errors,
    ).toBeUndefined();
    const unpublished = await recordCase("COMPLIMENT");
    expect(
      (
        await h.gql(
          COMPLIMENT,
          { input: { caseId: unpublished, praised: "Duty team", whatFor: "Quick help", quote: PRIVATE, publishable: false } },
          officer,
        )
      ).errors,
    ).toBeUndefined();

    const answer = await h.gql<{ report: { sections: Array<{ tables: Table[] }> } }>(
      `query($fy: Int!) { report(financialYear: $fy) { sections { tables { id columns rows { label cells { number text } } } } } }`,
      { fy: YEAR },
      analyst,
    );
    expect(answer.errors).toBeUndefined();
    const tables = answer.data!.report.sections.flatMap((s) => s.tables);
    const actions = tables.find((t) => t.id === "action-examples")!;
    expect(actions.columns).toEqual(["Actions following findings"]);
    expect(actions.rows.map((r) => r.cells[0]?.text)).toEqual([RECOMMENDATION, LEARNING]);
    expect(actions.rows[0]?.label).toBe("Stage 2 investigation");
    const quotes = tables.find((t) => t.id === "compliment-examples")!;
    expect(quotes.rows.map((r) => r.label)).toEqual([`“${PUBLISHED}”`]);
    const json = JSON.stringify(answer.data);
    expect(json).not.toContain(PRIVATE);
    expect(json).not.toContain(PRAISED);

    const download = async (format: string): Promise<Buffer> => {
      const response = await fetch(`${h.url}/reports/download?financialYear=${YEAR}&format=${format}`, {
        headers: { authorization: `Bearer ${analyst}` },
      });
      expect(response.status, format).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    for (const format of ["json", "csv", "html"]) {
      const text = (await download(format)).toString("utf8");
      expect(text, format).toContain(LEARNING);
      expect(text, format).toContain(PUBLISHED);
      expect(text, format).not.toContain(PRIVATE);
    }
    const docx = await JSZip.loadAsync(await download("docx"));
    const xml = (await docx.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain(LEARNING);
    expect(xml).toContain(RECOMMENDATION);
    expect(xml).toContain(PUBLISHED);
    expect(xml).not.toContain(PRIVATE);
  }, 240_000);
});

describe("Somerset's recommendations table and document-control block", () => {
  it("list the year's recommendations with source, owner, due and status, and the report's approval and presentation", async () => {
    const somersetManager = await h.signIn("manager", "somerset");
    const somersetAnalyst = await h.signIn("analyst", "somerset");
    const found = await h.db.prisma.case.findFirstOrThrow({
      where: { councilId: "somerset", kind: "complaint", receivedOn: { gte: new Date("2016-04-01"), lte: new Date("2016-09-30") } },
    });
    const recommended = await h.gql(
      `mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id } }`,
      {
        input: { caseId: found.id, source: "OMBUDSMAN", summary: RECOMMENDATION, madeOn: "2016-12-01", dueOn: "2017-03-01" },
      },
      somersetManager,
    );
    expect(recommended.errors).toBeUndefined();
    expect(
      (await h.gql(`mutation($fy: Int!) { approveReport(financialYear: $fy) { status } }`, { fy: 2016 }, somersetManager)).errors,
    ).toBeUndefined();
    const presented = await h.gql(
      `mutation($input: RecordReportPresentedInput!) { recordReportPresented(input: $input) { status } }`,
      {
        input: {
          financialYear: 2016,
          committee: "Scrutiny Committee for Policies, Children and Families",
          presentedOn: "2017-09-06",
          response: "Noted.",
        },
      },
      somersetManager,
    );
    expect(presented.errors).toBeUndefined();

    const answer = await h.gql<{ report: { title: string; sections: Array<{ tables: Table[] }> } }>(
      `query { report(financialYear: 2016) { title sections { tables { id columns rows { label cells { number text } } } } } }`,
      {},
      somersetAnalyst,
    );
    expect(answer.errors).toBeUndefined();
    const tables = answer.data!.report.sections.flatMap((s) => s.tables);
    const recommendations = tables.find((t) => t.id === "recommendations")!;
    expect(recommendations.columns).toEqual(["Source", "Owner", "Due", "Status"]);
    expect(recommendations.rows).toEqual([
      {
        label: RECOMMENDATION,
        cells: [
          { number: null, text: "Ombudsman" },
          { number: null, text: null },
          { number: null, text: "2017-03-01" },
          { number: null, text: "Open" },
        ],
      },
    ]);
    const control = Object.fromEntries(
      tables.find((t) => t.id === "document-control")!.rows.map((r) => [r.label, r.cells[0]?.text ?? r.cells[0]?.number ?? null]),
    );
    expect(control).toMatchObject({
      Status: "Presented",
      "Approved by": "somerset manager",
      "Presented to": "Scrutiny Committee for Policies, Children and Families",
      "Presented on": "2017-09-06",
    });
    expect(control["Approved on"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, 120_000);
});
