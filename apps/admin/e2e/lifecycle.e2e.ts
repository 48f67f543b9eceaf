import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";
import { act, chooseAllOutcomes, openTab } from "./case-actions";

/**
 * Issue 8's journey: a complaint made by a child from recording to closure (Stage 1, the Stage 2 request
 * acknowledged, Stage 2, the Stage 3 request acknowledged, the review panel, the council's response with a
 * decision per recommendation, the Ombudsman's referral and decision, closed); a second complaint straight to
 * Stage 2 by agreement; a compliment received, acknowledged and closed. axe on every state of the page.
 */
let gateway: RunningGateway;
let browser: Browser;
let page: Page;

/** The buttons the case page offers now (from Case.allowedActionDetails). */
async function offered(p: Page): Promise<string[]> {
  const list = p.locator("h2:text-is('Next steps') + div > ul.govuk-list button");
  return (await list.allInnerTexts()).map((t) => t.trim());
}

const table = (p: Page, caption: string | RegExp) => p.getByRole("table", { name: caption });

async function snap(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: `/tmp/journey-${name}.png`, fullPage: true });
  await screenshot(p, `lifecycle-${name}`);
}

/** Records feedback through the form and opens the new case; returns its reference. */
async function record(p: Page, kind: "Complaint" | "Compliment", byChild: boolean, says: string): Promise<string> {
  await p.getByRole("link", { name: "Record feedback" }).click();
  await p.getByRole("heading", { name: "Record feedback" }).waitFor();
  await p.getByRole("group", { name: "What kind of feedback is it?" }).getByLabel(kind, { exact: true }).check();
  await p
    .getByRole("group", { name: "Was it made by a child or young person?" })
    .getByLabel(byChild ? "Yes" : "No")
    .check();
  if (byChild) {
    await p.getByRole("group", { name: "Was the child or young person offered an advocate?" }).getByLabel("Yes").check();
    await p.getByRole("group", { name: "Did they take up advocacy?" }).getByLabel("Yes").check();
    await p.getByLabel("Who made it?").selectOption({ label: "Child or young person" });
  }
  // The council's own channels (demo-north's words).
  await p.getByLabel("How was it made?").selectOption({ label: byChild ? "Online form" : "Email" });
  if (kind === "Complaint") await p.getByLabel("What is the complaint about?").selectOption({ label: "Communication (general)" });
  await p.getByLabel("What does the feedback say?").fill(says);
  await p.getByRole("button", { name: "Continue" }).click();
  await p.getByRole("button", { name: "Record feedback" }).click();
  const panel = p.locator(".govuk-panel--confirmation");
  await panel.waitFor();
  const reference = ((await panel.innerText()).match(/\d{4}-\d{4}/) ?? [""])[0];
  await p.getByRole("link", { name: /^Go to case / }).click();
  await p.getByRole("heading", { name: `Case ${reference}` }).waitFor();
  return reference;
}

describe("a case from first contact to closure, in the browser (issue 8)", () => {
  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, gateway.url, "demo-north", "officer@demo-north.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("records a child's complaint and takes it through Stage 1; the complainant's window shows apart from the council's clocks", async () => {
    await record(page, "Complaint", true, "My social worker keeps cancelling our visits.");
    expect(await offered(page)).toContain("Acknowledge");
    // Under the heading, whichever tab is open: the clock the case waits on first.
    expect(await page.getByTestId("next-due").innerText()).toMatch(/^Next due: Acknowledgement, \d{1,2} \w+ \d{4} \(\d+ working days? left\)$/);
    await act(page, "Acknowledge");
    await expect.poll(() => page.getByTestId("next-due").innerText()).toMatch(/^Next due: Stage 1 response, /);
    await act(page, "Record the Stage 1 response", async (p) => chooseAllOutcomes(p, "Not upheld"));
    // Answered: the council owes nothing until the complainant asks for Stage 2 (their window is not the council's clock).
    await expect.poll(() => page.getByTestId("next-due").count()).toBe(0);
    const windows = table(page, "The complainant's windows to ask for the next stage");
    await expect.poll(() => windows.innerText()).toMatch(/Request for Stage 2[\s\S]*Open: \d+ working days left to ask/);
    await windows.screenshot({ path: "/tmp/journey-01b-complainant-window.png" });
    expect(await table(page, "Timescales: Stage 1").innerText()).not.toContain("Request for Stage 2");
    expect(await table(page, "Timescales: Stage 1").innerText()).toContain("Met");
    await expectAccessible(page, "case after Stage 1");
    await snap(page, "01-after-stage-1");
  });

  it("records the Stage 2 request, acknowledges it, and takes Stage 2 to its adjudication", async () => {
    await act(page, "Record a request for Stage 2");
    expect(await offered(page)).toContain("Acknowledge the Stage 2 request");
    await snap(page, "02-stage-2-requested");
    await act(page, "Acknowledge the Stage 2 request");
    expect(await offered(page)).not.toContain("Acknowledge the Stage 2 request");
    await expect.poll(() => table(page, "The complainant's windows to ask for the next stage").innerText()).toMatch(/in time/);
    await act(page, "Agree the statement of complaint");
    await act(page, "Appoint Investigating Officer or Independent Person", async (p) => {
      await p.getByLabel("Role").selectOption({ label: "Investigating Officer" });
      await p.getByLabel("Name", { exact: true }).fill("Investigating Officer A");
    });
    await act(page, "Appoint Investigating Officer or Independent Person", async (p) => {
      await p.getByLabel("Role").selectOption({ label: "Independent Person" });
      await p.getByLabel("Name", { exact: true }).fill("Independent Person B");
    });
    expect(await offered(page)).not.toContain("Record the Stage 2 response");
    await act(page, "Record the adjudication", async (p) => chooseAllOutcomes(p, "Partly upheld"));
    await expect.poll(() => table(page, "Timescales: Stage 2").innerText()).toContain("Met");
    await expectAccessible(page, "case after Stage 2");
  });

  it("records the Stage 3 request, acknowledges it, and the panel meets and reports", async () => {
    await act(page, "Record a review panel request");
    await act(page, "Acknowledge the Stage 3 request");
    await act(page, "Record the panel meeting");
    await act(page, "Record the panel's report", async (p) => {
      await p
        .getByLabel("Recommendations, one per line")
        .fill("Agree a visiting schedule with the young person\nTrain social workers on cancelling visits");
    });
    await expect.poll(() => table(page, "Timescales: Stage 3").innerText()).toMatch(/Council's response within 15 working days/);
    await expectAccessible(page, "case with the panel's report");
  });

  it("records the council's response with a decision per recommendation and the Independent Person", async () => {
    await page.getByRole("button", { name: "Record the council's response to the panel", exact: true }).click();
    await page.getByRole("button", { name: "Save" }).click();
    const errors = page.locator("form .govuk-error-summary");
    await errors.waitFor();
    expect(await errors.innerText()).toContain("Select the council's decision on recommendation 1");
    expect(await errors.innerText()).toContain("Enter the name of the Independent Person the council decided with");
    await expectAccessible(page, "council's response with errors");
    await snap(page, "03-council-response-errors");
    await page.getByLabel("Independent Person the council decided with").fill("Independent Person B");
    const first = page.getByRole("group", { name: /^Recommendation 1:/ });
    await first.getByLabel("Accepted", { exact: true }).check();
    await page.getByLabel("Reason for the decision on recommendation 1").fill("A schedule is agreed with every young person in care.");
    const second = page.getByRole("group", { name: /^Recommendation 2:/ });
    await second.getByLabel("Partly accepted").check();
    await page
      .getByLabel("Reason for the decision on recommendation 2")
      .fill("Training is planned; cover for cancelled visits is not affordable this year.");
    await chooseAllOutcomes(page, "Upheld");
    await snap(page, "04-council-response-form");
    // The opened form at a phone's width too (issue 8: action forms not cramped).
    await page.setViewportSize({ width: 320, height: 720 });
    await snap(page, "04-council-response-form-320");
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Save" }).waitFor({ state: "detached" });
    await openTab(page, "Investigation");
    const record = page.getByRole("region", { name: "Investigation and review" });
    await expect.poll(() => record.innerText()).toMatch(/Council's response\s+\d{1,2} \w+ \d{4}/);
    expect(await record.innerText()).toContain("Decided with the Independent Person");
    expect(await record.innerText()).toContain("(accepted by the council). Reason: A schedule is agreed");
    expect(await record.innerText()).toContain("(partly accepted by the council). Reason: Training is planned");
    await expectAccessible(page, "case after the council's response");
    await snap(page, "05-after-council-response");
    await record.screenshot({ path: "/tmp/journey-05b-investigation-and-review.png" });
  });

  it("records the Ombudsman's referral and decision, then closes the case; only reopening is offered after", async () => {
    await act(page, "Record a referral to the Ombudsman");
    await act(page, "Record the Ombudsman's decision", async (p) => {
      await p.getByLabel("Decision", { exact: true }).selectOption("NOT_UPHELD");
    });
    await page.getByRole("button", { name: "Close the case", exact: true }).click();
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator("form .govuk-error-summary").innerText()).toContain("Enter why the case is closed");
    await expectAccessible(page, "close the case with errors");
    await page.getByLabel("Why the case is closed").fill("The procedure and the Ombudsman's consideration are complete.");
    await snap(page, "06-close-form");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Save" }).waitFor({ state: "detached" });
    await expect.poll(() => page.locator("main .govuk-tag").first().innerText()).toMatch(/Closed/i);
    // After closure, with the Ombudsman's decision recorded: only reopening (no further referral after a decision
    // that is not premature or incomplete).
    expect(await offered(page)).toEqual(["Reopen the case"]);
    await expectAccessible(page, "closed case");
    await snap(page, "07-closed");
    await page.locator(".govuk-grid-column-one-third").first().screenshot({ path: "/tmp/journey-07b-closed-next-steps.png" });
    await openTab(page, "Timeline");
    await expect.poll(() => page.locator(".app-timeline").innerText()).toContain("Closed");
    await openTab(page, "Investigation");
    await expect
      .poll(() => page.getByRole("region", { name: "Investigation and review" }).innerText())
      .toContain("Reason: The procedure and the Ombudsman's consideration are complete.");
    await expectAccessible(page, "closed case, its investigation and review");
  });

  it("takes a second complaint straight to Stage 2 by agreement, saying who agreed", async () => {
    await record(page, "Complaint", false, "We want an independent investigation of the placement decision.");
    await act(page, "Acknowledge");
    await page.getByRole("button", { name: "Start Stage 2 by agreement", exact: true }).click();
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.locator("form .govuk-error-summary").innerText())
      .toContain("Enter who, for the council, agreed it with the complainant");
    await expectAccessible(page, "start Stage 2 with errors");
    await page.getByLabel("Who agreed it with the complainant, for the council").fill("Complaints manager");
    await snap(page, "08-start-stage-2-form");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Save" }).waitFor({ state: "detached" });
    await expect.poll(() => page.locator("main p .govuk-tag--purple").innerText()).toBe("Stage 2");
    await act(page, "Agree the statement of complaint");
    await expect.poll(() => table(page, "Timescales: Stage 2").innerText()).toMatch(/working days left/);
    expect(await offered(page)).not.toContain("Start Stage 2 by agreement");
    await openTab(page, "Investigation");
    await expect
      .poll(() => page.getByRole("region", { name: "Investigation and review" }).innerText())
      .toContain("by agreement with the complainant, agreed by Complaints manager");
    await expectAccessible(page, "complaint at Stage 2 by agreement");
    await snap(page, "09-straight-to-stage-2");
  });

  it("receives a compliment, acknowledges it and closes it, offered nothing a complaint has; reopens it with a reason", async () => {
    await record(page, "Compliment", false, "Thank you to the fostering team for their support.");
    const first = await offered(page);
    expect(first).toContain("Acknowledge");
    for (const complaintOnly of [
      "Record the Stage 1 response",
      "Agree a Stage 1 extension",
      "Record a referral to the Ombudsman",
      "Do not consider further",
    ]) {
      expect(first).not.toContain(complaintOnly);
    }
    await expectAccessible(page, "compliment received");
    await snap(page, "10-compliment");
    await act(page, "Acknowledge");
    await act(page, "Close the case", async (p) => {
      await p.getByLabel("Why the case is closed").fill("Passed to the fostering team and their manager.");
    });
    await expect.poll(() => page.locator("main .govuk-tag").first().innerText()).toMatch(/Closed/i);
    expect(await offered(page)).toEqual(["Reopen the case"]);
    expect(await page.getByText("No points of complaint recorded.").count()).toBe(0);
    // Feedback with no stages has no investigation to show: its tab holds the closure and reopening.
    expect(await page.getByRole("tab", { name: "Investigation" }).count()).toBe(0);
    await openTab(page, "Closure");
    expect(await page.getByRole("region", { name: "Investigation and review" }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole("region", { name: "Closure and reopening" }).innerText())
      .toContain("Reason: Passed to the fostering team");
    await expectAccessible(page, "compliment closed");
    await snap(page, "11-compliment-closed");
    await act(page, "Reopen the case", async (p) => {
      await p.getByLabel("Why the case is reopened").fill("The compliment was closed before the team had seen it.");
    });
    await expect.poll(() => offered(page)).toContain("Close the case");
    await openTab(page, "Timeline");
    await expect.poll(() => page.locator(".app-timeline").innerText()).toContain("Reopened");
  });
});
