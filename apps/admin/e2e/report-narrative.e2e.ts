import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";

/**
 * A manager writes the text of a section of the annual report in the app, approves the report, records its
 * presentation to a committee and downloads it: the Word file and the web page carry the words in place of the prompt.
 */
let gateway: RunningGateway;
let browser: Browser;
let page: Page;

const SECTION = "1. Introduction";
const WORDS = "Hartlepool received fewer complaints this year, and every one was acknowledged on time.";
const TEXT = `## Our year\n${WORDS}\n\n- Learning shared with every team\n- Advocacy offered to every child`;

/** One file of a zip (a .docx), read with Node alone: the central directory names it, the local header holds it. */
function unzipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + nameLength + extra;
  }
  throw new Error(`${name} is not in the zip`);
}

async function downloadFile(label: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.getByRole("button", { name: label }).click()]);
  return readFileSync(await download.path());
}

describe("a manager writes the report's text, approves it and downloads it", () => {
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

  it("writes a section's text in the app, saved as version 1 with its author", async () => {
    await page.goto(`${gateway.url}/reports?year=2020`);
    await page.locator("main table").first().waitFor();
    expect(await page.locator("main").innerText()).toContain("Narrative for the council to write: Welcome, the period covered");
    await page.getByRole("button", { name: `Write text of ${SECTION}` }).click();
    await page.getByLabel(`Text of “${SECTION}”`).fill(TEXT);
    await expectAccessible(page, "report text editor");
    await page.getByRole("button", { name: "Save text" }).click();
    const saved = page.locator('[data-section-text="1-introduction"]');
    await saved.waitFor();
    expect(await saved.innerText()).toContain(WORDS);
    expect(await page.locator("main").innerText()).toMatch(/Version 1, written by [^,]+,/);
    expect(await page.locator("main").innerText()).not.toContain("Narrative for the council to write: Welcome, the period covered");
    await page.screenshot({ path: "/tmp/reports-narrative-written.png", fullPage: false });
  }, 120_000);

  it("approves the report", async () => {
    await page.getByRole("button", { name: "Approve report" }).click();
    await page.getByText("Report approved").waitFor();
    // The status shows once the page has read it again: the form to record the committee comes with it.
    await page.getByLabel("Committee presented to").waitFor();
    const status = await page.getByRole("region", { name: "Report status" }).innerText();
    expect(status).toContain("Approved");
    expect(status).toMatch(/Approved by .+ on \d{1,2} \w+ \d{4}/);
    await expectAccessible(page, "approved report");
    await screenshot(page, "report-narrative-approved");
    await page.screenshot({ path: "/tmp/reports-narrative-approved.png", fullPage: false });
  }, 120_000);

  it("records that it was presented to a committee, on which date, with the committee's response", async () => {
    await page.getByLabel("Committee presented to").fill("Children's Services Scrutiny Forum");
    const presented = page.getByRole("group", { name: "Date presented" });
    await presented.getByLabel("Day").fill("14");
    await presented.getByLabel("Month").fill("9");
    await presented.getByLabel("Year").fill("2021");
    await page.getByLabel("The committee’s response (optional)").fill("Noted; asked for a six-month update on advocacy.");
    await page.getByRole("button", { name: "Record presentation" }).click();
    const status = page.getByRole("region", { name: "Report status" });
    await status.getByText("Presented to Children's Services Scrutiny Forum on 14 September 2021.", { exact: false }).waitFor();
    expect(await status.innerText()).toContain("The committee’s response: Noted; asked for a six-month update on advocacy.");
    await expectAccessible(page, "presented report");
    await page.screenshot({ path: "/tmp/reports-narrative-presented.png", fullPage: false });
  }, 120_000);

  it("downloads the Word file and the web page with the text in place of the prompt", async () => {
    const docx = await downloadFile("Word (DOCX)");
    const xml = unzipEntry(docx, "word/document.xml");
    expect(xml).toContain(WORDS);
    expect(xml).toContain("Learning shared with every team");
    expect(xml).not.toContain("[Welcome, the period covered and what the report outlines.]");
    const html = (await downloadFile("Web page (HTML, ready to print)")).toString("utf8");
    expect(html).toContain(`<p>${WORDS}</p>`);
    expect(html).toContain("<h3>Our year</h3>");
  }, 180_000);

  it("opens on the last year that is over, and offers no approval while a year is in progress", async () => {
    // The financial year in progress, by the year it starts (1 April).
    const now = new Date();
    const current = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    await page.goto(`${gateway.url}/reports`);
    await page.getByRole("region", { name: "Report status" }).waitFor();
    expect(await page.getByLabel("Financial year").inputValue()).toBe(String(current - 1));
    await page.goto(`${gateway.url}/reports?year=${current}`);
    const status = page.getByRole("region", { name: "Report status" });
    await status.getByText(`The year ends on 31 March ${current + 1}.`, { exact: false }).waitFor();
    expect(await status.innerText()).toContain("Its report can be approved once the year is over and its figures are final.");
    expect(await page.getByRole("button", { name: "Approve report" }).count()).toBe(0);
    await expectAccessible(page, "report of the year in progress");
  }, 120_000);
});
