import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";

/** The first five records of Hartlepool's fixture export, which the gateway imported at start: all duplicates. */
const SMALL_EXPORT = resolve(import.meta.dirname, "fixtures/hartlepool-first-5.csv");

let gateway: RunningGateway;
let browser: Browser;
let page: Page;

describe("importing a case export, as Hartlepool's council administrator", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, gateway.url, "hartlepool", "admin@hartlepool.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("asks for a file, then checks one and shows the summary", async () => {
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "Import cases" }).click();
    await page.getByRole("heading", { level: 1, name: "Import cases from your old system" }).waitFor();
    expect(await page.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Select a CSV file");
    await expectAccessible(page, "import with no file");

    await page.setInputFiles("#import-file", SMALL_EXPORT);
    await page.getByRole("button", { name: "Check the file" }).click();
    const summary = page.getByTestId("import-summary");
    await summary.waitFor();
    await expect.poll(() => page.getByTestId("import-status").innerText()).toBe("Checked 5 records.");
    const text = (await summary.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("Records in the file 5");
    expect(text).toContain("Would be imported 0");
    expect(text).toContain("Already cases (left as they are) 5");
    expect(await page.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(false);
    await expectAccessible(page, "import checked");
    await screenshot(page, "settings-import-checked");

    // The import itself goes the same way (uploaded, then followed as a job): every record is already a case.
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect.poll(() => page.getByTestId("import-status").innerText(), { timeout: 60_000 }).toBe("Imported 0 records.");
    await expectAccessible(page, "import finished");
  });

  it("names the row and column of a record the importer cannot read", async () => {
    const lines = readFileSync(SMALL_EXPORT, "utf8").split(/\r?\n/);
    lines[2] = (lines[2] as string).replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, "$1not-a-date");
    await page.setInputFiles("#import-file", { name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText(), { timeout: 60_000 }).toContain('row 3, column "Date Received"');
    await expectAccessible(page, "import refused");
    await screenshot(page, "settings-import-refused");
  });
});
