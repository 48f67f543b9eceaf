import { standardReportLayout } from "@csc/council-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { startHarness, type Harness } from "../testing/harness";
import { parseDownloadRequest } from "./report-download";

/** GET /reports/download: the viewer's own council's report as a file, aggregates only, audited. */
let h: Harness;
let officer: string;
let demoOfficer: string;

beforeAll(async () => {
  h = await startHarness();
  await importCouncilFixture(h.db.prisma, "hartlepool");
  await h.addUser("hartlepool", "complaints_officer", "officer@hartlepool.example", "Officer hartlepool");
  officer = await h.signIn("officer", "hartlepool");
  demoOfficer = await h.signIn("officer", "demo-north");
}, 240_000);

afterAll(async () => {
  await h?.stop();
});

const get = (path: string, token?: string) => fetch(`${h.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("parseDownloadRequest", () => {
  it("names the parameter and the rule", () => {
    expect(() => parseDownloadRequest(new URL("http://x/?financialYear=21&format=pdf"))).toThrow('financialYear: "21" is not a financial year');
    expect(() => parseDownloadRequest(new URL("http://x/?financialYear=2021&format=odt"))).toThrow(
      'format: "odt" is not one of json, html, docx, pdf, xlsx, csv',
    );
    expect(parseDownloadRequest(new URL("http://x/?financialYear=2021&format=xlsx"))).toEqual({
      financialYear: 2021,
      format: "xlsx",
      report: "annual",
    });
    expect(parseDownloadRequest(new URL("http://x/?financialYear=2021&format=pdf&report=code"))).toMatchObject({ report: "code" });
    expect(() => parseDownloadRequest(new URL("http://x/?financialYear=2021&format=pdf&report=x"))).toThrow('report: "x" is not one of annual, code');
  });
});

describe("GET /reports/download", () => {
  it("refuses without a sign-in", async () => {
    const response = await get("/reports/download?financialYear=2025&format=json");
    expect(response.status).toBe(401);
  });

  it("sends a council with no plugin and no stored layout its report in the standard layout", async () => {
    const response = await get("/reports/download?financialYear=2025&format=json", demoOfficer);
    expect(response.status).toBe(200);
    const report = (await response.json()) as { sections: Array<{ id: string }> };
    expect(report.sections.map((s) => s.id)).toEqual(standardReportLayout().sections.map((s) => s.id));
  });

  it("answers a bad format with 400 and the rule", async () => {
    const response = await get("/reports/download?financialYear=2025&format=odt", officer);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('format: "odt"');
  });

  it("sends the viewer's council's report as JSON and records the download in the audit log", async () => {
    const response = await get("/reports/download?financialYear=2020&format=json", officer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="hartlepool-annual-report-2020-21.json"');
    const report = (await response.json()) as { council: string; period: { start: string; end: string }; sections: unknown[] };
    expect(report.council).toBe("hartlepool");
    expect(report.period).toEqual({ start: "2020-04-01", end: "2021-03-31" });
    expect(report.sections.length).toBeGreaterThan(0);
    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "hartlepool", action: "downloadReport" } });
    expect(audit.length).toBeGreaterThan(0);
  });

  it("sends an XLSX file that is a zip (Office Open XML)", async () => {
    const response = await get("/reports/download?financialYear=2020&format=xlsx", officer);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });
});
