import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../testing/harness";

/**
 * Layouts are data (issue 12 item 1), through GraphQL over HTTP on a council that has no plugin (demo-north): the
 * standard layout until its administrator saves one; a layout refused with every problem by its JSON path; a saved
 * version in force for the report in every format; published figures compared cell by cell with the computed ones.
 */
let h: Harness;
const tokens = { admin: "", officer: "", analyst: "", southAnalyst: "" };

beforeAll(async () => {
  h = await startHarness();
  tokens.admin = await h.signIn("admin", "demo-north");
  tokens.officer = await h.signIn("officer", "demo-north");
  tokens.analyst = await h.signIn("analyst", "demo-north");
  tokens.southAnalyst = await h.signIn("analyst", "demo-south");
}, 240_000);
afterAll(async () => h?.stop());

type Answer = { errors?: Array<{ message: string; extensions?: { code?: string; field?: Array<string | number> } }> };
const codes = (answer: Answer) => answer.errors?.map((e) => e.extensions?.code);

const READ = `query { reportLayout { source version json versions { version note savedByName } } }`;
const SAVE = `mutation($input: SaveReportLayoutInput!) { saveReportLayout(input: $input) { layout { version note savedByName } problems { path message } } }`;
const REPORT = `query($fy: Int!) { report(financialYear: $fy) { sections { id title tables { id title columns rows { label cells { number text } } } } } }`;
const COMPARE = `query($fy: Int!, $figures: String!) {
  publishedFiguresComparison(financialYear: $fy, figures: $figures) { financialYear matched differs missing excepted cells { table row column published computed verdict detail } }
}`;

interface ReportAnswer {
  report: {
    sections: Array<{
      id: string;
      tables: Array<{ id: string; columns: string[]; rows: Array<{ label: string; cells: Array<{ number: number | null; text: string | null }> }> }>;
    }>;
  };
}

const stages = ["stage1", "stage2", "stage3"] as const;
/** What the structured editor builds: a multi-year table of a measure by stage, and an average as a single figure. */
const LAYOUT = {
  title: "Demo North annual report {year}",
  sections: [
    {
      id: "volumes",
      title: "Complaints by stage",
      tables: [
        {
          id: "stages-by-year",
          title: "Complaints started by stage",
          source: "Table 1",
          columns: stages.map((s) => ({ label: s.replace("stage", "Stage ") })),
          rows: [-2, -1, 0].map((offset) => ({
            label: offset === 0 ? "{year}" : `{year${offset}}`,
            cells: stages.map((stage) => ({ measure: { metric: "stages_started", stage, filter: { kind: ["complaint"] } }, yearOffset: offset })),
          })),
        },
        {
          id: "stage1-average",
          title: "Average working days to respond at Stage 1",
          source: "Paragraph 4",
          columns: [{ label: "Average working days" }],
          rows: [{ label: "Stage 1", cells: [{ measure: { metric: "average_working_days", stage: "stage1" }, format: "average" }] }],
        },
      ],
    },
  ],
};

describe("a council's report layout as data", () => {
  it("a council with no plugin and no stored layout reports in the standard layout", async () => {
    const read = await h.gql<{ reportLayout: { source: string; version: number | null; json: unknown; versions: unknown[] } }>(
      READ,
      {},
      tokens.analyst,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.reportLayout).toMatchObject({ source: "STANDARD", version: null, versions: [] });
    const layout = read.data?.reportLayout.json as { sections: Array<{ tables: Array<{ id: string }> }> };
    const report = await h.gql<ReportAnswer>(REPORT, { fy: 2025 }, tokens.analyst);
    expect(report.errors).toBeUndefined();
    expect(report.data?.report.sections.flatMap((s) => s.tables.map((t) => t.id))).toEqual(layout.sections.flatMap((s) => s.tables.map((t) => t.id)));
  });

  it("refuses a layout with every problem named by its JSON path, and stores nothing", async () => {
    const broken = structuredClone(LAYOUT) as unknown as { sections: Array<Record<string, unknown> & { tables: Array<Record<string, unknown>> }> };
    const table = broken.sections[0]?.tables[0] as { rows: Array<{ cells: Array<{ measure: { metric: string } }> }> };
    (table.rows[1]?.cells[2] as { measure: { metric: string } }).measure.metric = "complaints_by_moon_phase";
    broken.sections.push({ id: "Bad Id", title: "B", tables: [], charts: [{ id: "c", type: "bar", table: "nowhere" }] });
    const answer = await h.gql<{ saveReportLayout: { layout: null; problems: Array<{ path: string; message: string }> } }>(
      SAVE,
      { input: { layout: broken } },
      tokens.admin,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.saveReportLayout.layout).toBeNull();
    expect(answer.data?.saveReportLayout.problems.map((p) => p.path)).toEqual([
      "layout.sections[0].tables[0].rows[1].cells[2].measure.metric",
      "layout.sections[1].id",
    ]);
    expect(answer.data?.saveReportLayout.problems[0]?.message).toContain('unknown measure "complaints_by_moon_phase"');
    const syntax = await h.gql<{ saveReportLayout: { problems: Array<{ path: string; message: string }> } }>(
      SAVE,
      { input: { layout: "{ nope" } },
      tokens.admin,
    );
    // JSON that is not a layout at all (here a string) is refused at the layout's own path.
    expect(syntax.data?.saveReportLayout.problems.map((p) => p.path)).toEqual(["layout"]);
    expect(await h.db.prisma.reportLayoutVersion.count()).toBe(0);
  });

  it("lets only a council administrator save a layout", async () => {
    const answer = await h.gql(SAVE, { input: { layout: LAYOUT } }, tokens.officer);
    expect(codes(answer)).toEqual(["FORBIDDEN"]);
    expect(await h.db.prisma.reportLayoutVersion.count()).toBe(0);
  });

  it("saves a version that is in force for the report in every format, audited, and only for its council", async () => {
    const saved = await h.gql<{ saveReportLayout: { layout: { version: number; note: string; savedByName: string }; problems: unknown[] } }>(
      SAVE,
      { input: { layout: LAYOUT, note: "Stages over three years and the Stage 1 average" } },
      tokens.admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveReportLayout).toMatchObject({
      layout: { version: 1, note: "Stages over three years and the Stage 1 average" },
      problems: [],
    });
    const read = await h.gql<{ reportLayout: { source: string; version: number; versions: Array<{ version: number }> } }>(READ, {}, tokens.analyst);
    expect(read.data?.reportLayout).toMatchObject({ source: "STORED", version: 1, versions: [{ version: 1 }] });

    const report = await h.gql<ReportAnswer>(REPORT, { fy: 2025 }, tokens.analyst);
    expect(report.errors).toBeUndefined();
    const tables = report.data?.report.sections.flatMap((s) => s.tables) ?? [];
    expect(tables.map((t) => t.id)).toEqual(["stages-by-year", "stage1-average"]);
    expect(tables[0]?.columns).toEqual(["Stage 1", "Stage 2", "Stage 3"]);
    expect(tables[0]?.rows.map((r) => r.label)).toEqual(["2023/24", "2024/25", "2025/26"]);
    // An average of no responses has nothing to show.
    expect(tables[1]?.rows[0]?.cells[0]).toEqual({ number: null, text: null });

    const html = await fetch(`${h.url}/reports/download?financialYear=2025&format=html`, { headers: { authorization: `Bearer ${tokens.analyst}` } });
    expect(html.status).toBe(200);
    expect(await html.text()).toContain("Average working days to respond at Stage 1");

    const audit = await h.db.prisma.auditLog.findFirst({ where: { action: "saveReportLayout", councilId: "demo-north" } });
    expect(audit?.detail).toEqual({ version: 1, sections: 1, tables: 2 });
    // The Complaint Handling Code report keeps the Code's own layout, for a council created in the app too.
    const code = await h.gql<{ complaintHandlingCodeReport: { sections: Array<{ id: string }> } }>(
      `query { complaintHandlingCodeReport(financialYear: 2025) { sections { id } } }`,
      {},
      tokens.analyst,
    );
    expect(code.errors).toBeUndefined();
    expect(code.data?.complaintHandlingCodeReport.sections.map((s) => s.id)).toContain("code-timeliness");
    const south = await h.gql<{ reportLayout: { source: string } }>(READ, {}, tokens.southAnalyst);
    expect(south.data?.reportLayout.source).toBe("STANDARD");
  });

  it("compares uploaded published figures cell by cell: matched, differs with both values, missing", async () => {
    const csv = [
      "table,row,column,value",
      "stages-by-year,2025/26,Stage 1,0",
      "stages-by-year,2024/25,Stage 2,4",
      "stages-by-year,2019/20,Stage 1,3",
      "stage1-average,Stage 1,Average working days,12.5",
      "stages-by-year,2023/24,Stage 3,0",
    ].join("\n");
    const answer = await h.gql<{
      publishedFiguresComparison: {
        matched: number;
        differs: number;
        missing: number;
        cells: Array<{ verdict: string; published: string; computed: string | null }>;
      };
    }>(COMPARE, { fy: 2025, figures: csv }, tokens.analyst);
    expect(answer.errors).toBeUndefined();
    const comparison = answer.data?.publishedFiguresComparison;
    expect(comparison).toMatchObject({ matched: 2, differs: 2, missing: 1 });
    expect(comparison?.cells.map((c) => [c.verdict, c.published, c.computed])).toEqual([
      ["MATCHED", "0", "0"],
      ["DIFFERS", "4", "0"],
      ["MISSING", "3", null],
      ["DIFFERS", "12.5", null],
      ["MATCHED", "0", "0"],
    ]);
    const bad = await h.gql(COMPARE, { fy: 2025, figures: "table,row,column,value\nstages-by-year,2025/26,Stage 1,\n" }, tokens.analyst);
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect((bad as Answer).errors?.[0]?.extensions?.field).toEqual(["figures"]);
    expect((bad as Answer).errors?.[0]?.message).toContain('row 2, column "value"');
  });
});
