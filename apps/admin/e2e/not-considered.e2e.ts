import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, SCREENSHOTS, expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { fillDate } from "./date-input";
import { type RunningGateway, gatewayRequest, startGateway } from "./gateway-process";

/**
 * Issue 8 item 4 in the browser: "Do not consider further" opens full width with its heading focused, offers each
 * ground with its law and the council's own grounds, decides in part for some points (SI 2006/1738 reg 8) and asks
 * for what a ground requires (Children Act 1989 s.26(3)(e): the child's views and who decided). axe on every state.
 */
const TODAY = "2026-12-04";
let gateway: RunningGateway;
let browser: Browser;
let page: Page;
let caseId = "";
let reference = "";

function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  return gatewayRequest<T>(gateway.url, query, variables, token);
}

async function token(email: string): Promise<string> {
  const { signIn: session } = await gql<{ signIn: { token: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
    input: { councilId: "demo-north", email, password: DEMO_PASSWORD },
  });
  return session.token;
}

async function shoot(p: Page, name: string): Promise<void> {
  await screenshot(p, `not-considered-${name}`);
  copyFileSync(join(SCREENSHOTS, `not-considered-${name}.png`), `/tmp/not-considered-${name}.png`);
}

describe("not considered, by the ground's law, in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway("none", { today: TODAY });
    // The council's administrator adds a ground of its own policy to its "Reasons not considered".
    await gql(
      `mutation($input: PublishVocabularyVersionInput!) { publishVocabularyVersion(input: $input) { version } }`,
      {
        input: {
          kind: "NOT_CONSIDERED_REASON",
          effectiveFrom: TODAY,
          entries: [
            {
              code: "UNREASONABLE",
              label: "Unreasonably persistent complainant",
              canonical: "other",
              policy: "Unreasonable Behaviour Policy, paragraph 4",
            },
          ],
        },
      },
      await token("admin@demo-north.example"),
    );
    const recorded = await gql<{ recordFeedback: { id: string; reference: string } }>(
      `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id reference } }`,
      {
        input: {
          kind: "COMPLAINT",
          procedure: "CHILDRENS_STATUTORY",
          receivedOn: TODAY,
          channel: "EMAIL",
          complainantRelationship: "PARENT",
          madeByChild: false,
          summary: "Contact was stopped and nobody explained why.",
          points: [
            { summary: "Nobody explained the decision", reasonTheme: "COMMUNICATION" },
            { summary: "The decision to stop contact", reasonTheme: "CONTACT_ARRANGEMENTS" },
          ],
        },
      },
      await token("officer@demo-north.example"),
    );
    caseId = recorded.recordFeedback.id;
    reference = recorded.recordFeedback.reference;
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, gateway.url, "demo-north", "officer@demo-north.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("opens full width with its heading focused, each ground with its law and the council's own ground", async () => {
    await page.goto(`${gateway.url}/cases/${caseId}`);
    await page.getByRole("heading", { name: `Case ${reference}` }).waitFor();
    await page.getByRole("button", { name: "Do not consider further", exact: true }).click();
    const section = page.locator("section#case-action");
    await section.getByRole("heading", { name: "Do not consider further" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Do not consider further");
    // The form is not in the side column: it is as wide as the page's two-thirds column.
    const width = (await section.locator("form").boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThan(600);
    const grounds = page.getByRole("group", { name: "On what ground?" });
    await grounds.getByLabel("Unreasonably persistent complainant").waitFor();
    expect(await grounds.innerText()).toContain("Unreasonable Behaviour Policy, paragraph 4 (your council's policy)");
    expect(await grounds.innerText()).toContain("SI 2006/1738 reg 8");
    expect(await grounds.innerText()).toContain("Children Act 1989 s.26(3)(e)");
    expect(await grounds.innerText()).not.toMatch(/insufficient evidence/i);
    await expectAccessible(page, "the Do not consider further form");
    await shoot(page, "1-form-1280");
    await page.setViewportSize({ width: 320, height: 900 });
    await shoot(page, "1-form-320");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("asks for the child's views and who decided on s.26(3)(e)", async () => {
    await page
      .getByRole("group", { name: "On what ground?" })
      .getByLabel("The person making it has no sufficient interest in the child's welfare")
      .check();
    await page.getByRole("button", { name: "Save" }).click();
    const summary = page.locator("form .govuk-error-summary");
    await summary.waitFor();
    expect(await summary.innerText()).toContain("Enter the child's views");
    expect(await summary.innerText()).toContain("Enter who decided, for the council");
    await expectAccessible(page, "s.26(3)(e) without the child's views");
    await shoot(page, "2-s26-errors");
  });

  it("leaves out one point for court proceedings; the case goes on and shows the decision with its law", async () => {
    await page.getByRole("group", { name: "On what ground?" }).getByLabel("Considering it would prejudice court proceedings").check();
    await page.getByRole("group", { name: "Does the decision cover the whole complaint?" }).getByLabel("No, only some points of complaint").check();
    await page
      .getByRole("group", { name: "Which points of complaint are not considered?" })
      .getByLabel(/^Point 2:/)
      .check();
    // The gateway's today is TODAY, whatever the browser's clock says: a decision dated the day after is refused at its date field.
    await fillDate(page, "Date of the decision", "2026-12-05");
    await page.getByRole("button", { name: "Save" }).click();
    const summary = page.locator("form .govuk-error-summary");
    await expect.poll(() => summary.innerText()).toContain("which is after today (2026-12-04)");
    expect(await summary.locator("a").first().getAttribute("href")).toMatch(/^#nc-on/);
    await fillDate(page, "Date of the decision", TODAY);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Save" }).waitFor({ state: "detached" });
    const decisions = page.getByRole("table", { name: "Decisions not to consider" });
    await decisions.waitFor();
    expect(await decisions.innerText()).toContain("SI 2006/1738 reg 8");
    expect(await decisions.innerText()).toContain("Point 2 (the others go on)");
    expect(await page.locator("main .govuk-tag").first().innerText()).toMatch(/In stage/i);
    await expectAccessible(page, "case with a decision in part");
    await shoot(page, "3-decided-in-part");
  });

  it("answers Stage 1 for the point still considered only", async () => {
    await page.getByRole("button", { name: "Record the Stage 1 response", exact: true }).click();
    const selects = page.locator("select[id^=outcome-]");
    await selects.first().waitFor();
    expect(await selects.count()).toBe(1);
    expect(await page.getByLabel(/^Point 1:/).count()).toBe(1);
    await selects.first().selectOption({ label: "Upheld" });
    await fillDate(page, "Date", TODAY);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Save", exact: true }).waitFor({ state: "detached" });
    const points = page.getByRole("table", { name: "Points of complaint and outcomes" });
    await expect.poll(() => points.innerText()).toMatch(/Stage 1: Upheld/);
    await expectAccessible(page, "case answered for the point still considered");
  });
});
