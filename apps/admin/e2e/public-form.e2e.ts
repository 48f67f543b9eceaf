import { copyFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCREENSHOTS, expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { openTab } from "./case-actions";
import { type RunningGateway, startGateway } from "./gateway-process";

// Issue 14 item 3: the public front door, no sign-in. A young person sends a complaint through the version of the
// form written for them (with the offer of an advocate, Children Act 1989 s.26A), sees the reference, and an
// officer of that council finds the case by it.

let gateway: RunningGateway;
let browser: Browser;
let page: Page;
let reference = "";

/** Saves the page for the report and a copy in /tmp for a person to look at. */
async function shoot(p: Page, name: string): Promise<void> {
  await screenshot(p, `public-form-${name}`);
  copyFileSync(resolve(SCREENSHOTS, `public-form-${name}.png`), `/tmp/frontdoor-${name}.png`);
}

describe("the public form, for children and young people, in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1024, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("shows the general form without signing in, with a link to the children's version", async () => {
    await page.goto(`${gateway.url}/demo-north/feedback`);
    await page.getByRole("heading", { name: "Send a complaint, compliment or comment", level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "Sign out" }).count()).toBe(0);
    await expectAccessible(page, "public form (general)");
    await shoot(page, "01-general");
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = page.locator(".govuk-error-summary");
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Select whether it is a complaint, a compliment or a comment");
    await expectAccessible(page, "public form (general), errors");
    await shoot(page, "01-general-errors");
    await page.getByRole("link", { name: "A simpler form for children and young people" }).click();
    await page.getByRole("heading", { name: "Tell us what you think", level: 1 }).waitFor();
  });

  it("refuses an empty form with an error summary naming each question, and accessibly", async () => {
    const opened = Date.now();
    await expectAccessible(page, "public form (young people)");
    await shoot(page, "02-young-people");
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = page.locator(".govuk-error-summary");
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Choose what you want to tell us");
    expect(await summary.innerText()).toContain("Choose who you are");
    expect(await summary.innerText()).toContain("Tell us in your own words");
    await expect.poll(() => page.title()).toMatch(/^Error: Tell us what you think/);
    await expectAccessible(page, "public form (young people), errors");
    await shoot(page, "03-young-people-errors");
    // Children mostly use phones: at 320 px nothing scrolls sideways (WCAG 1.4.10 reflow).
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    await shoot(page, "03-young-people-errors-320");
    await page.setViewportSize({ width: 1024, height: 900 });

    await page.getByRole("group", { name: "What do you want to tell us?" }).getByLabel("Something is wrong").check();
    await page.getByRole("group", { name: "Who are you?" }).getByLabel("I am a child or young person").check();
    await page.getByLabel("What is wrong?").fill("My social worker keeps changing and nobody tells me who it is.");
    await page.getByLabel("What would make it better?").fill("To know who my social worker is.");
    await page.getByLabel("Your name").fill("Robin Fairweather");
    await page.getByLabel("Your email address").fill("robin.at.example");
    await page.getByRole("button", { name: "Continue" }).click();
    // The advocate is offered to a child (s.26A) and must be answered; the email must be an email.
    expect(await summary.innerText()).toContain("Choose yes if you would like an advocate");
    expect(await summary.innerText()).toContain("Enter an email address in the correct format");
    await expectAccessible(page, "public form (young people), advocate and email refused");
    await shoot(page, "04-young-people-advocate-error");
    const advocate = page.getByRole("group", { name: "Would you like an advocate to help you?" });
    expect(await advocate.innerText()).toContain("someone who is on your side");
    await advocate.getByLabel("Yes").check();
    await page.getByLabel("Your email address").fill("robin@example.org");
    // A person takes at least a few seconds over a form; the gateway refuses anything sent sooner.
    await page.waitForTimeout(Math.max(0, 3500 - (Date.now() - opened)));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Check what you told us", level: 1 }).waitFor();
    expect(await page.locator(".govuk-summary-list").innerText()).toContain("Would you like an advocate to help you?");
    await expectAccessible(page, "public form (young people), check answers");
    await shoot(page, "05-young-people-check");
  });

  it("sends it and shows the reference, and nothing else about the case", async () => {
    await page.getByRole("button", { name: "Send it" }).click();
    await page.getByRole("heading", { name: "Thank you, we got it", level: 1 }).waitFor();
    // Focus moves to the confirmation, so a screen reader hears it first.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Thank you, we got it");
    reference = (await page.getByTestId("reference").innerText()).trim();
    expect(reference).toMatch(/^\d{4}-\d{4}$/);
    expect(await page.locator("main").innerText()).not.toContain("My social worker keeps changing");
    await expectAccessible(page, "public form (young people), confirmation");
    await shoot(page, "06-young-people-sent");
  });

  it("the officer of that council finds the case by its reference: a web-form complaint from a child who asked for an advocate", async () => {
    await signIn(page, gateway.url, "demo-north", "officer@demo-north.example");
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { name: "Cases", level: 1 }).waitFor();
    await page.getByRole("searchbox", { name: "Search" }).fill(reference);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => page.getByRole("status").innerText()).toBe("1 case");
    await page.getByRole("link", { name: reference }).click();
    await page.getByRole("heading", { name: new RegExp(reference), level: 1 }).waitFor();
    expect(await page.locator("main").innerText()).toMatch(/web form/i);
    // What the young person wrote is personal data, under People: it loads after the case's facts (an audited read).
    await openTab(page, "People");
    await page.getByText("My social worker keeps changing", { exact: false }).first().waitFor();
    // What would make it better is the case's outcome sought, as an officer records it.
    expect(await page.locator("main").innerText()).toMatch(/Outcome sought\s+To know who my social worker is\./);
    await shoot(page, "07-officer-finds-case");
    await openTab(page, "Timeline");
    expect(await page.locator("main").innerText()).toMatch(/Received\s+\d{1,2} \w+ \d{4} · Public/);
  });
});
