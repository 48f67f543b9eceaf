import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, newPage, signIn, signInAs } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";
import { addCouncil, inviteAdministrator, signInAsPlatformAdministrator } from "./new-council";

// Issue 12 item 3: a platform administrator onboards a council that is not among the five (made up for this
// test), and its new administrator signs in and sees the settings to finish the set-up. Nothing in the
// repository names this council.

const COUNCIL = { id: "fenmarsh", name: "Fenmarsh Borough Council", onsCode: "E06000991" };
const ADMIN = { name: "Robin Fen", email: "robin.fen@fenmarsh.example", password: "fenmarsh-first-sign-in-2026" };

let gateway: RunningGateway;
let browser: Browser;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/onboarding-${name}.png`, fullPage: true });
}

describe("onboarding a council in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway("none");
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("the platform administrator adds the council and gives it an administrator", async () => {
    const page = await newPage(browser);
    await signInAsPlatformAdministrator(page, gateway.url);
    await page.getByRole("link", { name: "Councils", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Councils" }).waitFor();
    await expectAccessible(page, "councils");
    await shot(page, "01-councils");

    await page.getByRole("link", { name: "Add a council" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a council" }).waitFor();
    await page.getByLabel("ONS code").fill("W06000001");
    await page.getByRole("button", { name: "Add council" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain("The ONS code must be E06, E08, E09 or E10");
    await expectAccessible(page, "add a council with errors");
    await shot(page, "02-add-council-errors");

    await addCouncil(page, COUNCIL);
    await page.getByText(`${COUNCIL.name} was added`).waitFor();
    await expectAccessible(page, "invite the administrator");
    await shot(page, "03-invite-administrator");

    await inviteAdministrator(page, ADMIN);
    await page.getByRole("heading", { level: 1, name: "Councils" }).waitFor();
    const row = page.getByRole("row", { name: new RegExp(COUNCIL.name) });
    expect((await row.innerText()).replace(/\s+/g, " ")).toContain(COUNCIL.id);
    await expectAccessible(page, "councils after onboarding");
    await shot(page, "04-councils-after");

    // A retry is refused, naming the ONS code, beside the field.
    await page.getByRole("link", { name: "Add a council" }).click();
    await page.getByLabel("ONS code").fill(COUNCIL.onsCode);
    await page.getByLabel("Name", { exact: true }).fill(COUNCIL.name);
    await page.getByLabel("Short name").fill(`${COUNCIL.id}-again`);
    await page.getByRole("button", { name: "Add council" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").innerText()).toContain(`ONS code ${COUNCIL.onsCode}`);
    await expectAccessible(page, "add a council again");
    await shot(page, "05-add-council-again");
  });

  it("the new administrator signs in and sees the settings to finish the set-up", async () => {
    const page = await newPage(browser);
    await signInAs(page, gateway.url, COUNCIL.id, ADMIN.email, ADMIN.password);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Council settings" }).waitFor();
    expect(await page.locator(".govuk-task-list__item").count()).toBeGreaterThan(5);
    await expectAccessible(page, "the new council's settings");
    await shot(page, "06-new-council-settings");

    await page.getByRole("link", { name: "Outcome labels" }).click();
    const table = page.getByRole("table", { name: /Version 1: outcome labels/i });
    await table.waitFor();
    await table.getByRole("rowheader", { name: "Upheld", exact: true }).waitFor();
    await expectAccessible(page, "the new council's outcome labels");
    await shot(page, "07-new-council-outcomes");
  });
  it("someone who already has an account accepts the invitation, then works in the new council", async () => {
    const platform = await newPage(browser);
    await signInAsPlatformAdministrator(platform, gateway.url);
    await platform.goto(`${gateway.url}/councils/new`);
    await addCouncil(platform, { id: "saltmoor", name: "Saltmoor County Council", onsCode: "E10000991" });
    await platform.getByLabel("Name", { exact: true }).fill("Borrowed Administrator");
    await platform.getByLabel("E-mail").fill("admin@demo-north.example");
    await platform.getByRole("button", { name: "Invite administrator" }).click();
    await platform.getByText("Borrowed Administrator was invited").waitFor();

    const page = await newPage(browser);
    await signIn(page, gateway.url, "demo-north", "admin@demo-north.example");
    await page.getByRole("heading", { name: "Invitations to join a council" }).waitFor();
    await expectAccessible(page, "home with an invitation");
    await shot(page, "08-invitation");
    await page.getByRole("button", { name: /Accept the invitation from Saltmoor County Council/ }).click();
    await page.getByText("You joined Saltmoor County Council").waitFor();
    await expectAccessible(page, "invitation accepted");
    await shot(page, "09-invitation-accepted");

    const there = await newPage(browser);
    await signIn(there, gateway.url, "saltmoor", "admin@demo-north.example");
    await there.getByRole("link", { name: "Settings" }).click();
    await there.getByRole("heading", { name: "Council settings" }).waitFor();
    await there.getByRole("link", { name: "Channels" }).click();
    await there.getByRole("table", { name: /Version 1: channels/i }).waitFor();
    await expectAccessible(there, "the second new council's channels");
    await shot(there, "10-second-council-channels");
  });
});
