import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, gatewayRequest, startGateway } from "./gateway-process";

/**
 * A council administrator makes a read-only API key for an analyst's tool, sees it once, and revokes it; the key
 * reads statistics over HTTP until then. Compare councils downloads as CSV and XLSX. axe on every state.
 */
let gateway: RunningGateway;
let browser: Browser;
let page: Page;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function statisticsWith(key: string): Promise<number> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: "{ statistics(metric: CASES_RECEIVED, financialYear: 2020) { value } }" }),
  });
  return response.status;
}

describe("API keys and exports", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, gateway.url, "hartlepool", "admin@hartlepool.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("creates a key shown once, which reads statistics, and revokes it", async () => {
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "API keys for analysts" }).click();
    await page.getByRole("heading", { name: "API keys for analysts" }).waitFor();
    await page.getByText("No keys yet").waitFor();
    await expectAccessible(page, "API keys, none yet");

    await page.getByRole("button", { name: "Create key" }).click();
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary").innerText()).toContain("Enter what the key is for");
    await expectAccessible(page, "API keys, form errors");

    const [year, month, day] = inDays(30).split("-");
    await page.fill("#key-name", "Power BI refresh");
    await page.fill("#key-expires", String(Number(day)));
    await page.fill("#key-expires-month", String(Number(month)));
    await page.fill("#key-expires-year", year ?? "");
    await page.getByRole("button", { name: "Create key" }).click();
    const shown = page.getByTestId("new-api-key");
    await shown.waitFor();
    const key = (await shown.innerText()).trim();
    expect(key).toMatch(/^csc_/);
    await page.getByRole("cell", { name: "Power BI refresh", exact: true }).waitFor();
    await expectAccessible(page, "API keys, key created");
    await screenshot(page, "api-keys-created");

    expect(await statisticsWith(key)).toBe(200);
    await page.reload();
    await page.getByRole("cell", { name: "Power BI refresh", exact: true }).waitFor();
    expect(await page.getByTestId("new-api-key").count()).toBe(0);

    await page.getByRole("button", { name: "Revoke key for Power BI refresh" }).click();
    await page.getByText("Key for Power BI refresh revoked").waitFor();
    await page.locator(".govuk-tag", { hasText: "Revoked" }).waitFor();
    await expectAccessible(page, "API keys, key revoked");
    await screenshot(page, "api-keys-revoked");
    expect(await statisticsWith(key)).toBe(401);
  });

  it("goes to the next page of the keys and back, the cursor in the URL", async () => {
    const { signIn: session } = await gatewayRequest<{ signIn: { token: string } }>(
      gateway.url,
      `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
      { input: { councilId: "hartlepool", email: "admin@hartlepool.example", password: DEMO_PASSWORD } },
    );
    // 50 more keys: 51 in all, two pages of 50.
    for (let i = 1; i <= 50; i += 1) {
      await gatewayRequest(
        gateway.url,
        `mutation($input: CreateAnalystApiKeyInput!) { createAnalystApiKey(input: $input) { key } }`,
        { input: { name: `Paging key ${String(i).padStart(2, "0")}`, expiresOn: inDays(60) } },
        session.token,
      );
    }
    await page.goto(`${gateway.url}/settings/api-keys`);
    const pages = page.getByRole("navigation", { name: "Pages of the keys" });
    const rows = page.locator("main table tbody tr");
    await pages.waitFor();
    expect(await rows.count()).toBe(50);
    expect(await rows.first().innerText()).toContain("Paging key 50");
    expect(await pages.getByRole("link", { name: /Previous/ }).count()).toBe(0);

    await pages.getByRole("link", { name: /Next/ }).click();
    await page.waitForURL(/[?&]after=/);
    await expect.poll(() => rows.first().innerText()).toContain("Power BI refresh");
    expect(await rows.count()).toBe(1);
    await expectAccessible(page, "API keys, page 2");
    await screenshot(page, "api-keys-page-2");

    await pages.getByRole("link", { name: /Previous/ }).click();
    await page.waitForURL(/[?&]before=/);
    await expect.poll(() => rows.first().innerText()).toContain("Paging key 50");
    expect(await pages.getByRole("link", { name: /Previous/ }).count()).toBe(0);
  });

  it("enters a context figure with its source, which labels the rate per 10,000 children in the comparison", async () => {
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "Context figures" }).click();
    await page.getByRole("heading", { name: "Context figures" }).waitFor();
    await page.locator("#figure-measure option").first().waitFor({ state: "attached" });
    await expectAccessible(page, "context figures");
    await page.getByRole("button", { name: "Save figure" }).click();
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary").innerText()).toContain("Enter where the figure comes from");
    await expectAccessible(page, "context figures, form errors");
    await page.selectOption("#figure-year", "2020");
    await page.selectOption("#figure-measure", "CHILDREN_AGED_0_17");
    await page.fill("#figure-value", "18500");
    await page.fill("#figure-source", "ONS mid-year population estimates 2020");
    await page.getByRole("button", { name: "Save figure" }).click();
    await page.getByText("for 2020/21 saved").waitFor();
    await page.getByRole("cell", { name: "18,500" }).waitFor();
    await expectAccessible(page, "context figures, saved");
    await screenshot(page, "context-figures-saved");

    await page.goto(`${gateway.url}/compare?year=2020`);
    await page.getByRole("columnheader", { name: "Complaints per 10,000 children aged 0–17" }).waitFor();
    await page.getByText("Supplied: ONS mid-year population estimates 2020").first().waitFor();
    await expectAccessible(page, "compare with a context rate");
  });

  it("downloads the comparison as CSV and as an Excel workbook", async () => {
    await page.goto(`${gateway.url}/compare?year=2020`);
    await page.getByRole("button", { name: "Download CSV" }).waitFor();
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(csv.suggestedFilename()).toBe("compare-councils-2020.csv");
    const csvBytes = readFileSync(await csv.path());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBytes.toString("utf8").slice(1).split("\r\n")[0]).toBe(
      "council_id,council,metric,key,basis,stage,period_start,period_end,value,base,missing,note",
    );
    expect(csvBytes.toString("utf8")).toContain(",complaints_per_10000_children,");
    expect(csvBytes.toString("utf8")).toContain("Supplied: ONS mid-year population estimates 2020");

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Excel (XLSX)" }).click()]);
    expect(xlsx.suggestedFilename()).toBe("compare-councils-2020.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(await xlsx.path()));
    expect(Object.keys(zip.files)).toContain("xl/worksheets/sheet1.xml");
    expect(await zip.file("xl/sharedStrings.xml")?.async("string")).toContain("council_id");
    await page.getByRole("status").filter({ hasText: "Downloaded compare-councils-2020.xlsx" }).waitFor();
    await expectAccessible(page, "compare, after a download");
    await screenshot(page, "compare-downloads");
  });

  it("downloads statistics grouped by a dimension as CSV and XLSX from the Statistics page", async () => {
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Statistics" }).click();
    await page.getByRole("heading", { name: "Statistics", exact: true }).waitFor();
    await page.goto(`${gateway.url}/statistics?year=2020&metric=CASES_RECEIVED&groupBy=channel`);
    await page.getByRole("rowheader", { name: "Total" }).waitFor();
    await expectAccessible(page, "statistics by channel");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(csv.suggestedFilename()).toBe("statistics-cases_received-2020-by-channel.csv");
    const lines = readFileSync(await csv.path(), "utf8")
      .slice(1)
      .split("\r\n");
    expect(lines[0]).toBe("metric,basis,period_start,period_end,channel,value,base,missing");
    expect(lines[1]).toMatch(/^cases_received,received,2020-04-01,2021-03-31,Total,\d+,\d+,$/);
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Excel (XLSX)" }).click()]);
    expect(xlsx.suggestedFilename()).toBe("statistics-cases_received-2020-by-channel.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(await xlsx.path()));
    expect(await zip.file("xl/sharedStrings.xml")?.async("string")).toContain("channel");
    await page.getByRole("status").filter({ hasText: "Downloaded statistics-cases_received-2020-by-channel.xlsx" }).waitFor();
    await expectAccessible(page, "statistics, after a download");
    await screenshot(page, "statistics-downloads");
  });

  it("counts a stage's responses on the basis chosen, and says what the measure counts", async () => {
    await page.goto(`${gateway.url}/statistics?year=2020&metric=CASES_COMPLETED&groupBy=outcome`);
    await page.getByRole("rowheader", { name: "Total" }).waitFor();
    await page.getByText("Cases completed: Stage responses sent (outcomes by stage); a case counts at each stage responded.").waitFor();
    const total = async () => (await page.getByRole("row", { name: /Total/ }).getByRole("cell").first().textContent()) ?? "";
    const everyStage = await total();
    await page.selectOption("#stage", "STAGE_1");
    await page.getByRole("table", { name: "Cases completed, Stage 1, 2020/21" }).waitFor();
    await page.selectOption("#basis", "RECEIVED");
    await page.getByRole("table", { name: "Cases completed, Stage 1, by received date, 2020/21" }).waitFor();
    expect(new URL(page.url()).searchParams.get("stage")).toBe("STAGE_1");
    // Stage 1's responses alone are fewer than every stage's.
    expect(Number((await total()).replace(/,/g, ""))).toBeLessThan(Number(everyStage.replace(/,/g, "")));
    // Only the complaints made by children or young people: the filter's value in words, in the caption and the file name.
    await page.selectOption("#stage", "");
    await page.selectOption("#filterBy", "madeByChild");
    await page.getByRole("table", { name: /Cases completed, Made by child: Yes/ }).waitFor();
    await page.selectOption("#filterValue", "false");
    await page.getByRole("table", { name: /Cases completed, Made by child: No/ }).waitFor();
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(csv.suggestedFilename()).toBe("statistics-cases_completed-2020-received-madeByChild-false-by-outcome.csv");
    // A snapshot has no basis to choose.
    await page.selectOption("#metric", "OPEN_AT_END");
    await page.getByRole("rowheader", { name: "Total" }).waitFor();
    expect(await page.locator("#basis").count()).toBe(0);
    await expectAccessible(page, "statistics of a stage on a basis");
    await screenshot(page, "statistics-stage-basis");
  });

  it("shows the council's words for its own codes in the groups' rows", async () => {
    type Groups = { data: { statistics: { groups: Array<{ key: string[]; labels: Array<string | null> }> } } };
    const answer = await page.evaluate(async () => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-csc-csrf": "1" },
        body: JSON.stringify({
          query: '{ statistics(metric: CASES_RECEIVED, groupBy: ["team"], financialYear: 2020) { groups { key labels } } }',
        }),
      });
      return (await response.json()) as Groups;
    });
    const labelled = answer.data.statistics.groups.filter((g) => g.labels[0]);
    expect(labelled.length).toBeGreaterThan(0);
    await page.goto(`${gateway.url}/statistics?year=2020&metric=CASES_RECEIVED&groupBy=team`);
    await page.getByRole("rowheader", { name: "Total" }).waitFor();
    for (const g of labelled) await page.getByRole("rowheader", { name: g.labels[0]!, exact: true }).first().waitFor();
    // Team codes (CIOC) shown as the council's team names (Children in Our Care).
    expect(await page.getByRole("rowheader", { name: labelled[0]!.key[0]!, exact: true }).count()).toBe(0);
    await expectAccessible(page, "statistics by the council's teams");
    await screenshot(page, "statistics-local-labels");
  });

  it("says a year outside the council's records has no records, not 0, and shows the nearest year on record", async () => {
    await page.goto(`${gateway.url}/statistics?year=2015&metric=CASES_RECEIVED&groupBy=`);
    const inset = page.locator(".govuk-inset-text").filter({ hasText: "There are no records for 2015/16" });
    await inset.waitFor();
    expect(await page.getByRole("row", { name: /Total/ }).getByRole("cell").first().textContent()).toBe("No records");
    await expectAccessible(page, "statistics, a year with no records");
    await screenshot(page, "statistics-no-records");
    const nearest = (await inset.getByRole("button").textContent())!.replace("Show ", "");
    await inset.getByRole("button").click();
    await page.locator("caption", { hasText: `Cases received, ${nearest}` }).waitFor();
    await page.getByText(/Your council's cases on record were received from/).waitFor();
    expect(await page.getByRole("row", { name: /Total/ }).getByRole("cell").first().textContent()).toMatch(/^\d[\d,]*$/);
  });
});
