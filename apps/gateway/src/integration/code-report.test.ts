import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { computeMeasure, financialYear, STAGES } from "@csc/rules";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withCouncil } from "../db/client";
import { importCouncilFixture } from "../import/import-fixture";
import { loadCaseFacts } from "../reports/load-case-facts";
import { closePdfBrowser } from "../reports/render/pdf";
import { startHarness, type Harness } from "../testing/harness";

/**
 * The Complaint Handling Code: a council records its self-assessment against the Code's sections (version-locked,
 * audited), and the annual complaint performance and service improvement report is generated for one plugin's
 * fixture council (Hartlepool, 2020/21) through GraphQL and the download route in every format: its figures equal
 * the measures computed from the stored records, and the self-assessment's words and a recommendation appear.
 */
let h: Harness;
let manager: string;
let analyst: string;
let dir: string;
const YEAR = 2020;
const EVIDENCE = "Remedies are agreed with each complainant and recorded against the case";
const RECOMMENDATION = "Publish the remedies guidance on the council website";

type Section = { section: string; number: number; heading: string; compliance: string | null; evidence: string | null; version: number | null };
type Cell = { number: number | null; text: string | null };
type CodeReport = {
  title: string;
  sections: Array<{ id: string; tables: Array<{ id: string; columns: string[]; rows: Array<{ label: string; cells: Cell[] }> }> }>;
};

const SAVE = `mutation($input: SaveCodeSelfAssessmentInput!) { saveCodeSelfAssessment(input: $input) { section number heading compliance evidence version } }`;
const READ = `query($fy: Int!) { codeSelfAssessment(financialYear: $fy) { section number heading compliance evidence version } }`;
const REPORT = `query($fy: Int!) { complaintHandlingCodeReport(financialYear: $fy) { title sections { id tables { id columns rows { label cells { number text } } } } } }`;

const get = (path: string, token: string) => fetch(`${h.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  h = await startHarness();
  await importCouncilFixture(h.db.prisma, "hartlepool");
  await h.addUser("hartlepool", "manager", "manager@hartlepool.example", "Hartlepool manager");
  await h.addUser("hartlepool", "analyst", "analyst@hartlepool.example", "Hartlepool analyst");
  manager = await h.signIn("manager", "hartlepool");
  analyst = await h.signIn("analyst", "hartlepool");
  dir = await mkdtemp(join(tmpdir(), "code-report-"));
}, 300_000);
afterAll(async () => {
  await closePdfBrowser();
  await h?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the Complaint Handling Code self-assessment", () => {
  it("lists the Code's nine sections in order, unassessed at first", async () => {
    const answer = await h.gql<{ codeSelfAssessment: Section[] }>(READ, { fy: YEAR }, analyst);
    expect(answer.errors).toBeUndefined();
    const sections = answer.data!.codeSelfAssessment;
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sections[6]).toMatchObject({ section: "PUTTING_RIGHT", heading: "Putting things right", compliance: null, version: null });
    // The answers' choices name each value as CodeCompliance does on the wire, so the app sends back what it is given.
    const choices = await h.gql<{ followUpChoices: { compliance: Array<{ value: string }> } }>(
      `{ followUpChoices { compliance { value } } }`,
      {},
      analyst,
    );
    expect(choices.data!.followUpChoices.compliance.map((c) => c.value)).toEqual(["YES", "PARTLY", "NO"]);
  });

  it("saves a section, version-locked, audited without its words; bad input names the field", async () => {
    const input = { financialYear: YEAR, section: "PUTTING_RIGHT", compliance: "PARTLY", evidence: "First draft" };
    const first = await h.gql<{ saveCodeSelfAssessment: Section }>(SAVE, { input }, manager);
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveCodeSelfAssessment).toMatchObject({ compliance: "PARTLY", version: 1 });
    const again = await h.gql(SAVE, { input }, manager);
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const second = await h.gql<{ saveCodeSelfAssessment: Section }>(
      SAVE,
      { input: { ...input, compliance: "YES", evidence: EVIDENCE, version: 1 } },
      manager,
    );
    expect(second.data!.saveCodeSelfAssessment).toMatchObject({ compliance: "YES", evidence: EVIDENCE, version: 2 });
    const empty = await h.gql(SAVE, { input: { ...input, evidence: "  ", version: 2 } }, manager);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "evidence"] });
    const badYear = await h.gql(SAVE, { input: { ...input, financialYear: 1999 } }, manager);
    expect(badYear.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "financialYear"] });
    const byAnalyst = await h.gql(SAVE, { input: { ...input, version: 2 } }, analyst);
    expect(byAnalyst.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "hartlepool", action: "saveCodeSelfAssessment" } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit.map((a) => a.detail))).not.toContain("Remedies");
  });
});

describe("the annual complaint performance and service improvement report", () => {
  it("is generated from the records: its figures equal the measures, with the recommendations and the self-assessment", async () => {
    const found = await h.db.prisma.case.findFirstOrThrow({
      where: { councilId: "hartlepool", kind: "complaint", receivedOn: { gte: new Date("2020-04-01"), lte: new Date("2020-09-30") } },
    });
    const recorded = await h.gql(
      `mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id } }`,
      {
        input: { caseId: found.id, source: "REVIEW_PANEL", summary: RECOMMENDATION, madeOn: "2020-12-01", dueOn: "2021-03-01" },
      },
      manager,
    );
    expect(recorded.errors).toBeUndefined();

    const answer = await h.gql<{ complaintHandlingCodeReport: CodeReport }>(REPORT, { fy: YEAR }, analyst);
    expect(answer.errors).toBeUndefined();
    const report = answer.data!.complaintHandlingCodeReport;
    expect(report.title).toMatch(/service improvement report 2020\/21$/);
    const table = (id: string) => report.sections.flatMap((s) => s.tables).find((t) => t.id === id)!;

    const period = financialYear(YEAR);
    const facts = await withCouncil(h.db.prisma, "hartlepool", (tx) =>
      loadCaseFacts(tx, "hartlepool", { start: financialYear(YEAR - 1).start, end: period.end }),
    );
    const complaints = { kind: ["complaint"] };
    const received = computeMeasure(facts, { metric: "cases_received", filter: complaints }, period).total;
    expect(received).toBeGreaterThan(0);
    expect(table("code-volumes").rows[0]).toMatchObject({
      label: "Complaints received",
      cells: [
        { number: received },
        { number: computeMeasure(facts, { metric: "cases_received", filter: complaints }, financialYear(YEAR - 1)).total },
      ],
    });
    for (const [index, stage] of STAGES.entries()) {
      const row = table("code-timeliness").rows[index]!;
      expect(row.cells[0]?.number).toBe(computeMeasure(facts, { metric: "cases_completed", stage, filter: complaints }, period).total);
      expect(row.cells[1]?.number).toBe(computeMeasure(facts, { metric: "within_timescale", stage, filter: complaints }, period).total);
    }
    expect(table("code-ombudsman").rows[0]?.cells[0]?.number).toBe(computeMeasure(facts, { metric: "lgsco_referrals" }, period).total);

    const improvement = table("code-improvement");
    expect(improvement.rows.find((r) => r.label === RECOMMENDATION)?.cells.map((c) => c.text)).toEqual(["Review panel", "2021-03-01", "Open", null]);
    const assessment = table("code-self-assessment");
    expect(assessment.rows).toHaveLength(9);
    expect(assessment.rows[6]).toMatchObject({ label: "7. Putting things right", cells: [{ text: "Yes" }, { text: EVIDENCE }, { text: null }] });
    expect(assessment.rows[0]?.cells[0]?.text).toBe("Not assessed");
  }, 120_000);

  it("downloads in every format with the self-assessment's words and the figures", async () => {
    const file = async (format: string) => {
      const response = await get(`/reports/download?financialYear=${YEAR}&format=${format}&report=code`, analyst);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="hartlepool-complaint-handling-code-report-2020-21.${format}"`);
      return Buffer.from(await response.arrayBuffer());
    };
    for (const format of ["html", "csv", "json"]) {
      const text = (await file(format)).toString("utf8");
      expect(text, format).toContain(EVIDENCE);
      expect(text, format).toContain(RECOMMENDATION);
      expect(text, format).toContain("Complaints received");
    }
    const docx = await JSZip.loadAsync(await file("docx"));
    const documentXml = (await docx.file("word/document.xml")?.async("string")) ?? "";
    expect(documentXml).toContain(EVIDENCE);
    expect(documentXml).toContain("Putting things right");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file("xlsx")).buffer as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells).toContain(EVIDENCE);

    const pdf = await file("pdf");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    if (existsSync("/usr/bin/pdftotext")) {
      const path = join(dir, "code.pdf");
      await writeFile(path, pdf);
      const { stdout } = await promisify(execFile)("pdftotext", [path, "-"]);
      expect(stdout.replace(/\s+/g, " ")).toContain(EVIDENCE);
    }
    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "hartlepool", action: "downloadReport" } });
    expect(audit.filter((a) => (a.detail as { report?: string }).report === "code")).toHaveLength(6);
  }, 240_000);
});
