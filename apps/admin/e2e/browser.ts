import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page, chromium } from "playwright-core";
import { expect } from "vitest";

/** Debian's Chromium, never a downloaded browser (../shared/docs/stack-notes.md). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export const SCREENSHOTS = resolve(import.meta.dirname, "../screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** axe at WCAG 2.2 AA (and the A/AA rules of 2.0 and 2.1 it includes): zero violations allowed. */
export async function expectAccessible(page: Page, where: string, exclude: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `accessibility violations on ${where}`).toEqual([]);
}

export const DEMO_PASSWORD = "demo-password-2026";

/** A fresh browser context (no session) at a desktop size, with the test's default wait. */
export async function newPage(browser: Browser, timeout = 15_000): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.setDefaultTimeout(timeout);
  return page;
}

/** Fills in and sends the sign-in form the page shows; the platform administrator gives no council (""). */
export async function submitSignIn(page: Page, councilId: string, email: string, password: string): Promise<void> {
  const council = page.locator("#councilId:visible");
  await council.waitFor();
  if ((await council.evaluate((el) => el.tagName)) === "SELECT") await council.selectOption(councilId);
  else await council.fill(councilId);
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.click("button[type=submit]");
}

/** Signs in on the app's sign-in page with a password and waits until signed in. */
export async function signInAs(page: Page, baseUrl: string, councilId: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await submitSignIn(page, councilId, email, password);
  await page
    .getByRole("button", { name: "Sign out" })
    .or(page.getByRole("link", { name: "Sign out" }))
    .waitFor();
}

/** Signs a demo council's user in with the demo password. */
export async function signIn(page: Page, baseUrl: string, councilId: string, email: string): Promise<void> {
  await signInAs(page, baseUrl, councilId, email, DEMO_PASSWORD);
}
