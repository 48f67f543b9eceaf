import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";

let gateway: RunningGateway;
let browser: Browser;
let page: Page;

describe("an analyst", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, gateway.url, "demo-north", "analyst@demo-north.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("is not offered case handling and cannot open a case", async () => {
    const nav = await page.getByRole("navigation", { name: "Menu" }).innerText();
    expect(nav).not.toContain("Record feedback");
    expect(nav).toContain("Query (GraphiQL)");
  });

  it("queries the figures in a self-hosted GraphiQL, signed in as themselves", async () => {
    await page.getByRole("link", { name: "Query (GraphiQL)" }).click();
    await page.locator(".graphiql-container").waitFor();
    // Run only once the editor holds the example query (the editor loads after the page).
    await expect.poll(() => page.locator(".graphiql-container").innerText(), { timeout: 30_000 }).toContain("caseCounts");
    // The answer as it comes over the wire (the editor draws its lines lazily, so its text is not a reliable read).
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("caseCounts"), { timeout: 30_000 }),
      page.getByRole("button", { name: "Execute query" }).click(),
    ]);
    const body = (await response.json()) as { data?: { caseCounts?: Array<{ key: string; count: number | null }> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.caseCounts?.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 20_000 }).toContain("{");
    // axe checks the page around the editor; the third-party editor's own widgets are excluded (see README).
    await expectAccessible(page, "graphiql", [".graphiql-container"]);
    await screenshot(page, "07-graphiql");
  });
});
