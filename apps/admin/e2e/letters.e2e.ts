import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, SCREENSHOTS, expectAccessible, launchBrowser, screenshot, signIn } from "./browser";
import { openTab } from "./case-actions";
import { fillDate } from "./date-input";
import { type RunningGateway, gatewayRequest, startGateway } from "./gateway-process";

let gateway: RunningGateway;
let browser: Browser;
let page: Page;
let caseId = "";
let reference = "";
const CHILD = "Riley Letterchild";

/** One GraphQL request as the demo user, for setting up the case the officer writes to. */
function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  return gatewayRequest<T>(gateway.url, query, variables, token);
}

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Copies a page's screenshot to /tmp/letters-<name>.png as well, to look at. */
async function shoot(p: Page, name: string): Promise<void> {
  await screenshot(p, `letters-${name}`);
  copyFileSync(join(SCREENSHOTS, `letters-${name}.png`), `/tmp/letters-${name}.png`);
}

describe("letters, in the browser", () => {
  beforeAll(async () => {
    gateway = await startGateway("none");
    const { signIn: session } = await gql<{ signIn: { token: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { councilId: "demo-north", email: "officer@demo-north.example", password: DEMO_PASSWORD },
    });
    const recorded = await gql<{ recordFeedback: { id: string; reference: string } }>(
      `mutation($input: RecordFeedbackInput!) { recordFeedback(input: $input) { id reference } }`,
      {
        input: {
          kind: "COMPLAINT",
          procedure: "CHILDRENS_STATUTORY",
          receivedOn: "2026-11-30",
          channel: "EMAIL",
          complainantRelationship: "CHILD_OR_YOUNG_PERSON",
          madeByChild: true,
          summary: "Nobody told me my contact visit was cancelled.",
          complainant: { name: CHILD },
          points: [{ summary: "Not told about cancelled contact", reasonTheme: "COMMUNICATION" }],
        },
      },
      session.token,
    );
    caseId = recorded.recordFeedback.id;
    reference = recorded.recordFeedback.reference;
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, gateway.url, "demo-north", "officer@demo-north.example");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  }, 60_000);

  it("an officer writes the acknowledgement to a child as Word and PDF and downloads them: the advocacy offer, reference and dates are in both", async () => {
    // A link to the case's Correspondence tab opens it.
    await page.goto(`${gateway.url}/cases/${caseId}#correspondence`);
    await page.getByRole("heading", { name: `Case ${reference}` }).waitFor();
    expect(await page.getByRole("tab", { name: "Correspondence" }).getAttribute("aria-selected")).toBe("true");
    const letters = page.getByRole("region", { name: "Write a letter" });
    await letters.waitFor();
    await letters.getByRole("button", { name: "Write as Word" }).click();
    expect(await letters.locator(".govuk-error-summary").innerText()).toContain("Select the letter to write");
    await expectAccessible(page, "write a letter, none chosen");
    await shoot(page, "1-choose-refused");

    // The letters that fit a complaint at Stage 1: none of Stage 2's or the review panel's, nor a compliment's thanks.
    const choices = await letters
      .getByRole("group", { name: "Which letter?" })
      .getByRole("radio")
      .evaluateAll((els) => els.map((el) => el.closest(".govuk-radios__item")?.textContent?.trim()));
    expect(choices).toEqual(["Acknowledgement letter", "Stage 1 response letter", "Terms of resolution letter", "Complaint not considered letter"]);
    await letters.getByRole("group", { name: "Which letter?" }).getByLabel("Acknowledgement letter").check();
    await letters.getByRole("button", { name: "Preview letter" }).click();
    await letters.getByText("You have the right to an advocate").waitFor();
    expect(await letters.innerText()).toContain("Required wording: Children Act 1989 s.26A");
    await expectAccessible(page, "acknowledgement previewed");
    await shoot(page, "2-preview");

    await letters.getByRole("button", { name: "Write as Word" }).click();
    const wordName = `Acknowledgement letter ${reference} `;
    await page.getByRole("alert").filter({ hasText: "written and kept on the case" }).waitFor();
    await letters.getByRole("button", { name: "Write as PDF" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /\.pdf written and kept on the case/ })
      .waitFor();
    const documents = page.getByRole("region", { name: "Documents" });
    await expectAccessible(page, "letters written");
    await shoot(page, "3-written");

    const word = documents.getByRole("button", { name: new RegExp(`^Download ${wordName}.*\\.docx$`) });
    const [docx] = await Promise.all([page.waitForEvent("download"), word.click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const xml = await (await JSZip.loadAsync(await bytesOf(docx))).file("word/document.xml")!.async("string");
    const wordText = xml
      .replace(/<[^>]+>/g, " ")
      .replace(/&apos;/g, "'")
      .replace(/\s+/g, " ");
    for (const phrase of [
      "You have the right to an advocate",
      "Children Act 1989 s.26A",
      `Our reference: ${reference}`,
      "30 November 2026",
      `Dear ${CHILD}`,
    ]) {
      expect(wordText).toContain(phrase);
    }

    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      documents.getByRole("button", { name: new RegExp(`^Download ${wordName}.*\\.pdf$`) }).click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), "letters-e2e-"));
    writeFileSync(join(dir, "letter.pdf"), await bytesOf(pdf));
    const pdfText = execFileSync("pdftotext", [join(dir, "letter.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const phrase of ["You have the right to an advocate", `Our reference: ${reference}`, "30 November 2026", `Dear ${CHILD}`]) {
      expect(pdfText).toContain(phrase);
    }
  });

  it("records that the PDF was sent and when: refused without a date, then in the contact log", async () => {
    const sentForm = page.getByRole("form", { name: "Record that a letter was sent" });
    const pdfName = (await sentForm.getByLabel("Which letter was sent?").locator("option").allInnerTexts()).find((n) => n.endsWith(".pdf"))!;
    await sentForm.getByLabel("Which letter was sent?").selectOption({ label: pdfName });
    await sentForm.getByRole("button", { name: "Record as sent" }).click();
    expect(await sentForm.locator(".govuk-error-summary").innerText()).toContain("Enter the date the letter was sent");
    await expectAccessible(page, "letter sent, no date");
    await fillDate(sentForm, "Date sent", "2026-12-01");
    await sentForm.getByRole("button", { name: "Record as sent" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: `${pdfName} recorded as sent on 1 December 2026` })
      .waitFor();
    const log = page.getByRole("list", { name: "Contacts, most recent first" });
    expect(await log.innerText()).toContain(`Sent ${pdfName}`);
    // Its sending is also a case event with its date, on the case's timeline.
    await openTab(page, "Timeline");
    await expect.poll(() => page.locator(".app-timeline").innerText()).toMatch(/Letter sent\s+1 December 2026/);
    await expectAccessible(page, "letter recorded as sent");
    await shoot(page, "3b-sent");
  });

  it("a council administrator changes a letter's wording with a preview; dropping the advocacy offer is refused", async () => {
    await page
      .getByRole("button", { name: "Sign out" })
      .or(page.getByRole("link", { name: "Sign out" }))
      .first()
      .click();
    await signIn(page, gateway.url, "demo-north", "admin@demo-north.example");
    await page.goto(`${gateway.url}/settings`);
    await page.getByRole("link", { name: "Letters" }).click();
    await page.getByRole("heading", { name: "Letters", level: 1 }).waitFor();
    await expectAccessible(page, "letters settings");
    await shoot(page, "4-settings");
    await page.getByRole("link", { name: "Edit Acknowledgement letter" }).click();
    await page.getByRole("heading", { name: "Acknowledgement letter" }).waitFor();
    const body = page.getByLabel("Wording");
    await body.fill(
      (await body.inputValue()).replace("{{block.advocacy}}", "").replace("Thank you for your complaint", "Thank you for writing to us"),
    );
    await page.getByRole("button", { name: "Save wording" }).click();
    expect(await page.locator(".govuk-error-summary").innerText()).toContain("{{block.advocacy}} (Children Act 1989 s.26A) must stay in this letter");
    await expectAccessible(page, "letter wording refused");
    await shoot(page, "5-refused");
    await body.fill(`${await body.inputValue()}\n\n{{block.advocacy}}`);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.getByRole("heading", { name: "Preview" }).waitFor();
    expect(await page.locator(".app-letter-preview").innerText()).toContain("Thank you for writing to us");
    await expectAccessible(page, "letter wording previewed");
    // With a real case: its reference and dates, the names withheld from an administrator.
    await page.getByLabel("Preview with a case (optional)").fill(reference);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await expect.poll(() => page.locator(".app-letter-preview").innerText()).toContain("[the complainant's name]");
    const withCase = await page.locator(".app-letter-preview").innerText();
    expect(withCase).toContain("30 November 2026");
    expect(withCase).not.toContain(CHILD);
    await expectAccessible(page, "letter wording previewed with a case");
    await shoot(page, "6-edit-preview");
    await page.getByRole("button", { name: "Save wording" }).click();
    await page.getByText("Acknowledgement letter saved").waitFor();
    await expect.poll(() => page.getByRole("row", { name: /Acknowledgement letter/ }).innerText()).toContain("Version 1");
    await expectAccessible(page, "letter wording saved");
  });
});
