import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, gatewayRequest, startGateway } from "./gateway-process";

/**
 * Issue 15: the admin's dates default to the gateway's today (Query.today), not the browser's clock, so on a
 * gateway with a fixed CSC_TODAY the record-feedback form starts at that day; and a connection's GOV.UK
 * pagination goes past page 1 and back, its cursor in the URL. axe on every state.
 */
const TODAY = "2026-03-31";
const TEAMS = 55; // more than the 50 rows a page of the teams page shows
let gateway: RunningGateway;
let browser: Browser;
let page: Page;

function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  return gatewayRequest<T>(gateway.url, query, variables, token);
}

describe("the gateway's today and pages of a connection, in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway("none", { today: TODAY });
    const { signIn: session } = await gql<{ signIn: { token: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { councilId: "demo-north", email: "admin@demo-north.example", password: DEMO_PASSWORD },
    });
    const { serviceAreas } = await gql<{ serviceAreas: Array<{ code: string }> }>(`{ serviceAreas { code } }`, {}, session.token);
    const serviceAreaCode = serviceAreas[0]?.code ?? "";
    for (let i = 1; i <= TEAMS; i++) {
      await gql(
        `mutation($input: AddTeamInput!) { addTeam(input: $input) { id } }`,
        { input: { code: `PAGE${String(i).padStart(2, "0")}`, name: `Paging team ${i}`, serviceAreaCode, validFrom: TODAY } },
        session.token,
      );
    }
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "Pacific/Kiritimati" })).newPage();
    page.setDefaultTimeout(20_000);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("defaults the date received to the gateway's today, whatever the browser's clock and time zone say", async () => {
    await signIn(page, gateway.url, "demo-north", "officer@demo-north.example");
    await page.goto(`${gateway.url}/cases/new`);
    const received = page.getByRole("group", { name: "Date received", exact: true });
    await received.waitFor();
    expect(await received.getByLabel("Day").inputValue()).toBe("31");
    expect(await received.getByLabel("Month").inputValue()).toBe("3");
    expect(await received.getByLabel("Year").inputValue()).toBe("2026");
    await expectAccessible(page, "record feedback, dated the gateway's today");
    await screenshot(page, "today-record-feedback");
    await page.screenshot({ path: "/tmp/today-record-feedback.png", fullPage: true });
  }, 120_000);

  it("goes to the next page of the teams and back, the cursor in the URL", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, gateway.url, "demo-north", "admin@demo-north.example");
    await page.goto(`${gateway.url}/settings/teams`);
    const pages = page.getByRole("navigation", { name: "Pages of the teams" });
    const rows = page.locator("main table tbody tr");
    await pages.waitFor();
    const first = await rows.first().innerText();
    await expect(pages.getByRole("link", { name: /Previous/ }).count()).resolves.toBe(0);
    await expectAccessible(page, "teams, page 1");

    await pages.getByRole("link", { name: /Next/ }).click();
    await page.waitForURL(/[?&]after=/);
    await expect.poll(() => rows.first().innerText()).not.toBe(first);
    await expectAccessible(page, "teams, page 2");
    await screenshot(page, "teams-page-2");
    await page.screenshot({ path: "/tmp/teams-page-2.png", fullPage: true });

    await pages.getByRole("link", { name: /Previous/ }).click();
    await page.waitForURL(/[?&]before=/);
    await expect.poll(() => rows.first().innerText()).toBe(first);
    await expect(pages.getByRole("link", { name: /Previous/ }).count()).resolves.toBe(0);
    await expectAccessible(page, "teams, back on page 1");
  }, 120_000);
});
