import { execFileSync } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser } from "./browser";
import { fillDate } from "./date-input";
import { type RunningGateway, startGateway } from "./gateway-process";
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
const exportFile = (name: string) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from([HEADER, ...ROWS.map(csvLine)].join("\r\n") + "\r\n"),
});

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
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "Import mapping" }).click();
    await page.getByText("Your council has no import mapping yet.").waitFor();
    await page.setInputFiles("#sample-file", exportFile("sample.csv"));
    await page.getByRole("heading", { level: 2, name: "Columns" }).waitFor();
    const pick = (label: string, column: string) => page.getByLabel(label, { exact: true }).selectOption(column);
    await pick("Case reference", "Ref");
    await pick("Type of feedback", "Type");
    await pick("Date received", "Received");
    await pick("What the complaint is about (optional)", "About");
    await pick("Date of the Stage 1 response (optional)", "Replied");
    await pick("Stage 1 outcome (optional)", "Outcome");
    await pick("Date Stage 2 was requested (optional)", "S2 Requested");
    await pick("Date the Stage 2 statement of complaint was agreed (optional)", "S2 Agreed");
    await pick("Date of the Stage 2 response (adjudication) (optional)", "S2 Replied");
    await pick("Stage 2 outcome (optional)", "S2 Outcome");
    await pick("Date closed (optional)", "Closed");
    const means = (value: string, label: string) => page.getByLabel(`"${value}" means`).selectOption({ label });
    await means("Grumble", "Complaint");
    await means("Thanks", "Compliment");
    await means("Late visit", "Delay");
    await means("Rude", "Staff attitude conduct");
    await means("Yes", "Upheld");
    await means("No", "Not upheld");
    await means("Agreed", "Upheld");
    await means("Rejected", "Not upheld");
    await expectAccessible(page, "mapping filled in");
    await shot(page, "03-mapping");
    await page.getByRole("button", { name: "Try the mapping on the sample" }).click();
    await page.getByRole("heading", { level: 2, name: "Result of the try" }).waitFor();
    expect(await page.getByTestId("trial-summary").innerText()).toBe(`${ROWS.length} rows in the sample: ${ROWS.length} read, 0 refused.`);
    await expectAccessible(page, "mapping tried");
    await page.getByRole("button", { name: "Save the mapping" }).click();
    await page.getByText("Import mapping version 1 saved.").waitFor();

    await page.getByRole("link", { name: "Import cases with it" }).click();
    await page.getByRole("heading", { level: 1, name: "Import cases from your old system" }).waitFor();
    await page.setInputFiles("#import-file", exportFile("export.csv"));
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect.poll(() => page.getByTestId("import-status").innerText(), { timeout: 30_000 }).toBe(`Checked ${ROWS.length} records.`);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect.poll(() => page.getByTestId("import-status").innerText(), { timeout: 30_000 }).toBe(`Imported ${ROWS.length} records.`);
    await expectAccessible(page, "export imported");
    await shot(page, "04-imported");
  }, 240_000);

  it("the council's administrator builds the layout and every published figure matches", async () => {
    const page = await signInAsAdministrator(browser, gateway.url, COUNCIL, ADMIN, 20_000);
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "Report layout" }).click();
    await page.getByRole("heading", { level: 1, name: "Report layout" }).waitFor();

    await page.getByRole("link", { name: "Add a table" }).click();
    await page.getByLabel("Section title").fill("Complaints by stage");
    await page.getByLabel("Table title").fill("Complaints started by stage");
    await page.getByLabel("A measure by stage over financial years").check();
    await page.locator("#metric").selectOption("stages_started");
    await page.locator("#years").selectOption("3");
    await expectAccessible(page, "stage table filled in");
    await page.getByRole("button", { name: "Add table" }).click();
    await page.getByText('"Complaints started by stage" added: layout version 1 saved').waitFor();

    await page.getByRole("link", { name: "Add a table" }).click();
    await page.getByLabel("Section title").fill("Timeliness");
    await page.getByLabel("Table title").fill("Average time to respond at Stage 1");
    await page.getByLabel("A single figure").check();
    await page.locator("#metric").selectOption("average_working_days");
    await page.locator("#stage").selectOption("stage1");
    await page.getByLabel("The figure's label").fill("Average working days to respond at Stage 1");
    await expectAccessible(page, "average filled in");
    await page.getByRole("button", { name: "Add table" }).click();
    await page.getByText("layout version 2 saved").waitFor();

    await page.locator("#preview-year").selectOption(YEAR);
    const stages = page.getByRole("table", { name: "Complaints started by stage" });
    await stages.waitFor();
    expect(await stages.getByRole("rowheader").allInnerTexts()).toEqual([...YEARS]);
    // Every Stage 1 reply is on the Friday after a Monday: four working days, counted here.
    const average = page.getByRole("table", { name: "Average time to respond at Stage 1" });
    await expect.poll(() => average.innerText()).toMatch(/\b4(\.0)?\b/);
    await expectAccessible(page, "layout preview with the imported cases");
    await shot(page, "05-preview");

    await page.getByRole("link", { name: "Compare with published figures" }).click();
    await page.locator("#published-year").selectOption(YEAR);
    await page.locator("#published-figures").fill(publishedFigures(ROWS));
    await page.getByRole("button", { name: "Compare" }).click();
    await page.getByTestId("comparison-summary").getByText("10 of 10 figures match").waitFor();
    const table = page.getByRole("table", { name: /Published and computed figures/ });
    expect(await table.getByText("Matches").count()).toBe(10);
    await expectAccessible(page, "every published figure matches");
    await shot(page, "06-published-match");
  }, 240_000);
});
