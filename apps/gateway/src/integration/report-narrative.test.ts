import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { startHarness, type Harness } from "../testing/harness";

/**
 * The annual report's text, written in the app through GraphQL over HTTP: stored per council, year and section,
 * versioned with its author, printed in place of the prompts in the report and its downloads; the report moves
 * draft → approved → presented (committee, date, response), and back to draft when its words change.
 */
let h: Harness;
const tokens = { officer: "", manager: "", analyst: "" };
const SECTION = "1-introduction";

beforeAll(async () => {
  h = await startHarness();
  await importCouncilFixture(h.db.prisma, "hartlepool");
  for (const [role, short] of [
    ["complaints_officer", "officer"],
    ["manager", "manager"],
    ["analyst", "analyst"],
  ] as const) {
    await h.addUser("hartlepool", role, `${short}@hartlepool.example`, `${short[0]?.toUpperCase()}${short.slice(1)} Hartlepool`);
    tokens[short] = await h.signIn(short, "hartlepool");
  }
}, 240_000);
afterAll(async () => h?.stop());

type Answer = { errors?: Array<{ message: string; extensions?: { code?: string; field?: Array<string | number> } }> };
const codes = (answer: Answer) => answer.errors?.map((e) => e.extensions?.code);

const SAVE = `mutation($input: SaveReportNarrativeInput!) { saveReportNarrative(input: $input) { sectionId version text authorName } }`;
const VERSIONS = `query($fy: Int!) { reportNarrative(financialYear: $fy) { sectionId version text authorName } }`;
const STATUS = `query($fy: Int!) { reportStatus(financialYear: $fy) { status approvedByName committee presentedOn committeeResponse } }`;
const APPROVE = `mutation($fy: Int!) { approveReport(financialYear: $fy) { status approvedByName } }`;
const PRESENT = `mutation($input: RecordReportPresentedInput!) { recordReportPresented(input: $input) { status committee presentedOn committeeResponse } }`;
const REPORT = `query { report(financialYear: 2020) { sections { id text narrative { prompt } } } }`;

const TEXT =
  "## Welcome\nThis report covers 1 April 2020 to 31 March 2021.\n\n- Complaints fell\n- Learning was shared\n\nRead the [procedure](https://www.hartlepool.gov.uk/complaints).";

async function download(format: string, token: string): Promise<Buffer> {
  const response = await fetch(`${h.url}/reports/download?financialYear=2020&format=${format}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe("the annual report's text", () => {
  it("an officer writes a section's text: version 1 with its author, printed in place of the prompts", async () => {
    const saved = await h.gql<{ saveReportNarrative: unknown }>(
      SAVE,
      { input: { financialYear: 2020, sectionId: SECTION, text: `${TEXT}\r\n` } },
      tokens.officer,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveReportNarrative).toEqual({ sectionId: SECTION, version: 1, text: TEXT, authorName: "Officer Hartlepool" });
    const report = await h.gql<{ report: { sections: Array<{ id: string; text: string | null }> } }>(REPORT, {}, tokens.analyst);
    expect(report.data?.report.sections.find((s) => s.id === SECTION)?.text).toBe(TEXT);
    expect(report.data?.report.sections.find((s) => s.id === "2-background")?.text).toBeNull();
    const html = (await download("html", tokens.analyst)).toString("utf8");
    expect(html).toContain("<h3>Welcome</h3>");
    expect(html).toContain("<ul><li>Complaints fell</li><li>Learning was shared</li></ul>");
    expect(html).toContain('<a href="https://www.hartlepool.gov.uk/complaints">procedure</a>');
    expect(html).not.toContain("[Welcome, the period covered and what the report outlines.]");
    expect(html).toContain("[What is a complaint? Who can complain?]");
  }, 120_000);

  it("keeps every version with who wrote it; the report prints the latest", async () => {
    const second = await h.gql(SAVE, { input: { financialYear: 2020, sectionId: SECTION, text: "Revised by the manager." } }, tokens.manager);
    expect(second.errors).toBeUndefined();
    const versions = await h.gql<{ reportNarrative: Array<{ version: number; authorName: string; text: string }> }>(
      VERSIONS,
      { fy: 2020 },
      tokens.analyst,
    );
    expect(versions.data?.reportNarrative.map((v) => [v.version, v.authorName])).toEqual([
      [1, "Officer Hartlepool"],
      [2, "Manager Hartlepool"],
    ]);
    const report = await h.gql<{ report: { sections: Array<{ id: string; text: string | null }> } }>(REPORT, {}, tokens.analyst);
    expect(report.data?.report.sections.find((s) => s.id === SECTION)?.text).toBe("Revised by the manager.");
    // Versions cannot be changed in the database either.
    await expect(h.db.prisma.reportNarrative.deleteMany({ where: { councilId: "hartlepool" } })).rejects.toThrow(/append-only/);
  }, 120_000);

  it("refuses a section the layout does not have, and writes by roles that may not", async () => {
    const unknown = await h.gql(SAVE, { input: { financialYear: 2020, sectionId: "9-nowhere", text: "x" } }, tokens.officer);
    expect(codes(unknown)).toEqual(["BAD_USER_INPUT"]);
    expect(unknown.errors?.[0]?.extensions?.field).toEqual(["input", "sectionId"]);
    expect(codes(await h.gql(SAVE, { input: { financialYear: 2020, sectionId: SECTION, text: "x" } }, tokens.analyst))).toEqual(["FORBIDDEN"]);
    expect(codes(await h.gql(APPROVE, { fy: 2020 }, tokens.officer))).toEqual(["FORBIDDEN"]);
  });

  it("moves draft → approved → presented, and back to draft when its words change", async () => {
    expect((await h.gql<{ reportStatus: { status: string } }>(STATUS, { fy: 2020 }, tokens.analyst)).data?.reportStatus.status).toBe("DRAFT");
    const early = await h.gql(
      PRESENT,
      { input: { financialYear: 2020, committee: "Children's Services Scrutiny Forum", presentedOn: "2021-09-14" } },
      tokens.manager,
    );
    expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
    expect(early.errors?.[0]?.message).toMatch(/approve the report before/);

    // The year in progress (the harness's today is 30 June 2026): its figures are not final, so its report is not approved yet.
    const inProgress = await h.gql(APPROVE, { fy: 2026 }, tokens.manager);
    expect(codes(inProgress)).toEqual(["BAD_USER_INPUT"]);
    expect(inProgress.errors?.[0]?.extensions?.field).toEqual(["financialYear"]);
    expect(inProgress.errors?.[0]?.message).toContain(
      "the 2026/27 financial year ends on 31 March 2027: its report can be approved once the year is over",
    );
    const ended = async (fy: number) =>
      (
        await h.gql<{ reportStatus: { yearEnded: boolean } }>(
          `query($fy: Int!) { reportStatus(financialYear: $fy) { yearEnded } }`,
          { fy },
          tokens.manager,
        )
      ).data?.reportStatus.yearEnded;
    expect([await ended(2020), await ended(2025), await ended(2026)]).toEqual([true, true, false]);

    const approved = await h.gql<{ approveReport: unknown }>(APPROVE, { fy: 2020 }, tokens.manager);
    expect(approved.data?.approveReport).toEqual({ status: "APPROVED", approvedByName: "Manager Hartlepool" });
    const presented = await h.gql<{ recordReportPresented: unknown }>(
      PRESENT,
      {
        input: {
          financialYear: 2020,
          committee: "Children's Services Scrutiny Forum",
          presentedOn: "2021-09-14",
          response: "Noted; asked for a six-month update.",
        },
      },
      tokens.manager,
    );
    expect(presented.errors).toBeUndefined();
    expect(presented.data?.recordReportPresented).toEqual({
      status: "PRESENTED",
      committee: "Children's Services Scrutiny Forum",
      presentedOn: "2021-09-14",
      committeeResponse: "Noted; asked for a six-month update.",
    });

    await h.gql(SAVE, { input: { financialYear: 2020, sectionId: SECTION, text: "Changed after the committee." } }, tokens.officer);
    expect((await h.gql<{ reportStatus: { status: string } }>(STATUS, { fy: 2020 }, tokens.analyst)).data?.reportStatus.status).toBe("DRAFT");
    const audit = await h.db.prisma.auditLog.findMany({
      where: { councilId: "hartlepool", action: { in: ["saveReportNarrative", "approveReport", "recordReportPresented"] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "approveReport",
      "recordReportPresented",
      "saveReportNarrative",
      "saveReportNarrative",
      "saveReportNarrative",
    ]);
  }, 120_000);
});
