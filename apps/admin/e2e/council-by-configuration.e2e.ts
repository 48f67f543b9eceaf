import { execFileSync } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser } from "./browser";
import { fillDate } from "./date-input";
import { type RunningGateway, startGateway } from "./gateway-process";
import {
  STAGE_1_COLUMNS,
  STAGE_1_MEANINGS,
  checkExport,
  csvFile,
  importChecked,
  mapSample,
  openImportMapping,
  saveMapping,
  tryMapping,
} from "./import-mapping-steps";
import {
  STAGES_STARTED_TABLE,
  STAGE_1_AVERAGE,
  addTable,
  comparePublished,
  expectAllMatch,
  expectStageTablePreview,
  fillSingleFigure,
  fillStageTable,
  openReportLayout,
} from "./layout-builder-steps";
import { onboardCouncil, signInAsAdministrator } from "./new-council";

// Issue 12, Done when: a council that is not among the five (made up here; no file in the repository names it) is
// onboarded in the app alone. The platform administrator creates it and invites its administrator, who sets a
// vocabulary and a local target, builds a layout with a multi-year stage table and an average, maps and imports a
// CSV export made here (three financial years of cases, Stage 1 and Stage 2), and uploads published figures
// counted from the same rows by this test, not by the platform, and sees every figure match.

const COUNCIL = { id: "wrenfold", name: "Wrenfold Borough Council", onsCode: "E06000994" };
const ADMIN = { name: "Kit Wren", email: "kit.wren@wrenfold.example", password: "wrenfold-first-sign-in-2026" };
const YEAR = "2025";
const YEARS = ["2023/24", "2024/25", "2025/26"] as const;
const HEADER = "Ref,Type,Received,About,Replied,Outcome,S2 Requested,S2 Agreed,S2 Replied,S2 Outcome,Closed";

interface ExportRow {
  ref: string;
  type: "Grumble" | "Thanks";
  received: string;
  about: string;
  replied: string;
  outcome: "" | "Yes" | "No";
  s2Requested: string;
  s2Agreed: string;
  s2Replied: string;
  s2Outcome: "" | "Agreed" | "Rejected";
  closed: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const ddmmyyyy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
/** The first Monday on or after the day: received on a Monday, replied on the Friday (no bank holiday between). */
function monday(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(year, month - 1, day));
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/**
 * The export: for each financial year a few complaints (Stage 1, with outcomes and reasons; every other one taken
 * to Stage 2 the Monday after its reply, its statement agreed a week later and adjudicated, in the same year) and a compliment.
 */
function exportRows(): ExportRow[] {
  const complaintsPerYear = [3, 5, 4];
  const rows: ExportRow[] = [];
  YEARS.forEach((_, y) => {
    const year = 2023 + y;
    for (let i = 0; i < (complaintsPerYear[y] ?? 0); i++) {
      const received = monday(year, 5 + i, 8);
      const replied = plusDays(received, 4);
      const s2 = i % 2 === 1 ? plusDays(replied, 3) : null;
      const s2Agreed = s2 ? plusDays(s2, 7) : null;
      const s2Replied = s2Agreed ? plusDays(s2Agreed, 25) : null;
      rows.push({
        ref: `WF-${year}-${pad(i + 1)}`,
        type: "Grumble",
        received: ddmmyyyy(received),
        about: i % 2 === 0 ? "Late visit" : "Late visit;Rude",
        replied: ddmmyyyy(replied),
        outcome: i % 3 === 0 ? "Yes" : "No",
        s2Requested: s2 ? ddmmyyyy(s2) : "",
        s2Agreed: s2Agreed ? ddmmyyyy(s2Agreed) : "",
        s2Replied: s2Replied ? ddmmyyyy(s2Replied) : "",
        s2Outcome: s2 ? (i % 4 === 1 ? "Agreed" : "Rejected") : "",
        closed: ddmmyyyy(s2Replied ?? replied),
      });
    }
    const thanks = ddmmyyyy(monday(year, 11, 3));
    rows.push({
      ref: `WF-${year}-T1`,
      type: "Thanks",
      received: thanks,
      about: "",
      replied: "",
      outcome: "",
      s2Requested: "",
      s2Agreed: "",
      s2Replied: "",
      s2Outcome: "",
      closed: thanks,
    });
  });
  return rows;
}

/** The financial year ("2024/25") a DD/MM/YYYY date falls in, counted here, not by the platform. */
function financialYearOf(ddmmyyyyDate: string): string {
  const [, month = "", year = ""] = ddmmyyyyDate.split("/");
  const start = Number(month) >= 4 ? Number(year) : Number(year) - 1;
  return `${start}/${pad((start + 1) % 100)}`;
}

/** The published figures, by straightforward counting of the export's rows: complaints started at each stage, and the average. */
function publishedFigures(rows: ExportRow[]): string {
  const lines = ["table,row,column,value"];
  for (const year of YEARS) {
    const stage1 = rows.filter((r) => r.type === "Grumble" && financialYearOf(r.received) === year).length;
    lines.push(`complaints-started-by-stage,${year},Stage 1,${stage1}`);
    const stage2 = rows.filter((r) => r.s2Requested !== "" && financialYearOf(r.s2Requested) === year).length;
    lines.push(`complaints-started-by-stage,${year},Stage 2,${stage2}`);
    lines.push(`complaints-started-by-stage,${year},Stage 3,0`);
  }
  // The average: every Stage 1 reply is on the Friday after its Monday, four working days, whatever the year.
  lines.push(`average-time-to-respond-at-stage-1,Average working days to respond at Stage 1,${YEARS[2]},4`);
  return lines.join("\n");
}

const ROWS = exportRows();
const csvLine = (r: ExportRow) =>
  [r.ref, r.type, r.received, r.about, r.replied, r.outcome, r.s2Requested, r.s2Agreed, r.s2Replied, r.s2Outcome, r.closed].join(",");
const exportFile = (name: string) => csvFile(name, HEADER, ROWS.map(csvLine));

/** The export's Stage 2 columns and outcomes, beside the Stage 1 ones the import-mapping test's export also has. */
const STAGE_2_COLUMNS = [
  ["Date Stage 2 was requested (optional)", "S2 Requested"],
  ["Date the Stage 2 statement of complaint was agreed (optional)", "S2 Agreed"],
  ["Date of the Stage 2 response (adjudication) (optional)", "S2 Replied"],
  ["Stage 2 outcome (optional)", "S2 Outcome"],
] as const;
const STAGE_2_MEANINGS = [
  ["Agreed", "Upheld"],
  ["Rejected", "Not upheld"],
] as const;

let gateway: RunningGateway;
let browser: Browser;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/council-by-configuration-${name}.png`, fullPage: true });
}

describe("a council onboarded by configuration alone, in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway("none");
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("no file in the repository names the council but this test", () => {
    const files = execFileSync("git", ["grep", "-il", "--full-name", COUNCIL.id, "--", ":/"], { encoding: "utf8", cwd: import.meta.dirname })
      .trim()
      .split("\n");
    expect(files).toEqual(["apps/admin/e2e/council-by-configuration.e2e.ts"]);
  });

  it("the platform administrator creates the council and invites its administrator", async () => {
    await onboardCouncil(browser, gateway.url, COUNCIL, ADMIN);
  }, 60_000);

  it("the council's administrator sets a vocabulary and a local target", async () => {
    const page = await signInAsAdministrator(browser, gateway.url, COUNCIL, ADMIN, 20_000);
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "Outcome labels" }).click();
    await page.getByRole("table", { name: /Version 1: outcome labels/i }).waitFor();
    await page.getByRole("link", { name: "Create a new version" }).click();
    await page.getByRole("heading", { name: /Create a new version/ }).waitFor();
    const from = `${new Date().getUTCFullYear() + 1}-04-01`;
    await fillDate(page, "In force from", from);
    await page.locator("input[id$=-label]").and(page.locator('[value="Upheld"]')).fill("Complaint upheld");
    await expectAccessible(page, "new outcome labels version");
    await shot(page, "01-outcome-labels-version");
    await page.getByRole("button", { name: "Publish version" }).click();
    await page.getByText("Version 2 was published").waitFor();
    await page
      .getByRole("table", { name: /Version 2: outcome labels/i })
      .getByRole("rowheader", { name: "Complaint upheld" })
      .waitFor();
    await expectAccessible(page, "outcome labels published");
    await shot(page, "02-outcome-labels-published");

    // A local Stage 1 target within the statutory timescale (every reply in the export is within it).
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "Closure days and targets" }).click();
    await page.getByRole("heading", { level: 1, name: "Closure days and targets" }).waitFor();
    await page.locator("#target-STAGE_1").fill("five");
    await page.getByRole("button", { name: "Save targets" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Enter a whole number of working days");
    await expectAccessible(page, "targets with an error");
    await shot(page, "02b-targets-error");
    await page.locator("#target-STAGE_1").fill("5");
    await page.getByRole("button", { name: "Save targets" }).click();
    await page.getByText("The local targets were saved.").waitFor();
    await expectAccessible(page, "targets saved");
    await shot(page, "02c-targets-saved");
  }, 120_000);

  it("the council's administrator maps and imports the export", async () => {
    const page = await signInAsAdministrator(browser, gateway.url, COUNCIL, ADMIN, 20_000);
    await openImportMapping(page, gateway.url);
    await page.getByText("Your council has no import mapping yet.").waitFor();
    await mapSample(page, exportFile("sample.csv"), [...STAGE_1_COLUMNS, ...STAGE_2_COLUMNS], [...STAGE_1_MEANINGS, ...STAGE_2_MEANINGS]);
    await expectAccessible(page, "mapping filled in");
    await shot(page, "03-mapping");
    expect(await tryMapping(page)).toBe(`${ROWS.length} rows in the sample: ${ROWS.length} read, 0 refused.`);
    await expectAccessible(page, "mapping tried");
    await saveMapping(page, 1);

    await checkExport(page, exportFile("export.csv"), ROWS.length);
    await importChecked(page, ROWS.length);
    await expectAccessible(page, "export imported");
    await shot(page, "04-imported");
  }, 240_000);

  it("the council's administrator builds the layout and every published figure matches", async () => {
    const page = await signInAsAdministrator(browser, gateway.url, COUNCIL, ADMIN, 20_000);
    await openReportLayout(page, gateway.url);

    await page.getByRole("link", { name: "Add a table" }).click();
    await fillStageTable(page, STAGES_STARTED_TABLE);
    await expectAccessible(page, "stage table filled in");
    await addTable(page, STAGES_STARTED_TABLE.title, 1);

    await page.getByRole("link", { name: "Add a table" }).click();
    await fillSingleFigure(page, STAGE_1_AVERAGE);
    await expectAccessible(page, "average filled in");
    await addTable(page, STAGE_1_AVERAGE.title, 2);

    await expectStageTablePreview(page, YEAR, YEARS);
    // Every Stage 1 reply is on the Friday after a Monday: four working days, counted here.
    const average = page.getByRole("table", { name: STAGE_1_AVERAGE.title });
    await expect.poll(() => average.innerText()).toMatch(/\b4(\.0)?\b/);
    await expectAccessible(page, "layout preview with the imported cases");
    await shot(page, "05-preview");

    await page.getByRole("link", { name: "Compare with published figures" }).click();
    await page.locator("#published-year").selectOption(YEAR);
    await comparePublished(page, publishedFigures(ROWS));
    await expectAllMatch(page, 10);
    await expectAccessible(page, "every published figure matches");
    await shot(page, "06-published-match");
  }, 240_000);
});
