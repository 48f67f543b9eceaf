import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";

let gateway: RunningGateway;
let browser: Browser;
let page: Page;

/** The first bytes each format must start with: Office files are zips, PDFs say so, HTML and CSV are text. */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  "Word (DOCX)": (b) => b[0] === 0x50 && b[1] === 0x4b,
  "Excel (XLSX)": (b) => b[0] === 0x50 && b[1] === 0x4b,
  PDF: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-",
  "CSV (all tables)": (b) => b.toString("utf8").includes("Complaints"),
  "Web page (HTML, ready to print)": (b) => /<html/i.test(b.toString("utf8")),
};

describe("a manager reads and downloads the annual report", () => {
  beforeAll(async () => {
    gateway = await startGateway("hartlepool");
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    page.setDefaultTimeout(30_000);
    await signIn(page, gateway.url, "hartlepool", "manager@hartlepool.example");
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("shows the council's report in its own layout, computed from the records, with charts that have text alternatives", async () => {
    await page.goto(`${gateway.url}/reports?year=2020`);
    await page.locator("main table").first().waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toContain("1 April 2020 to 31 March 2021");
    expect(await page.locator("main table").count()).toBeGreaterThan(3);
    const charts = page.locator("svg[role=img]");
    if ((await charts.count()) > 0) expect(await charts.first().locator("desc").textContent()).toMatch(/\d/);
    await expectAccessible(page, "reports");
    await screenshot(page, "08-report");
  });

  for (const label of Object.keys(SIGNATURES)) {
    it(`downloads the report as ${label}`, async () => {
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: label }).click()]);
      const path = await download.path();
      const bytes = readFileSync(path);
      expect(bytes.length).toBeGreaterThan(100);
      expect(SIGNATURES[label]?.(bytes)).toBe(true);
      expect(download.suggestedFilename()).toMatch(/^hartlepool-annual-report-2020-21\./);
    }, 90_000);
  }

  it("compares councils side by side with a chart, on the basis and stage chosen", async () => {
    await page.goto(`${gateway.url}/compare?year=2020`);
    const timeliness = page.getByRole("table", { name: "Timeliness and outcomes, Stage 1" });
    await timeliness.waitFor();
    expect(await timeliness.innerText()).toContain("Hartlepool");
    const volumes = page.getByRole("table", { name: "Volumes, who complained and the Ombudsman" });
    for (const header of [
      "Complaints made by children or young people (%)",
      "Advocate offered (%)",
      "Referrals to the Ombudsman (LGSCO)",
      "Upheld by the Ombudsman (% of its investigations)",
    ]) {
      await volumes.getByRole("columnheader", { name: header }).waitFor();
    }
    await expectAccessible(page, "compare");
    await screenshot(page, "09-compare");

    // Stage 3 on the responses sent: the stage's own columns, no escalation beyond the last stage, Stage 1's limits gone.
    await page.selectOption("#basis", "COMPLETED");
    await page.selectOption("#stage", "STAGE_3");
    await page.getByRole("table", { name: "Timeliness and outcomes, Stage 3" }).waitFor();
    const headers = await page.getByRole("table", { name: "Timeliness and outcomes, Stage 3" }).getByRole("columnheader").allInnerTexts();
    expect(headers.map((h) => h.replace(/\s+/g, " "))).toEqual([
      "Council",
      "Stage 3 responses within timescale (%)",
      "Stage 3 responses upheld or partly upheld (%)",
    ]);
    expect(new URL(page.url()).searchParams.get("basis")).toBe("COMPLETED");

    // Two councils only: the tables and the file hold those two.
    await page.getByText("Choose the councils to compare (").click();
    const boxes = await page.locator("input[id^=council-]").all();
    expect(boxes.length).toBeGreaterThan(2);
    for (const box of boxes) await box.uncheck();
    await page.getByRole("button", { name: "Show these councils" }).click();
    await page.getByRole("alert").filter({ hasText: "Choose at least one council" }).waitFor();
    await expectAccessible(page, "compare, no council chosen");
    const two = await Promise.all(boxes.slice(0, 2).map(async (box) => ((await box.getAttribute("id")) ?? "").replace(/^council-/, "")));
    for (const box of boxes.slice(0, 2)) await box.check();
    await page.getByRole("button", { name: "Show these councils" }).click();
    await page.getByText(`Choose the councils to compare (2 of ${boxes.length} shown)`).waitFor();
    expect(await page.getByRole("table", { name: "Timeliness and outcomes, Stage 3" }).getByRole("rowheader").count()).toBe(2);
    await expectAccessible(page, "compare, two councils");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    const councils = new Set(
      readFileSync(await csv.path(), "utf8")
        .slice(1)
        .trimEnd()
        .split("\r\n")
        .slice(1)
        .map((line) => line.split(",")[0]),
    );
    expect([...councils].sort()).toEqual([...two].sort());
    await expectAccessible(page, "compare, Stage 3 on responses sent");
    await screenshot(page, "09-compare-stage3");
  });
});
