import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";

let gateway: RunningGateway;
let browser: Browser;

/** A screenshot in the e2e folder and, to look at, in /tmp as words-<name>.png. */
async function shot(p: Page, name: string): Promise<void> {
  await screenshot(p, `words-${name}`);
  await p.screenshot({ path: `/tmp/words-${name}.png`, fullPage: true });
}

/** WCAG 1.4.10 reflow: at 320 px wide the page itself never scrolls sideways (wide tables scroll in their own region). */
async function expectNoSidewaysScroll(p: Page, where: string): Promise<void> {
  await p.setViewportSize({ width: 320, height: 800 });
  const width = await p.evaluate(() => document.documentElement.scrollWidth);
  await shot(p, `320-${where}`);
  const wide = await p.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > 321 && !el.parentElement?.closest(".app-table-scroll"))
      .slice(0, 5)
      .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
  );
  expect(width, `${where} is ${width} px wide at 320 px: ${wide.join(", ")}`).toBeLessThanOrEqual(320);
}

describe("the council's own words on the record form, and reflow at 320 px", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("an officer records feedback in the council's words, through check your answers to the confirmation and the case", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, gateway.url, "demo-north", "officer@demo-north.example");
    await page.getByRole("link", { name: "Record feedback" }).click();
    await page.getByRole("heading", { name: "Record feedback" }).waitFor();
    const received = page.getByRole("group", { name: "Date received" });
    await received.getByLabel("Day").fill("1");
    await received.getByLabel("Month").fill("12");
    await received.getByLabel("Year").fill("2026");
    // The council's reasons, grouped under its categories; no free-text code box.
    const reasons = page.getByLabel("What is the complaint about?");
    await expect.poll(() => page.locator('#pointTheme optgroup[label="Staff conduct"] option').count()).toBe(2);
    expect(await page.locator("#pointTheme optgroup").count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByLabel(/reason code/i).count()).toBe(0);
    // Its channels and complainant types, in its words.
    // (Each list arrives with the council's choices in force on the date; until then the canonical values show.)
    await expect
      .poll(() => page.locator("#channel option").allInnerTexts())
      .toEqual(["Not recorded", "Telephone", "Email", "Online form", "Through an advocate"]);
    await expect.poll(() => page.locator("#complainantRelationship option").allInnerTexts()).toContain("Foster carer");
    await page.getByLabel("How was it made?").selectOption({ label: "Telephone" });
    await page.getByLabel("Who made it?").selectOption({ label: "Foster carer" });
    await page.getByRole("group", { name: "Was it made by a child or young person?" }).getByLabel("No").check();
    await reasons.selectOption({ label: "Attitude of worker" });
    await page.getByLabel("What does the feedback say?").fill("The worker was rude to us on the phone.");
    // Equality monitoring offers the answers the council offers (demo-north keeps no lists of its own: the platform's).
    const equality = page.getByRole("group", { name: "Equality monitoring (optional)" });
    await expect
      .poll(() => equality.getByLabel("Ethnic group").locator("option").allInnerTexts())
      .toEqual([
        "Not asked",
        "Asian or Asian British",
        "Black, Black British, Caribbean or African",
        "Mixed or multiple ethnic groups",
        "White",
        "Another ethnic group",
        "Prefer not to say",
      ]);
    await equality.getByLabel("Ethnic group").selectOption({ label: "White" });
    await equality.getByLabel("Age band").selectOption({ label: "25 to 64" });
    await expectAccessible(page, "record feedback in the council's words");
    await shot(page, "01-record");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Check your answers before recording the feedback" }).waitFor();
    const answers = await page.locator(".govuk-summary-list").innerText();
    expect(answers).toContain("1 December 2026");
    expect(answers).toContain("Telephone");
    expect(answers).toContain("Foster carer");
    expect(answers).toContain("Staff conduct: Attitude of worker");
    await expectAccessible(page, "check your answers, council's words");
    await shot(page, "02-check");
    await page.getByRole("button", { name: "Record feedback" }).click();
    const panel = page.locator(".govuk-panel--confirmation");
    await panel.waitFor();
    const reference = ((await panel.innerText()).match(/\d{4}-\d{4}/) ?? [""])[0];
    expect(reference).not.toBe("");
    await expectAccessible(page, "feedback recorded, council's words");
    await shot(page, "03-recorded");
    await page.getByRole("link", { name: `Go to case ${reference}` }).click();
    await page.getByRole("heading", { name: `Case ${reference}` }).waitFor();
    const points = await page.getByRole("table", { name: "Points of complaint and outcomes" }).innerText();
    expect(points).toContain("Staff conduct: Attitude of worker");
    expect(points).toContain("STAFF-ATT");
    await expectAccessible(page, "case, council's words");
    await shot(page, "04-case");
    // "Add a point of complaint" offers the same list of the council's reasons, not a free-text code box.
    await page.getByRole("button", { name: "Add a point of complaint", exact: true }).click();
    const pointReason = page.getByLabel("What it is about");
    await expect.poll(() => page.locator('#action-reasonTheme optgroup[label="Decisions"] option').count()).toBe(2);
    expect(await page.getByLabel(/reason code/i).count()).toBe(0);
    await pointReason.selectOption({ label: "Disagree with care plan" });
    await page.getByLabel("The point in the complainant's words").fill("The plan was changed without asking us.");
    await expectAccessible(page, "add a point, council's reasons");
    await shot(page, "05-add-point");
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.getByRole("table", { name: "Points of complaint and outcomes" }).innerText())
      .toContain("Decisions: Disagree with care plan (DEC-PLAN; theme: Decision making)");
  });

  it("neither the users page nor the comparison scrolls sideways at 320 px", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, gateway.url, "demo-north", "admin@demo-north.example");
    await page.goto(`${gateway.url}/settings/users`);
    await page.getByRole("table", { name: "Users of this council" }).waitFor();
    await expectNoSidewaysScroll(page, "settings-users");
    await expectAccessible(page, "users at 320 px");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${gateway.url}/compare?year=2025`);
    await page.getByRole("table", { name: "Timeliness and outcomes, Stage 1" }).waitFor();
    await expectNoSidewaysScroll(page, "compare");
    await expectAccessible(page, "compare at 320 px");
  });
});
