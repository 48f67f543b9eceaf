import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";
import {
  STAGES_STARTED_TABLE,
  STAGE_1_AVERAGE,
  addTable,
  comparePublished,
  expectAllMatch,
  expectStageTablePreview,
  fillSingleFigure,
  fillStageTable,
} from "./layout-builder-steps";
import { onboardCouncil, signInAsAdministrator } from "./new-council";

// Issue 12 item 1, "Layouts are data": a council made up for this test (no file in the repository names it) is
// created by the platform administrator; its administrator builds a report layout in the app alone (a table of
// complaints by stage over three financial years and an average), sees a broken layout file refused with each
// problem named by its path, previews the report and compares published figures cell by cell.

const COUNCIL = { id: "brackwater", name: "Brackwater Borough Council", onsCode: "E06000993" };
const ADMIN = { name: "Ash Brack", email: "ash.brack@brackwater.example", password: "brackwater-first-sign-in-2026" };
const YEAR = "2025";
const YEARS = ["2023/24", "2024/25", "2025/26"];

let gateway: RunningGateway;
let browser: Browser;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/report-layout-${name}.png`, fullPage: true });
}

describe("a council's report layout, built in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway("none");
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("the platform administrator adds the council and its administrator", async () => {
    await onboardCouncil(browser, gateway.url, COUNCIL, ADMIN);
  });

  it("the council's administrator builds the layout, sees a broken file refused by path, previews and compares", async () => {
    const page = await signInAsAdministrator(browser, gateway.url, COUNCIL, ADMIN, 20_000);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "Report layout" }).click();
    await page.getByRole("heading", { level: 1, name: "Report layout" }).waitFor();
    await page.getByText("The platform's standard layout").waitFor();
    await page.locator("#preview-year").selectOption(YEAR);
    await page.getByRole("table", { name: "Complaints started at each stage" }).waitFor();
    await expectAccessible(page, "report layout: standard");
    await shot(page, "01-standard");

    // A multi-year table of a measure by stage, without writing JSON: first with nothing filled in.
    await page.getByRole("link", { name: "Add a table" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a table" }).waitFor();
    await page.getByRole("button", { name: "Add table" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Enter the section's title");
    await expectAccessible(page, "add a table: errors");
    await shot(page, "02-add-table-errors");
    await fillStageTable(page, STAGES_STARTED_TABLE);
    await expectAccessible(page, "add a table: filled in");
    await shot(page, "03-add-stage-table");
    await addTable(page, STAGES_STARTED_TABLE.title, 1);

    // A single figure that is an average.
    await page.getByRole("link", { name: "Add a table" }).click();
    await fillSingleFigure(page, STAGE_1_AVERAGE);
    await expectAccessible(page, "add a single figure");
    await shot(page, "04-add-average");
    await addTable(page, STAGE_1_AVERAGE.title, 2);
    await page.getByText("Saved by your council").waitFor();
    expect(await page.getByRole("table", { name: "Saved versions" }).locator("tbody tr").count()).toBe(2);
    await expectStageTablePreview(page, YEAR, YEARS);
    await page.getByRole("table", { name: STAGE_1_AVERAGE.title }).waitFor();
    await expectAccessible(page, "report layout: saved, with the preview");
    await shot(page, "05-saved-preview");

    // The layout file: a broken edit is refused, each problem named by its JSON path.
    await page.getByRole("link", { name: "Upload or edit the layout file" }).click();
    const json = page.locator("#layout-json");
    await expect.poll(() => json.inputValue()).toContain("complaints-started-by-stage");
    const layout = JSON.parse(await json.inputValue()) as {
      sections: Array<{ id: string; title: string; tables: Array<{ rows: Array<{ cells: Array<{ measure?: { metric: string } }> }> }> }>;
    };
    const last = layout.sections.at(-1);
    const cell = last?.tables[0]?.rows[0]?.cells[0];
    if (cell?.measure) cell.measure.metric = "complaints_by_moon_phase";
    if (last) last.id = "Not An Id";
    await json.fill(JSON.stringify(layout, null, 2));
    await page.getByRole("button", { name: "Save layout" }).click();
    const summary = page.locator(".govuk-error-summary");
    await expect.poll(() => summary.innerText()).toContain("layout.sections[3].id");
    expect(await summary.innerText()).toContain("layout.sections[3].tables[0].rows[0].cells[0].measure.metric");
    await expectAccessible(page, "layout file: refused");
    await shot(page, "06-file-refused");

    // Published figures compared cell by cell with the computed ones.
    await page.getByRole("link", { name: "Back to report layout" }).click();
    await page.getByRole("link", { name: "Compare with published figures" }).click();
    await page.locator("#published-year").selectOption(YEAR);
    await page.getByRole("button", { name: "Compare" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Enter the published figures");
    await expectAccessible(page, "published figures: errors");
    const csv = [
      "table,row,column,value",
      ...YEARS.flatMap((y) => ["Stage 1", "Stage 2", "Stage 3"].map((s) => `complaints-started-by-stage,${y},${s},0`)),
    ];
    await comparePublished(page, csv.join("\n"));
    await expectAllMatch(page, 9);
    await expectAccessible(page, "published figures: all match");
    await shot(page, "07-published-match");

    await comparePublished(page, `${csv.join("\n")}\ncomplaints-started-by-stage,2019/20,Stage 1,4`);
    await page.getByTestId("comparison-summary").getByText("9 of 10 figures match, 1 not in the report").waitFor();
    await expectAccessible(page, "published figures: one missing");
    await shot(page, "08-published-missing");
  }, 240_000);
});
