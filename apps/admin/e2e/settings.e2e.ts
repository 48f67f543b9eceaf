import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { fillDate } from "./date-input";
import { type RunningGateway, gatewayRequest, startGateway } from "./gateway-process";

let gateway: RunningGateway;
let browser: Browser;
let page: Page;

/**
 * The gateway's "today" for this file (CSC_TODAY), not the wall clock: every date the test enters (a closure day
 * on 29 December 2026, a rename from 4 January 2027, a version from the next 1 April) stays in its future.
 */
const TODAY = "2026-06-30";

/** The next 1 April after TODAY: a new version may not take effect in the past. */
function nextFirstOfApril(): string {
  const [year, month] = TODAY.split("-").map(Number) as [number, number];
  return `${month >= 4 ? year + 1 : year}-04-01`;
}

async function open(p: Page, path: string, heading: string | RegExp): Promise<void> {
  await p.goto(`${gateway.url}${path}`);
  await p.getByRole("heading", { level: 1, name: heading }).waitFor();
}

/** Whether the page's error summary comes before its heading, where GOV.UK puts it, not mid-page above a form. */
async function summaryIsAboveTheHeading(p: Page): Promise<boolean> {
  return p.evaluate(() => {
    const summary = document.querySelector(".govuk-error-summary");
    const heading = document.querySelector("main h1");
    return !!summary && !!heading && (summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
}

describe("council settings in the browser, as the council administrator", () => {
  beforeAll(async () => {
    gateway = await startGateway("hartlepool", { today: TODAY });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, gateway.url, "demo-north", "admin@demo-north.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("lists the settings as a task list", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Council settings" }).waitFor();
    expect(await page.locator(".govuk-task-list__item").count()).toBe(18);
    for (const task of [
      "Letters",
      "Notifications and retention",
      "Context figures",
      "API keys for analysts",
      "Report layout",
      "Identity provider",
      "Import mapping",
      "Import cases",
    ])
      await page.getByRole("link", { name: task, exact: true }).waitFor();
    await expectAccessible(page, "settings");
    await screenshot(page, "settings-01-index");
  });

  it("shows the reason taxonomy as a tree with its canonical mapping", async () => {
    await page.getByRole("link", { name: "Reason taxonomy" }).click();
    const tree = page.getByRole("table", { name: /Version 1: reason taxonomy/ });
    await tree.waitFor();
    const communication = tree.getByRole("rowheader", { name: /^Communication: +No response to calls or emails$/ });
    await communication.waitFor();
    expect((await tree.getByRole("row", { name: /No response to calls or emails/ }).innerText()).replace(/\s+/g, " ")).toContain(
      "COMMS-NORESP Communication",
    );
    await expectAccessible(page, "reason taxonomy");
    await screenshot(page, "settings-02-taxonomy");
  });

  it("creates a new taxonomy version with an edited label, effective from a date, and lists it", async () => {
    await page.getByRole("link", { name: "Create a new version" }).click();
    await page.getByRole("heading", { name: /Create a new version/ }).waitFor();
    await page.getByRole("button", { name: "Publish version" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Enter the date the version takes effect");
    await expectAccessible(page, "new taxonomy version with errors");
    const from = nextFirstOfApril();
    await fillDate(page, "In force from", from);
    const delay = page.locator("input[id$=-label]").and(page.locator('[value="Delay"]'));
    await delay.fill("Delay in responding");
    await screenshot(page, "settings-03-new-version");
    await page.getByRole("button", { name: "Publish version" }).click();
    await page.getByText("Version 2 was published").waitFor();
    const versions = page.getByRole("table", { name: "Versions" });
    expect((await versions.getByRole("row", { name: /Version 2/ }).innerText()).replace(/\s+/g, " ")).toContain("Scheduled");
    expect((await versions.getByRole("row", { name: /Version 1/ }).innerText()).replace(/\s+/g, " ")).toContain("In force");
    await page
      .getByRole("table", { name: /Version 2: reason taxonomy/ })
      .getByRole("rowheader", { name: "Delay in responding" })
      .waitFor();
    await expectAccessible(page, "taxonomy after publishing");
    await screenshot(page, "settings-04-taxonomy-version-2");
  });

  it("shows outcome labels, channels, complainant types, reasons not considered and LGSCO wording with a new-version form for each", async () => {
    const pages = [
      ["outcomes", "Outcome labels"],
      ["channels", "Channels"],
      ["complainant-types", "Complainant types"],
      ["not-considered-reasons", "Reasons not considered"],
      ["lgsco-decisions", "LGSCO decision wording"],
    ] as const;
    for (const [slug, title] of pages) {
      await open(page, `/settings/${slug}`, title);
      await page.getByRole("table", { name: /Version 1/ }).waitFor();
      await expectAccessible(page, title);
      await screenshot(page, `settings-05-${slug}`);
      await open(page, `/settings/${slug}/new-version`, /Create a new version/);
      await expectAccessible(page, `${title}: new version`);
    }
    // Ten page states, each with axe: about 30 s on a quiet machine, near the 60 s default on a loaded 2-core one.
  }, 150_000);

  it("asks a council's own ground for not considering a complaint for the local policy that gives it", async () => {
    await open(page, "/settings/not-considered-reasons/new-version", /Create a new version/);
    await page.getByRole("button", { name: "Add a reason" }).click();
    const added = page.locator("fieldset.app-settings-entry").last();
    await added.getByLabel("Label").fill("Unreasonably persistent complainant");
    await added.getByLabel("Code").fill("UNREASONABLE");
    await added.getByLabel("Counts as").selectOption("other");
    await page.getByRole("button", { name: "Publish version" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Enter the local policy that gives reason");
    await expectAccessible(page, "reasons not considered: a council's own ground without its policy");
    await added.getByLabel("Local policy that gives this ground").fill("Unreasonable Behaviour Policy, paragraph 4");
    await screenshot(page, "settings-05b-own-ground-policy");
  });

  it("renames a team and shows its history", async () => {
    await open(page, "/settings/teams", "Teams and service areas");
    await expectAccessible(page, "teams");
    await page.getByRole("link", { name: "Rename Child Protection Team" }).click();
    await page.getByRole("heading", { name: "Rename Child Protection Team" }).waitFor();
    await page.getByRole("button", { name: "Rename team" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Enter the team's new name");
    await expectAccessible(page, "rename team with errors");
    await page.getByLabel("New name", { exact: true }).fill("Safeguarding Team");
    await fillDate(page, "New name takes effect on", "2027-01-04");
    await page.getByRole("button", { name: "Rename team" }).click();
    await page.getByText("The team is now called Safeguarding Team").waitFor();
    const row = page.getByRole("row", { name: /Safeguarding Team/ });
    const text = (await row.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("From 4 January 2027");
    expect(text).toContain("Child Protection Team, 1 April 2018 to 3 January 2027");
    expect((await page.getByRole("row", { name: /Children's Assessment/ }).innerText()).replace(/\s+/g, " ")).toContain(
      "Referral and Assessment, 1 April 2018 to 31 March 2023",
    );
    await expectAccessible(page, "teams after rename");
    await screenshot(page, "settings-06-teams");
  });

  it("adds a team to a service area", async () => {
    await page.getByRole("link", { name: "Add a team" }).click();
    await page.getByRole("heading", { name: "Add a team" }).waitFor();
    await page.getByRole("button", { name: "Add team" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("Choose the service area");
    await expectAccessible(page, "add team with errors");
    // Keyboard only: the error summary takes focus; its first link moves focus to the field it names.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("name");
    await page.keyboard.type("Edge of Care");
    await page.keyboard.press("Tab");
    await page.keyboard.type("EDGE");
    await page.getByLabel("Service area").selectOption({ label: "Children in care" });
    const startsOn = await fillDate(page, "Starts on", "2027-01-04");
    await startsOn.getByLabel("Year").press("Enter");
    await page.getByText("Edge of Care was added.").waitFor();
    expect((await page.getByRole("row", { name: /Edge of Care/ }).innerText()).replace(/\s+/g, " ")).toContain(
      "Children in care From 4 January 2027",
    );
  });

  it("shows users and roles, and closure days and targets, accessibly", async () => {
    await open(page, "/settings/users", "Users and roles");
    await page.getByRole("cell", { name: "officer@demo-north.example" }).waitFor();
    await expectAccessible(page, "users");
    await screenshot(page, "settings-07-users");
    await page.getByRole("link", { name: /Change roles of Complaints Officer/ }).click();
    await page.getByRole("button", { name: "Save roles" }).waitFor();
    await expectAccessible(page, "change roles");
    await open(page, "/settings/calendar", "Closure days and targets");
    await page.getByLabel("Stage 1", { exact: false }).first().waitFor();
    await page.getByLabel("Acknowledgement target (working days)").fill("2");
    await page.getByRole("button", { name: "Save targets" }).click();
    await page.getByText("The local targets were saved.").waitFor();
    await page.locator("#target-STAGE_1").fill("25");
    await page.getByRole("button", { name: "Save targets" }).click();
    await expect
      .poll(() => page.locator(".govuk-error-summary").innerText())
      .toContain("above the statutory maximum of 20 working days (SI 2006/1738 reg 14)");
    expect(await summaryIsAboveTheHeading(page)).toBe(true);
    await expectAccessible(page, "targets refused");
    await page.locator("#target-STAGE_1").fill("");
    await fillDate(page, "Date", "2026-12-29");
    await page.getByLabel("What is it for?").fill("Christmas closure");
    await page.getByRole("button", { name: "Add closure day" }).click();
    await page.getByRole("rowheader", { name: "29 December 2026" }).waitFor();
    // The success takes the place of the refusal: one outcome at a time, the banner focused.
    const added = page.getByRole("alert").filter({ hasText: "The closure day was added." });
    await added.waitFor();
    expect(await added.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator(".govuk-error-summary").count()).toBe(0);
    await expectAccessible(page, "closure days and targets");
    await screenshot(page, "settings-08-calendar");
  });

  it("shows each user's reminder e-mails and turns one off, accessibly", async () => {
    await open(page, "/settings/notifications", "Notifications and retention");
    await page.getByText("3 working days (local policy (platform default))").waitFor();
    const row = page.getByRole("row", { name: /Complaints Officer/ });
    await row.getByRole("button", { name: /Turn off due soon/ }).click();
    await row.getByRole("button", { name: /Turn on due soon/ }).waitFor();
    expect(await row.innerText()).toMatch(/Off/);
    await expectAccessible(page, "notifications");
    await screenshot(page, "settings-09-notifications");
  });

  it("changes the warning period, the digest and how long personal data is kept; a refused value names its field", async () => {
    await page.getByLabel("Warning before a case is due (working days)").fill("five");
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page
      .locator(".govuk-error-summary")
      .getByRole("link", { name: /whole number of working days/ })
      .waitFor();
    await expectAccessible(page, "reminder settings with an error");
    await page.getByLabel("Warning before a case is due (working days)").fill("5");
    await page
      .getByRole("group", { name: /daily digest/ })
      .getByLabel("No")
      .check();
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByText("The reminder settings were saved.").waitFor();
    await page.getByText(/^5 working days/).waitFor();
    await expect.poll(() => page.locator(".govuk-summary-list__row", { hasText: "daily digest" }).innerText()).toContain("Not sent");

    await page.getByLabel("Years after closure").fill("0");
    await page.getByRole("button", { name: "Save retention policy" }).click();
    // One error summary, at the top of the page above its heading (GOV.UK), focused; the error beside its field too.
    const refused = page.locator(".govuk-error-summary");
    await refused.waitFor();
    expect(await refused.count()).toBe(1);
    expect(await refused.getByRole("link").first().getAttribute("href")).toBe("#retention-years");
    expect(await summaryIsAboveTheHeading(page)).toBe(true);
    expect(await refused.evaluate((el) => el === document.activeElement)).toBe(true);
    const message = await refused.getByRole("link").first().innerText();
    expect(await page.locator("form[aria-label='Retention policy'] .govuk-error-message").innerText()).toContain(message);
    await page.getByLabel("Years after closure").fill("7");
    await page.getByLabel(/looked-after child's records until they are/).fill("25");
    await page.getByRole("button", { name: "Save retention policy" }).click();
    await page.getByText("The retention policy was saved.").waitFor();
    await page.getByText(/^7 years; a looked-after child's records until they are 25/).waitFor();
    await expectAccessible(page, "notifications after saving");
    await screenshot(page, "settings-10-policies");
  });

  it("pages the users' reminder e-mails by name, the cursor in the URL", async () => {
    const { signIn: session } = await gatewayRequest<{ signIn: { token: string } }>(
      gateway.url,
      `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
      { input: { councilId: "demo-north", email: "admin@demo-north.example", password: DEMO_PASSWORD } },
    );
    // 50 more users, named to sort last: more than one page of 50 whatever the council had.
    for (let i = 1; i <= 50; i += 1) {
      const n = String(i).padStart(2, "0");
      await gatewayRequest(
        gateway.url,
        `mutation($input: CreateCouncilUserInput!) { createCouncilUser(input: $input) { id } }`,
        { input: { email: `zz-reminders-${n}@demo-north.example`, displayName: `Zz Reminders ${n}`, roles: ["ANALYST"] } },
        session.token,
      );
    }
    await open(page, "/settings/notifications", "Notifications and retention");
    const pages = page.getByRole("navigation", { name: "Pages of the users' reminder e-mails" });
    const rows = page.locator("main table tbody tr");
    await pages.waitFor();
    expect(await rows.count()).toBe(50);
    const first = await rows.first().innerText();
    expect(await pages.getByRole("link", { name: /Previous/ }).count()).toBe(0);

    await pages.getByRole("link", { name: /Next/ }).click();
    await page.waitForURL(/[?&]after=/);
    await expect.poll(() => rows.last().innerText()).toContain("Zz Reminders 50");
    await expectAccessible(page, "notifications, page 2");
    await screenshot(page, "settings-11-notifications-page-2");

    await pages.getByRole("link", { name: /Previous/ }).click();
    await page.waitForURL(/[?&]before=/);
    await expect.poll(() => rows.first().innerText()).toBe(first);
    expect(await pages.getByRole("link", { name: /Previous/ }).count()).toBe(0);
  });
});
