import type { Page } from "playwright-core";
import { expect } from "vitest";

// The report-layout steps the browser tests of issue 12 share (report-layout.e2e.ts, council-by-configuration.e2e.ts):
// a made-up council's administrator adds a table in the builder, previews the report and compares published figures.

interface StageTable {
  section: string;
  title: string;
  metric: string;
  years: string;
}

interface SingleFigure {
  section: string;
  title: string;
  metric: string;
  stage: string;
  label: string;
}

/** A measure by stage over three financial years: complaints started at each stage. */
export const STAGES_STARTED_TABLE: StageTable = {
  section: "Complaints by stage",
  title: "Complaints started by stage",
  metric: "stages_started",
  years: "3",
};

/** A single figure: the average working days to respond at Stage 1. */
export const STAGE_1_AVERAGE: SingleFigure = {
  section: "Timeliness",
  title: "Average time to respond at Stage 1",
  metric: "average_working_days",
  stage: "stage1",
  label: "Average working days to respond at Stage 1",
};

/** Settings → Report layout. */
export async function openReportLayout(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/settings`);
  await page.getByRole("link", { name: "Report layout" }).click();
  await page.getByRole("heading", { level: 1, name: "Report layout" }).waitFor();
}

/** On "Add a table": fills in a measure by stage over financial years (not yet added). */
export async function fillStageTable(page: Page, table: StageTable): Promise<void> {
  await page.getByLabel("Section title").fill(table.section);
  await page.getByLabel("Table title").fill(table.title);
  await page.getByLabel("A measure by stage over financial years").check();
  await page.locator("#metric").selectOption(table.metric);
  await page.locator("#years").selectOption(table.years);
}

/** On "Add a table": fills in a single figure (not yet added). */
export async function fillSingleFigure(page: Page, figure: SingleFigure): Promise<void> {
  await page.getByLabel("Section title").fill(figure.section);
  await page.getByLabel("Table title").fill(figure.title);
  await page.getByLabel("A single figure").check();
  await page.locator("#metric").selectOption(figure.metric);
  await page.locator("#stage").selectOption(figure.stage);
  await page.getByLabel("The figure's label").fill(figure.label);
}

/** Adds the table filled in and waits for the layout version it saved. */
export async function addTable(page: Page, title: string, version: number): Promise<void> {
  await page.getByRole("button", { name: "Add table" }).click();
  await page.getByText(`"${title}" added: layout version ${version} saved`).waitFor();
}

/** Previews the report for a year; expects the stage table's rows to be the financial years. */
export async function expectStageTablePreview(page: Page, year: string, years: readonly string[]): Promise<void> {
  await page.locator("#preview-year").selectOption(year);
  const stages = page.getByRole("table", { name: STAGES_STARTED_TABLE.title });
  await stages.waitFor();
  expect(await stages.getByRole("rowheader").allInnerTexts()).toEqual([...years]);
}

/** On "Compare with published figures": compares the figures given as CSV (table,row,column,value). */
export async function comparePublished(page: Page, csv: string): Promise<void> {
  await page.locator("#published-figures").fill(csv);
  await page.getByRole("button", { name: "Compare" }).click();
}

/** Expects every one of the figures compared to match. */
export async function expectAllMatch(page: Page, figures: number): Promise<void> {
  await page.getByTestId("comparison-summary").getByText(`${figures} of ${figures} figures match`).waitFor();
  expect(
    await page
      .getByRole("table", { name: /Published and computed figures/ })
      .getByText("Matches")
      .count(),
  ).toBe(figures);
}
