import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";

/**
 * A council administrator sees which closed cases the next nightly retention run would erase (Hartlepool's
 * fixture cases closed more than six years before today, the platform default), places a legal hold on one and
 * releases it again. axe on every state.
 */
let gateway: RunningGateway;
let browser: Browser;
let page: Page;

describe("personal data due for erasure, and legal holds", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, gateway.url, "hartlepool", "admin@hartlepool.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("lists the cases the next run would erase, with the policy and what it would erase", async () => {
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "Personal data due for erasure" }).click();
    await page.getByRole("heading", { level: 1, name: "Personal data due for erasure" }).waitFor();
    const table = page.getByRole("table", { name: /cases? due for erasure or kept by a legal hold/ });
    await table.waitFor();
    expect(await page.locator(".govuk-summary-list").innerText()).toContain("Personal data kept 6 years after closure");
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    // Every case listed closed more than six years ago and is kept until six years after it closed.
    const first = (await rows.first().innerText()).split("\t").map((cell) => cell.trim());
    expect(first[3]).toBe("Years after closure");
    expect(first[4]).toMatch(/narrative|person|contact|document|Nothing left to erase/);
    expect(first[5]).toContain("None");
    await expectAccessible(page, "retention dry run");
    await screenshot(page, "retention-01-dry-run");
  });

  it("places a legal hold on a case, which stays listed as held, and releases it", async () => {
    const table = page.getByRole("table", { name: /due for erasure/ });
    const reference = (await table.locator("tbody tr").first().locator("th").innerText()).trim();
    await page.getByRole("button", { name: `Place legal hold on ${reference}` }).click();
    await page.getByText(`A legal hold was placed on ${reference}: its personal data is kept until the hold is released.`).waitFor();
    const row = table.getByRole("row", { name: new RegExp(`^${reference.replace(/[/]/g, "\\/")}\\b`) });
    await row.locator(".govuk-tag", { hasText: "Held" }).waitFor();
    await page.getByRole("button", { name: `Release legal hold on ${reference}` }).waitFor();
    await expectAccessible(page, "legal hold placed");
    await screenshot(page, "retention-02-held");

    await page.getByRole("button", { name: `Release legal hold on ${reference}` }).click();
    await page.getByText(`The legal hold on ${reference} was released: the next run erases its personal data.`).waitFor();
    await page.getByRole("button", { name: `Place legal hold on ${reference}` }).waitFor();
    expect(await row.locator(".govuk-tag").count()).toBe(0);
    await expectAccessible(page, "legal hold released");
  });
});
