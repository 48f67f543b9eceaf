import type { Browser, Page } from "playwright-core";
import { DEMO_PASSWORD, newPage, signInAs } from "./browser";

// The steps the browser tests of issue 12 share: the platform administrator adds a council that is not among the
// five (made up by the test) and invites its administrator, who then signs in with the initial password.

interface MadeUpCouncil {
  id: string;
  name: string;
  onsCode: string;
}

interface CouncilAdministrator {
  name: string;
  email: string;
  password: string;
}

export async function signInAsPlatformAdministrator(page: Page, baseUrl: string): Promise<void> {
  await signInAs(page, baseUrl, "", "platform-admin@csc.example", DEMO_PASSWORD);
}

/** On the "Add a council" page: fills in the council and adds it, then waits for the invitation page. */
export async function addCouncil(page: Page, council: MadeUpCouncil): Promise<void> {
  await page.getByLabel("ONS code").fill(council.onsCode);
  await page.getByLabel("Name", { exact: true }).fill(council.name);
  await page.getByLabel("Short name").fill(council.id);
  await page.getByRole("button", { name: "Add council" }).click();
  await page.getByRole("heading", { level: 1, name: "Invite the council's administrator" }).waitFor();
}

/** On the invitation page: invites a new administrator with an initial password and waits for the confirmation. */
export async function inviteAdministrator(page: Page, admin: CouncilAdministrator): Promise<void> {
  await page.getByLabel("Name", { exact: true }).fill(admin.name);
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel(/Initial password/).fill(admin.password);
  await page.getByRole("button", { name: "Invite administrator" }).click();
  await page.getByText(`${admin.name} is the council's administrator`).waitFor();
}

/** The whole first step, as the platform administrator: adds the council and invites its administrator. */
export async function onboardCouncil(browser: Browser, baseUrl: string, council: MadeUpCouncil, admin: CouncilAdministrator): Promise<void> {
  const page = await newPage(browser);
  await signInAsPlatformAdministrator(page, baseUrl);
  await page.goto(`${baseUrl}/councils/new`);
  await addCouncil(page, council);
  await inviteAdministrator(page, admin);
  await page.context().close();
}

/** Signs the council's administrator in, in a fresh context. */
export async function signInAsAdministrator(
  browser: Browser,
  baseUrl: string,
  council: MadeUpCouncil,
  admin: CouncilAdministrator,
  timeout?: number,
): Promise<Page> {
  const page = await newPage(browser, timeout);
  await signInAs(page, baseUrl, council.id, admin.email, admin.password);
  return page;
}
