import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";
import { act, chooseAllOutcomes, openTab } from "./case-actions";

let gateway: RunningGateway;
let browser: Browser;
let page: Page;
let caseUrl = "";

async function clockState(p: Page, label: RegExp): Promise<string> {
  const row = p.locator("table tr", { hasText: label }).first();
  return (await row.innerText()).replace(/\s+/g, " ");
}

describe("a complaint from a child, through every stage, in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("signs in and shows the officer's home page", async () => {
    await page.goto(`${gateway.url}/`);
    await expectAccessible(page, "sign in");
    await screenshot(page, "01-sign-in");
    await page.click("button[type=submit]");
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Enter your email address");
    await expectAccessible(page, "sign in with errors");
    await signIn(page, gateway.url, "demo-north", "officer@demo-north.example");
    await page
      .getByRole("table", { name: /Due this week and overdue/ })
      .or(page.getByRole("heading", { name: "Due this week and overdue" }))
      .waitFor();
    await expectAccessible(page, "home");
    await screenshot(page, "02-home");
  });

  it("records a complaint made by a child and asks about advocacy", async () => {
    await page.getByRole("link", { name: "Record feedback" }).click();
    await page.getByRole("heading", { name: "Record feedback" }).waitFor();
    await page.getByRole("group", { name: "Was it made by a child or young person?" }).getByLabel("Yes").check();
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = await page.locator(".govuk-error-summary").innerText();
    expect(summary).toContain("Select whether advocacy was offered");
    expect(summary).toContain("Enter what the feedback says");
    await expectAccessible(page, "record feedback with errors");
    await page.getByRole("group", { name: "Was the child or young person offered an advocate?" }).getByLabel("Yes").check();
    await page.getByRole("group", { name: "Did they take up advocacy?" }).getByLabel("Yes").check();
    await page.getByLabel("How was it made?").selectOption({ label: "Online form" });
    await page.getByLabel("Who made it?").selectOption({ label: "Child or young person" });
    await page.getByLabel("What is the complaint about?").selectOption({ label: "Communication (general)" });
    await page.getByLabel("What does the feedback say?").fill("My social worker keeps cancelling our visits.");
    await screenshot(page, "03-record-feedback");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Record feedback" }).click();
    await page.getByRole("heading", { name: "Feedback recorded" }).waitFor();
    await page.getByRole("link", { name: /^Go to case / }).click();
    await page.getByRole("heading", { name: /^Case / }).waitFor();
    caseUrl = page.url();
    expect(caseUrl).toMatch(/\/cases\/[^/]+$/);
    expect(await page.locator(".govuk-summary-list").first().innerText()).toContain("Offered, taken up");
  });

  it("lists the new case on the home page once, by the clock due this week", async () => {
    const reference = (await page.getByRole("heading", { name: /^Case / }).innerText()).replace(/^Case /, "");
    await page.goto(`${gateway.url}/`);
    const row = page
      .getByRole("table", { name: /Due this week and overdue/ })
      .getByRole("row")
      .filter({ hasText: reference });
    // Its acknowledgement is due within the week; its Stage 1 response (10 working days) is not, so it is not a second row.
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/Acknowledgement/);
    await page.goto(caseUrl);
    await page.getByRole("heading", { name: /^Case / }).waitFor();
  });

  it("acknowledges, responds at Stage 1 and the clocks move", async () => {
    expect(await clockState(page, /Stage 1 response/)).toMatch(/working days left/);
    await act(page, "Acknowledge");
    await act(page, "Record the Stage 1 response", async (p) => chooseAllOutcomes(p, "Not upheld"));
    await expect.poll(() => clockState(page, /Stage 1 response/)).toContain("Met");
    await expect.poll(() => clockState(page, /Request for Stage 2/)).toMatch(/working days left/);
    await expectAccessible(page, "case page");
    await screenshot(page, "04-case-after-stage-1");
  });

  it("escalates and takes the complaint through Stage 2", async () => {
    await act(page, "Record a request for Stage 2");
    await act(page, "Agree the statement of complaint");
    await expect.poll(() => clockState(page, /Stage 2 adjudication/)).toMatch(/25 working days left|working days left/);
    await act(page, "Appoint Investigating Officer or Independent Person", async (p) => {
      await p.getByLabel("Role").selectOption({ label: "Investigating Officer" });
      await p.getByLabel("Name", { exact: true }).fill("Investigating Officer A");
    });
    await act(page, "Appoint Investigating Officer or Independent Person", async (p) => {
      await p.getByLabel("Role").selectOption({ label: "Independent Person" });
      await p.getByLabel("Name", { exact: true }).fill("Independent Person B");
    });
    await act(page, "Record the adjudication", async (p) => chooseAllOutcomes(p, "Partly upheld"));
    await expect.poll(() => clockState(page, /Stage 2 adjudication/)).toContain("Met");
  });

  it("takes it to a review panel and records the council's response", async () => {
    // Asking for Stage 3 is the review panel request (SI 2006/1738 reg 18): the panel clock starts from it.
    await act(page, "Record a review panel request");
    await expect.poll(() => clockState(page, /panel/i)).toMatch(/working days left/);
    await act(page, "Record the panel meeting");
    await act(page, "Record the panel's report", async (p) => {
      await p.getByLabel("Recommendations, one per line").fill("Agree a visiting schedule with the young person");
    });
    await act(page, "Record the council's response to the panel", async (p) => {
      await p.getByLabel("Independent Person the council decided with").fill("Independent Person B");
      await p
        .getByRole("group", { name: /^Recommendation 1:/ })
        .getByLabel("Accepted", { exact: true })
        .check();
      await p.getByLabel("Reason for the decision on recommendation 1").fill("Visits are planned with every young person.");
      await chooseAllOutcomes(p, "Upheld");
    });
    await openTab(page, "Timeline");
    const timeline = await page.locator(".app-timeline").innerText();
    for (const step of [
      "Received",
      "Acknowledged",
      "Response sent",
      "Escalation requested",
      "Statement agreed",
      "Adjudication sent",
      "Panel held",
      "Panel reported",
      "Council responded",
    ]) {
      expect(timeline).toContain(step);
    }
    await screenshot(page, "05-case-after-review-panel");
  });

  it("allocates the case, adds a point and logs learning from it", async () => {
    await act(page, "Allocate", async (p) => {
      await p.getByLabel("Officer").selectOption({ label: "Me" });
    });
    await expect.poll(() => page.locator(".govuk-summary-list").first().innerText()).toMatch(/Officer\s+(?!Not allocated)/);
    await act(page, "Add a point of complaint", async (p) => {
      await p.getByLabel("What it is about").selectOption({ label: "Delay (general)" });
      await p.getByLabel("The point in the complainant's words").fill("Visits were cancelled at short notice.");
    });
    await expect.poll(() => page.getByRole("table", { name: /Points of complaint/ }).innerText()).toContain("Point 2");
    await openTab(page, "Learning");
    await page.getByLabel("Log a learning action").fill("Agree visit plans with every young person in care");
    await page.getByRole("button", { name: "Log learning action" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Agree visit plans with every young person in care");
    await page
      .getByRole("button", { name: /Mark done/ })
      .first()
      .click();
    await expect.poll(() => page.locator("main").innerText()).toMatch(/Done \d/);
    await expectAccessible(page, "case page with learning");
    const here = page.url();
    await page.goto(`${gateway.url}/?whose=mine`);
    await page
      .getByRole("table", { name: /Due this week and overdue/ })
      .or(page.getByRole("heading", { name: "Due this week and overdue" }))
      .waitFor();
    expect(await page.getByLabel("Show").inputValue()).toBe("mine");
    await expectAccessible(page, "home, my cases");
    await page.goto(here);
  });

  it("lists the case among the council's cases with the filters kept in the URL", async () => {
    await page.goto(`${gateway.url}/cases?madeByChild=true&sort=RECEIVED_NEWEST`);
    await page.getByRole("table", { name: /Cases matching/ }).waitFor();
    expect(await page.getByLabel("Made by a child").inputValue()).toBe("true");
    expect(await page.locator("table").first().innerText()).toMatch(/Complaint/);
    await expectAccessible(page, "cases");
    await screenshot(page, "06-cases");
  });

  it("an officer of another council cannot open this case by its URL", async () => {
    const other = await (await browser.newContext()).newPage();
    other.setDefaultTimeout(15_000);
    await signIn(other, gateway.url, "demo-south", "officer@demo-south.example");
    await other.goto(caseUrl);
    await other.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await other.locator("main").innerText()).not.toContain("My social worker");
    await other.close();
  });
});
