import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";

// Issue 9 (the session in an HttpOnly cookie, password reset) and issue 10 item 7 (one session across the tabs
// of the browser, with sign out everywhere).

let gateway: RunningGateway;
let browser: Browser;
let context: BrowserContext;
let first: Page;
let second: Page;

const signOutControl = (p: Page) => p.getByRole("button", { name: "Sign out", exact: true });
const signInHeading = (p: Page) => p.getByRole("heading", { level: 1, name: "Sign in" });

describe("one session across the tabs, and a forgotten password", () => {
  beforeAll(async () => {
    gateway = await startGateway("none");
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    first = await context.newPage();
    first.setDefaultTimeout(15_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("signs in once: a second tab of the same browser is signed in already, and no token is in the page's reach", async () => {
    await signIn(first, gateway.url, "demo-north", "officer@demo-north.example");
    second = await context.newPage();
    second.setDefaultTimeout(15_000);
    await second.goto(`${gateway.url}/cases`);
    await signOutControl(second).waitFor();
    await second.getByRole("heading", { level: 1, name: /Cases/ }).waitFor();
    expect(await signInHeading(second).count()).toBe(0);
    const reach = await second.evaluate(() => ({
      session: JSON.stringify({ ...sessionStorage }),
      local: JSON.stringify({ ...localStorage }),
      cookie: document.cookie,
    }));
    expect(reach).toEqual({ session: "{}", local: "{}", cookie: "" });
    const cookies = await context.cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite, path: c.path }))).toEqual([
      { name: "csc-session", httpOnly: true, sameSite: "Strict", path: "/" },
    ]);
    await expectAccessible(second, "cases in a second tab");
  });

  it("signs out everywhere from the account page: the other tab goes to sign-in with a message", async () => {
    await second.getByRole("link", { name: "Your account" }).click();
    await second.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    expect(await second.locator("main").innerText()).toContain("officer@demo-north.example");
    await expectAccessible(second, "your account");
    await screenshot(second, "sessions-account");
    await second.getByRole("button", { name: "Sign out everywhere" }).click();
    await signInHeading(second).waitFor();
    expect(await second.locator(".govuk-notification-banner").innerText()).toContain("You have signed out.");
    await signInHeading(first).waitFor();
    expect(await first.locator(".govuk-notification-banner").innerText()).toContain("You signed out in another tab");
    await expectAccessible(first, "sign-in after signing out in another tab");
    await screenshot(first, "sessions-signed-out-elsewhere");
    expect(await context.cookies()).toEqual([]);
    await first.reload();
    await signInHeading(first).waitFor();
  });

  it("a session ended elsewhere takes the tab to sign-in at its next request", async () => {
    await signIn(first, gateway.url, "demo-north", "officer@demo-north.example");
    // Another browser of the same person signs out everywhere (here: the API with the same account's token).
    const other = await browser.newContext();
    const elsewhere = await other.newPage();
    await signIn(elsewhere, gateway.url, "demo-north", "officer@demo-north.example");
    await elsewhere.getByRole("link", { name: "Your account" }).click();
    await elsewhere.getByRole("button", { name: "Sign out everywhere" }).click();
    await signInHeading(elsewhere).waitFor();
    await other.close();
    await first.getByRole("link", { name: "Cases" }).first().click();
    await signInHeading(first).waitFor();
    expect(await first.locator(".govuk-notification-banner").innerText()).toContain("Your session has ended");
    await expectAccessible(first, "sign-in after the session ended");
  });

  it("'Forgotten your password?' asks for the address and answers the same for any address", async () => {
    await first.getByRole("link", { name: "Forgotten your password?" }).click();
    await first.getByRole("heading", { level: 1, name: "Reset your password" }).waitFor();
    await expectAccessible(first, "forgotten password");
    await first.getByRole("button", { name: "Send the link" }).click();
    await first.locator(".govuk-error-summary").waitFor();
    expect(await first.title()).toMatch(/^Error: /);
    await expectAccessible(first, "forgotten password with an error");
    await first.fill("#email", "nobody@nowhere.example");
    await first.getByRole("button", { name: "Send the link" }).click();
    await first.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
    expect(await first.locator("main").innerText()).toContain("If nobody@nowhere.example is the address of an account");
    await expectAccessible(first, "check your email");
    await screenshot(first, "sessions-check-your-email");
  });

  it("the reset page refuses a link that is not valid, and says so when the link is incomplete", async () => {
    await first.goto(`${gateway.url}/reset-password#not-a-real-token`);
    await first.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
    await expectAccessible(first, "choose a new password");
    await first.fill("#newPassword", "four random words here");
    await first.fill("#confirmPassword", "four random words there");
    await first.getByRole("button", { name: "Change password" }).click();
    await first.getByText("The passwords do not match").first().waitFor();
    await first.fill("#confirmPassword", "four random words here");
    await first.getByRole("button", { name: "Change password" }).click();
    await first.getByText("This link is not valid, has expired or has already been used").first().waitFor();
    await expectAccessible(first, "reset link refused");
    await screenshot(first, "sessions-reset-refused");
    await first.goto(`${gateway.url}/reset-password`);
    await first.getByRole("heading", { level: 1, name: "This reset link is not complete" }).waitFor();
    await expectAccessible(first, "reset link incomplete");
  });

  it("signing in in one tab signs in the other tab that shows the sign-in page", async () => {
    await first.goto(`${gateway.url}/`);
    await signInHeading(first).waitFor();
    await second.goto(`${gateway.url}/`);
    await signInHeading(second).waitFor();
    await signIn(first, gateway.url, "demo-north", "manager@demo-north.example");
    await signOutControl(second).waitFor();
    expect(await second.locator("footer").innerText()).toContain("manager@demo-north.example");
  });
});
