import type { Browser, Page } from "playwright-core";
import { openTab } from "./case-actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";

/**
 * A manager follows up recommendations and learning in the tracker (filters, overdue tags, pages) and records the
 * council's self-assessment against the Complaint Handling Code, section by section, with axe on every state.
 */
let gateway: RunningGateway;
let browser: Browser;
let page: Page;
const EMAIL = "manager@hartlepool.example";
const EVIDENCE = "Our complaints policy uses the definition of a complaint in the Code word for word.";

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

let token = "";
let complimentId = "";

/** 23 recommendations on one case (two pages of 20), the first two overdue (the gateway's today is later). */
async function seedRecommendations(): Promise<void> {
  const { signIn: session } = await gql<{ signIn: { token: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
    input: { councilId: "hartlepool", email: EMAIL, password: DEMO_PASSWORD },
  });
  const { cases } = await gql<{ cases: { edges: Array<{ node: { id: string; receivedOn: string } }> } }>(
    `query { cases(first: 1, filter: { open: null, kind: COMPLAINT, receivedFrom: "2020-04-01", receivedTo: "2020-09-30" }) { edges { node { id receivedOn } } } }`,
    {},
    session.token,
  );
  token = session.token;
  const found = cases.edges[0]!.node;
  const madeOn = found.receivedOn;
  const sources = ["STAGE_2", "REVIEW_PANEL", "OMBUDSMAN"];
  for (let i = 0; i < 23; i += 1) {
    const dueOn = i < 2 ? "2021-01-15" : "2099-12-31";
    await gql(
      `mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id } }`,
      {
        input: { caseId: found.id, source: sources[i % 3], summary: `Recommendation number ${i + 1} for the service`, madeOn, dueOn },
      },
      session.token,
    );
  }
}

async function recordCompliment(): Promise<void> {
  const recorded = await gql<{ recordFeedback: { id: string } }>(
    `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id } }`,
    {
      input: { kind: "COMPLIMENT", receivedOn: "2020-10-05", madeByChild: false, summary: "A carer thanked the fostering team" },
    },
    token,
  );
  complimentId = recorded.recordFeedback.id;
}

describe("the follow-up tracker and the Complaint Handling Code self-assessment", () => {
  beforeAll(async () => {
    gateway = await startGateway("hartlepool");
    await seedRecommendations();
    await recordCompliment();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    page.setDefaultTimeout(30_000);
    await signIn(page, gateway.url, "hartlepool", EMAIL);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("lists recommendations soonest due first, overdue ones tagged, a page at a time", async () => {
    await page.getByRole("link", { name: "Learning" }).click();
    await page.getByRole("heading", { name: "Recommendations and learning" }).waitFor();
    const table = page.locator("main table");
    await table.waitFor();
    expect(await table.locator("caption").innerText()).toMatch(/^\d+ items, page 1 of 2$/);
    const firstRow = await table.locator("tbody tr").first().innerText();
    expect(firstRow).toContain("Overdue");
    expect(await table.locator("tbody tr").count()).toBe(20);
    await expectAccessible(page, "follow-up tracker");
    await screenshot(page, "follow-up-tracker");
    await page.screenshot({ path: "/tmp/follow-up-tracker.png", fullPage: true });

    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL(/page=2/);
    await table.locator("caption", { hasText: "page 2 of 2" }).waitFor();
    await expectAccessible(page, "follow-up tracker, page 2");
  }, 120_000);

  it("filters to overdue items and to one source", async () => {
    await page.getByLabel("Only overdue").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    const table = page.locator("main table");
    await table.locator("caption", { hasText: /^2 items$/ }).waitFor();
    expect(await table.locator("tbody").innerText()).not.toContain("31 December 2099");
    await expectAccessible(page, "follow-up tracker, overdue only");
    await page.getByLabel("Only overdue").uncheck();
    await page.getByLabel("From").selectOption({ label: "Ombudsman" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/source=OMBUDSMAN/);
    await table.locator("caption", { hasText: /^7 items$/ }).waitFor();
    const sources = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(new Set(sources)).toEqual(new Set(["Ombudsman"]));
    await page.getByLabel("Status").selectOption({ label: "Done" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByText("No recommendations or learning actions match these filters.").waitFor();
    await expectAccessible(page, "follow-up tracker, nothing matches");
  }, 120_000);

  it("assesses a section of the Code, with errors first, and shows it on the summary", async () => {
    await page.goto(`${gateway.url}/code?year=2020`);
    await page.getByRole("heading", { name: "Complaint Handling Code self-assessment" }).waitFor();
    await page.getByText("9. Scrutiny & oversight: continuous learning and improvement").waitFor();
    expect(await page.locator("main .govuk-summary-list").innerText()).toContain("Not assessed");
    await expectAccessible(page, "Code summary, nothing assessed");
    await page.getByRole("link", { name: "Assess Definition of a complaint" }).click();
    await page.getByRole("heading", { name: "1. Definition of a complaint" }).waitFor();
    await expectAccessible(page, "Code section form");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary").innerText()).toContain("Select whether the council complies with this section");
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page, "Code section form with errors");
    await screenshot(page, "code-section-errors");

    await page.getByLabel("Yes").check();
    await page.getByLabel("Evidence").fill(EVIDENCE);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Section 1, Definition of a complaint, saved").waitFor();
    // The summary reads the assessment again from the gateway: the saved answer shows once it has.
    await page.locator("main .govuk-summary-list", { hasText: EVIDENCE }).waitFor();
    expect(await page.locator("main .govuk-summary-list__row").first().innerText()).toMatch(/Yes/);
    await expectAccessible(page, "Code summary after saving");
    await page.screenshot({ path: "/tmp/code-summary.png", fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.getByRole("button", { name: "Web page (HTML, ready to print)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("hartlepool-complaint-handling-code-report-2020-21.html");
    const { readFileSync } = await import("node:fs");
    const html = readFileSync(await download.path(), "utf8");
    expect(html).toContain(EVIDENCE);
    expect(html).toContain("Recommendation number 1 for the service");
  }, 180_000);

  it("records a compliment's details and a recommendation on a case; the Code report prints the publishable quote", async () => {
    await page.goto(`${gateway.url}/cases/${complimentId}`);
    await page.getByRole("heading", { name: "Compliment", exact: true }).waitFor();
    await page.getByRole("button", { name: "Save compliment details" }).click();
    await page.locator("#compliment-details ~ form .govuk-error-summary, section .govuk-error-summary").first().waitFor();
    await expectAccessible(page, "compliment details with errors");
    await page.getByLabel("Who was praised").fill("Fostering team");
    await page.getByLabel("What for").fill("Support through a difficult placement");
    await page.getByLabel("Quote (optional)").fill("The team stood by us every step of the way.");
    await page.getByRole("group", { name: "May the quote be published?" }).getByLabel("Yes").check();
    await page.getByRole("button", { name: "Save compliment details" }).click();
    await page.locator("section .govuk-error-summary").waitFor({ state: "detached" });
    await openTab(page, "Learning");
    await page.getByLabel("Recommendation made by").selectOption({ label: "Review panel" });
    await page.getByLabel("What was recommended").fill("Share the carer's feedback with the fostering panel");
    await page.getByRole("button", { name: "Record recommendation" }).click();
    await page.getByText("Share the carer's feedback with the fostering panel").first().waitFor();
    await expectAccessible(page, "compliment case with details and a recommendation");
    // Mark it done: the day and the evidence are asked for first.
    await page.getByText("Update", { exact: false }).filter({ hasText: "Share the carer" }).first().click();
    const update = page.locator("details[open]");
    await update.getByLabel("Status").selectOption({ label: "Done" });
    await update.getByRole("button", { name: "Save recommendation" }).click();
    await update.locator(".govuk-error-summary").waitFor();
    await expectAccessible(page, "recommendation update with errors");
    // Done today: the recommendation was made today (the page records it on the day it is entered).
    const today = new Date();
    await update.getByLabel("Day").fill(String(today.getDate()));
    await update.getByLabel("Month").fill(String(today.getMonth() + 1));
    await update.getByLabel("Year").fill(String(today.getFullYear()));
    await update.getByLabel("Evidence of completion (when done)").fill("Shared at the fostering panel in December");
    await update.getByRole("button", { name: "Save recommendation" }).click();
    await page.locator("main li", { hasText: "Share the carer" }).locator(".govuk-tag--green", { hasText: "Done" }).waitFor();
    await expectAccessible(page, "recommendation done");
    await page.screenshot({ path: "/tmp/compliment-case.png", fullPage: true });

    await page.goto(`${gateway.url}/code?year=2020`);
    await page.getByRole("heading", { name: "Complaint Handling Code self-assessment" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.getByRole("button", { name: "CSV (all tables)" }).click(),
    ]);
    const { readFileSync } = await import("node:fs");
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv).toContain("The team stood by us every step of the way.");
    expect(csv).toContain("Support through a difficult placement");
  }, 180_000);
});
