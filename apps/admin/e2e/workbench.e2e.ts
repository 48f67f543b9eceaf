import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, screenshot, signIn, submitSignIn } from "./browser";
import { act, chooseAllOutcomes, openTab } from "./case-actions";
import { type RunningGateway, startGateway } from "./gateway-process";

let gateway: RunningGateway;
let browser: Browser;
let page: Page;
let reference = "";
let caseUrl = "";

/** Whether the page is wider than the window (it would scroll sideways): WCAG 1.4.10 reflow at 320 px. */
async function scrollsSideways(p: Page): Promise<boolean> {
  return p.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

async function at320(p: Page, where: string): Promise<void> {
  const before = p.viewportSize();
  await p.setViewportSize({ width: 320, height: 800 });
  const wide = await p.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest(".app-table-scroll"))
      .slice(0, 5)
      .map((el) => `${el.tagName}.${el.className}`),
  );
  expect(await scrollsSideways(p), `${where} scrolls sideways at 320 px: ${wide.join(", ")}`).toBe(false);
  await screenshot(p, `workbench-320-${where}`);
  if (before) await p.setViewportSize(before);
}

describe("the complaints officer's workbench, in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = await newPage(browser);
    await signIn(page, gateway.url, "demo-north", "officer@demo-north.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("records a complaint about a named child, with the child's date of birth as a GOV.UK date input", async () => {
    await page.getByRole("link", { name: "Record feedback" }).click();
    await page.getByRole("heading", { name: "Record feedback" }).waitFor();
    expect(await page.title()).toMatch(/^Record feedback – /);
    await page.getByRole("group", { name: "Was it made by a child or young person?" }).getByLabel("No").check();
    await page.getByLabel("How was it made?").selectOption({ label: "Email" });
    await page.getByLabel("What is the complaint about?").selectOption({ label: "No response to calls or emails" });
    await page.getByLabel("What does the feedback say?").fill("Our son's social worker has not returned calls for a month.");
    await page.getByLabel("Child's full name").fill("Jordan Smithson");
    const dob = page.getByRole("group", { name: "Child's date of birth" });
    await dob.getByLabel("Day").fill("31");
    await dob.getByLabel("Month").fill("2");
    await dob.getByLabel("Year").fill("2014");
    await page.getByRole("button", { name: "Continue" }).click();
    expect(await page.locator(".govuk-error-summary").innerText()).toContain("must be a real date");
    expect(await page.title()).toMatch(/^Error: Record feedback/);
    await expectAccessible(page, "record feedback, date of birth refused");
    await dob.getByLabel("Day").fill("27");
    await dob.getByLabel("Month").fill("3");
    const received = page.getByRole("group", { name: "Date received" });
    await received.getByLabel("Day").fill("2");
    await received.getByLabel("Month").fill("12");
    await received.getByLabel("Year").fill("2026");
    await screenshot(page, "workbench-01-record-with-child");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Check your answers before recording the feedback" }).waitFor();
    const answers = await page.locator(".govuk-summary-list").innerText();
    expect(answers).toContain("Communication: No response to calls or emails");
    expect(answers).toContain("2 December 2026");
    expect(answers).toContain("Jordan Smithson, born 27 March 2014");
    expect(await page.title()).toMatch(/^Check your answers – /);
    await expectAccessible(page, "check your answers");
    await screenshot(page, "workbench-01b-check-answers");
    await page.getByRole("button", { name: "Record feedback" }).click();
    const panel = page.locator(".govuk-panel--confirmation");
    await panel.waitFor();
    reference = ((await panel.innerText()).match(/\d{4}-\d{4}/) ?? [""])[0];
    expect(reference).not.toBe("");
    await expectAccessible(page, "feedback recorded");
    await screenshot(page, "workbench-01c-recorded");
    await page.getByRole("link", { name: `Go to case ${reference}` }).click();
    await page.getByRole("heading", { name: `Case ${reference}` }).waitFor();
    caseUrl = page.url();
    expect(await page.title()).toBe(`Case ${reference} – Children's social care complaints`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    const points = page.getByRole("table", { name: "Points of complaint and outcomes" });
    expect(await points.innerText()).toContain("COMMS-NORESP");
  });

  it("finds the case by the child's surname, with the search kept in the URL and numbered pages", async () => {
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { name: "Cases", level: 1 }).waitFor();
    expect(await page.locator("#show").inputValue()).toBe("");
    await expectAccessible(page, "cases");
    await page.getByRole("searchbox", { name: "Search" }).fill("smithson");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => page.getByRole("status").innerText()).toBe("1 case");
    expect(page.url()).toContain("q=smithson");
    await page.getByRole("link", { name: reference }).waitFor();
    await screenshot(page, "workbench-02-found-by-child");
    await expectAccessible(page, "cases, found");
    await at320(page, "cases");
    await page.reload();
    await page.getByRole("link", { name: reference }).waitFor();
    expect(await page.getByRole("searchbox", { name: "Search" }).inputValue()).toBe("smithson");
  });

  it("shows finished cases only when asked, and pages with numbers", async () => {
    await page.goto(`${gateway.url}/cases?show=all`);
    const status = page.getByRole("status");
    await expect.poll(() => status.innerText()).toMatch(/cases/);
    const all = Number((await status.innerText()).match(/^(\d+)/)?.[1]);
    await page.goto(`${gateway.url}/cases`);
    await expect.poll(() => status.innerText()).toMatch(/case/);
    const open = Number((await status.innerText()).match(/^(\d+)/)?.[1]);
    expect(open).toBeLessThanOrEqual(all);
    if (all > 25) {
      await page.goto(`${gateway.url}/cases?show=all`);
      const pages = page.getByRole("navigation", { name: "Pages of cases" });
      await pages.getByRole("link", { name: "Page 2" }).click();
      await expect.poll(() => status.innerText()).toContain("page 2 of");
      expect(await pages.getByRole("link", { name: "Page 2" }).getAttribute("aria-current")).toBe("page");
      await expectAccessible(page, "cases, page 2");
      await screenshot(page, "workbench-03-page-2");
    }
  });

  it("filters by status and stage, offered in words, the URL holding the gateway's enum values", async () => {
    await page.goto(`${gateway.url}/cases`);
    const statusChoice = page.locator("#status");
    await statusChoice.waitFor();
    expect(await statusChoice.locator("option").allInnerTexts()).toEqual(expect.arrayContaining(["Awaiting escalation", "Not considered"]));
    expect(await page.locator("#stage option").allInnerTexts()).toEqual(["Any", "Stage 1", "Stage 2", "Stage 3"]);
    await statusChoice.selectOption({ label: "Closed" });
    await page.locator("#stage").selectOption({ label: "Stage 1" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => page.url()).toContain("status=CLOSED");
    expect(page.url()).toContain("stage=STAGE_1");
    await expect.poll(() => page.getByRole("status").innerText()).toMatch(/^\d+ cases?/);
    // The filtered answer replaces the unfiltered list when it arrives: wait for it rather than read the old rows.
    const rows = page.locator("table").first().locator("tbody tr");
    const column = async (n: number) => [...new Set(await rows.locator(`td:nth-of-type(${n})`).allInnerTexts())];
    // The stage column: the stage, and the status under it.
    await expect.poll(() => column(2)).toEqual(["Stage 1\nClosed"]);
    expect(await rows.count()).toBeGreaterThan(0);
    await screenshot(page, "workbench-02b-closed-at-stage-1");
  });

  it("adds a note and logs a call on the case, each confirmed by a focused success banner", async () => {
    await page.goto(`${gateway.url}/cases?q=Smithson`);
    await page.getByRole("link", { name: reference }).click();
    await page.getByRole("heading", { name: `Case ${reference}` }).waitFor();
    await openTab(page, "Notes");
    expect(page.url()).toMatch(/#notes$/);
    await page.getByRole("heading", { name: "Notes" }).waitFor();
    await page.getByRole("button", { name: "Add note" }).click();
    expect(await page.locator("form[aria-label='Add a note'] .govuk-error-summary").innerText()).toContain("Enter the note");
    await page.getByRole("textbox", { name: "Add a note" }).fill("Spoke to the team manager; a visit is booked.");
    await page.getByRole("button", { name: "Add note" }).click();
    const noted = page.getByRole("alert").filter({ hasText: "Note added" });
    await noted.waitFor();
    expect(await noted.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByText("Spoke to the team manager; a visit is booked.").waitFor();

    // The contact log is with the letters and documents, under Correspondence.
    await openTab(page, "Correspondence");
    await page.getByText("Log a call, email, letter, meeting or visit").click();
    const form = page.getByRole("form", { name: "Log a contact" });
    await form.getByRole("group", { name: "How was the contact made?" }).getByLabel("Call").check();
    await form.getByRole("group", { name: "Which way did it go?" }).getByLabel("To us (they called or wrote)").check();
    const on = form.getByRole("group", { name: "When was it?" });
    await on.getByLabel("Day").fill("1");
    await on.getByLabel("Month").fill("12");
    await on.getByLabel("Year").fill("2026");
    await form.getByLabel("Time (optional)").fill("9:15");
    await form.getByLabel("Who was it with?").fill("The complainant (mother)");
    await form.getByLabel("What was said or done?").fill("Asked when the response is due.");
    await screenshot(page, "workbench-04-log-a-call");
    await form.getByRole("button", { name: "Log contact" }).click();
    const logged = page.getByRole("alert").filter({ hasText: "Call logged" });
    await logged.waitFor();
    expect(await logged.evaluate((el) => el === document.activeElement)).toBe(true);
    const log = page.getByRole("list", { name: "Contacts, most recent first" });
    expect(await log.innerText()).toContain("Call, to us (they called or wrote): 1 December 2026, 09:15");
    expect(await log.innerText()).toContain("Asked when the response is due.");
    await expectAccessible(page, "case with a note and a call");
    await screenshot(page, "workbench-05-case-notes-contacts");
    await at320(page, "case");
  });

  it("attaches a PDF, refuses a file that is not what it says, and downloads the PDF again", async () => {
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    const form = page.getByRole("form", { name: "Attach a document" });
    await form.getByLabel("Attach a document").setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("just text") });
    await form.getByRole("button", { name: "Attach document" }).click();
    await expect
      .poll(() => form.locator(".govuk-error-message").innerText())
      .toContain("is not a PDF, Word, Excel, image or email file by its content");
    await expectAccessible(page, "document refused");
    await form.getByLabel("Attach a document").setInputFiles({ name: "Response letter.pdf", mimeType: "application/pdf", buffer: pdf });
    await form.getByRole("button", { name: "Attach document" }).click();
    await page.getByRole("alert").filter({ hasText: "Response letter.pdf attached" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Response letter.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("Response letter.pdf");
    const saved = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(pdf)).toBe(true);
    await screenshot(page, "workbench-05b-document");
  });

  it("reads the story and changes the channel through its Change link, back to a focused success banner", async () => {
    await openTab(page, "People");
    const story = page.getByRole("region", { name: "What they said" });
    expect(await story.innerText()).toContain("Our son's social worker has not returned calls for a month.");
    expect(await page.getByText("Jordan Smithson, born 27 March 2014").count()).toBe(1);
    expect(await page.locator("dt", { hasText: /^Address$/ }).count()).toBe(0);
    await openTab(page, "Summary");
    await page.getByRole("link", { name: "Change the channel" }).click();
    await page.getByRole("heading", { name: "How was it made?" }).waitFor();
    expect(await page.title()).toMatch(/^How was it made\? – /);
    await expectAccessible(page, "change the channel");
    await page.getByLabel("How it was made").selectOption({ label: "Phone" });
    await screenshot(page, "workbench-06-change-channel");
    await page.getByRole("button", { name: "Save change" }).click();
    const banner = page.getByRole("alert").filter({ hasText: "changed" });
    await banner.waitFor();
    expect(await banner.evaluate((el) => el === document.activeElement)).toBe(true);
    const channelRow = page.locator(".govuk-summary-list__row", { has: page.locator("dt", { hasText: /^Channel$/ }) });
    expect(await channelRow.innerText()).toContain("Phone");
    // Back on the tab the changed field is on.
    expect(page.url()).toMatch(/#summary$/);
    expect(await page.getByRole("tab", { name: "Summary" }).getAttribute("aria-selected")).toBe("true");
    await expectAccessible(page, "case after a change");
  });

  it("an auditor reads the change in the audit trail, filtered by the case", async () => {
    const auditorPage = await newPage(browser);
    await signIn(auditorPage, gateway.url, "demo-north", "auditor@demo-north.example");
    expect(await auditorPage.getByRole("link", { name: "Record feedback" }).count()).toBe(0);
    await auditorPage.getByRole("link", { name: "Audit trail" }).click();
    await auditorPage.getByRole("heading", { name: "Audit trail" }).waitFor();
    await auditorPage.getByLabel("Case reference").fill(reference);
    await auditorPage.getByLabel("Action").fill("updateCaseDetails");
    await auditorPage.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => auditorPage.getByRole("status").innerText()).toBe("1 record");
    const table = auditorPage.getByRole("region", { name: "Audit records, scrolls sideways" });
    expect(await table.innerText()).toContain("Channel: Email → Phone");
    expect(await auditorPage.getByRole("link", { name: "Audit trail" }).getAttribute("aria-current")).toBe("page");
    await expectAccessible(auditorPage, "audit trail");
    await screenshot(auditorPage, "workbench-07-audit-trail");
    await at320(auditorPage, "audit-trail");
    await auditorPage.close();
  });

  it("records the Stage 1 response with the council's own outcome word, and the case page shows it", async () => {
    await page.goto(caseUrl);
    await page.getByRole("heading", { name: `Case ${reference}` }).waitFor();
    await act(page, "Acknowledge");
    await page.getByRole("button", { name: "Record the Stage 1 response", exact: true }).click();
    const outcomes = page.getByRole("group", { name: "Outcome for each point of complaint" });
    await outcomes.getByText("Your council's outcomes in force on the date of the response").waitFor();
    const select = outcomes.locator("select[id^=outcome-]").first();
    const offered = await select.locator("option").allInnerTexts();
    expect(offered).toEqual(expect.arrayContaining(["Partly upheld", "Not upheld", "Withdrawn"]));
    expect(offered).not.toContain("Partially upheld");
    await page.getByRole("button", { name: "Save" }).click();
    expect(await page.locator("form .govuk-error-summary").innerText()).toContain("Choose an outcome for every point of complaint");
    await expectAccessible(page, "stage 1 response, no outcome chosen");
    await chooseAllOutcomes(page, "Partly upheld");
    await screenshot(page, "workbench-08-council-outcome");
    await expectAccessible(page, "stage 1 response with the council's outcomes");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Save" }).waitFor({ state: "detached" });
    const points = page.getByRole("table", { name: "Points of complaint and outcomes" });
    await expect.poll(() => points.innerText()).toContain("Stage 1: Partly upheld (partially upheld)");
    await openTab(page, "Timeline");
    expect(await page.locator(".app-timeline").innerText()).toContain("Point 1: Partly upheld");
    await expectAccessible(page, "case with the council's outcome");
    await screenshot(page, "workbench-09-case-council-outcome");
  });

  it("keeps a case link through sign-in, and shows the phase banner and the footer's pages to anyone", async () => {
    const fresh = await newPage(browser);
    await fresh.goto(`${gateway.url}/accessibility`);
    await fresh.getByRole("heading", { name: "Accessibility statement" }).waitFor();
    expect(await fresh.locator(".govuk-phase-banner").innerText()).toContain("Beta");
    const footer = fresh.locator("footer");
    for (const name of ["Privacy", "Cookies", "Accessibility statement", "Contact"]) await footer.getByRole("link", { name }).waitFor();
    expect(await footer.innerText()).toContain("You are not signed in.");
    await expectAccessible(fresh, "accessibility statement, signed out");
    await fresh.goto(caseUrl);
    await submitSignIn(fresh, "demo-north", "officer@demo-north.example", DEMO_PASSWORD);
    await fresh.getByRole("heading", { name: `Case ${reference}` }).waitFor();
    expect(fresh.url()).toBe(caseUrl);
    await fresh.close();
  });

  it("an analyst is told plainly that the case list is not for their role, with no filters beside a refusal", async () => {
    const analyst = await newPage(browser);
    await signIn(analyst, gateway.url, "demo-north", "analyst@demo-north.example");
    expect(await analyst.locator("nav[aria-label=Menu]").innerText()).not.toMatch(/Cases|Audit trail|Record feedback/);
    await analyst.goto(`${gateway.url}/cases`);
    await analyst.getByRole("heading", { name: "You cannot use this page" }).waitFor();
    expect(await analyst.getByRole("button", { name: "Apply filters" }).count()).toBe(0);
    await expectAccessible(analyst, "cases, refused to an analyst");
    await analyst.close();
  });
});
