import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { childrensStatutoryProcedure } from "@csc/rules";
import { describe, expect, it } from "vitest";
import { checkWording } from "./check-wording";
import { DEFAULT_WORDING } from "./defaults";
import { LETTER_KINDS } from "./kinds";
import { mergeLetter } from "./merge";
import { SAMPLE_VALUES } from "./merge-fields";
import { renderLetterDocx } from "./render-letter-docx";
import { renderLetterHtml, renderLetterPdf } from "./render-letter-pdf";
import { statutoryBlocks } from "./statutory-blocks";

const facts = { madeByChild: true, madeForChild: true, notConsideredReason: null, stage1DueOn: "15 June 2026" };
const heading = { councilName: "Example Council", title: "Acknowledgement letter", date: "3 June 2026", reference: "CSC-2026-0001" };

describe("letter wording", () => {
  it("every default wording passes its own check", () => {
    for (const kind of LETTER_KINDS) expect(checkWording(kind, DEFAULT_WORDING[kind]), kind).toEqual([]);
  });

  it("names an unknown merge field", () => {
    const problems = checkWording("compliment_thanks", { subject: "Hello {{case.secret}}", body: "Dear {{recipient.nmae}}" });
    expect(problems).toEqual([
      { field: "subject", message: expect.stringMatching(/^unknown merge field \{\{case.secret\}\}; the fields are \{\{council.name\}\}/) },
      { field: "body", message: expect.stringMatching(/^unknown merge field \{\{recipient.nmae\}\};/) },
    ]);
  });

  it("refuses a wording that drops or hides a statutory block", () => {
    const dropped = checkWording("acknowledgement", { subject: "x", body: "Dear {{recipient.name}}\n\n{{block.whatHappensNext}}" });
    expect(dropped).toEqual([{ field: "body", message: expect.stringContaining("{{block.advocacy}} (Children Act 1989 s.26A) must stay") }]);
    const hidden = checkWording("acknowledgement", {
      subject: "x",
      body: "{{block.whatHappensNext}}\n\n{{#child.name}}{{block.advocacy}}{{/child.name}}",
    });
    expect(hidden.map((p) => p.message)).toEqual([
      expect.stringContaining("cannot be made conditional"),
      expect.stringContaining("{{block.advocacy}}"),
    ]);
    expect(checkWording("compliment_thanks", { subject: "x", body: "{{{recipient.name}}} {{> p}}" })).toHaveLength(2);
    expect(checkWording("compliment_thanks", { subject: "x", body: "{{#recipient.name}" })[0]?.message).toMatch(/cannot read the merge fields/);
  });

  it("merges the values and the statutory blocks, taking the timescales from @csc/rules", () => {
    const letter = mergeLetter(DEFAULT_WORDING.stage1_response, SAMPLE_VALUES, facts);
    expect(letter.subject).toBe("Our response to your complaint, reference CSC-2026-0001");
    const stage2 = childrensStatutoryProcedure.stages[1]!.clocks.find((c) => c.id === "stage2_request")!;
    const right = letter.paragraphs.find((p) => p.statutorySource === stage2.source && p.text.includes("Stage 2"));
    expect(right?.text).toContain(`within ${stage2.workingDays} working days of receiving this letter`);
    expect(letter.paragraphs[0]).toEqual({ text: "Dear Alex Example", statutorySource: null });
  });

  it("offers a child an advocate in words for the child", () => {
    const child = mergeLetter(DEFAULT_WORDING.acknowledgement, SAMPLE_VALUES, facts);
    expect(child.paragraphs.map((p) => p.text).join("\n")).toContain("You have the right to an advocate");
    const adult = mergeLetter(DEFAULT_WORDING.acknowledgement, SAMPLE_VALUES, { ...facts, madeByChild: false });
    expect(adult.paragraphs.map((p) => p.text).join("\n")).not.toContain("You have the right to an advocate");
  });

  it("escapes values in HTML, never in Word", async () => {
    const values = { ...SAMPLE_VALUES, "recipient.name": "<b>Jo & Co</b>" };
    const letter = mergeLetter(DEFAULT_WORDING.compliment_thanks, values, facts);
    expect(renderLetterHtml(heading, letter)).toContain("Dear &lt;b&gt;Jo &amp; Co&lt;/b&gt;");
    const docx = await renderLetterDocx(heading, letter);
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Dear &lt;b&gt;Jo &amp; Co&lt;/b&gt;");
  });

  it("prints the acknowledgement as Word and PDF with the same words", async () => {
    const letter = mergeLetter(DEFAULT_WORDING.acknowledgement, SAMPLE_VALUES, facts);
    const docx = await renderLetterDocx(heading, letter);
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain("You have the right to an advocate");
    expect(xml).toContain("CSC-2026-0001");
    const dir = mkdtempSync(join(tmpdir(), "letter-"));
    writeFileSync(join(dir, "l.pdf"), await renderLetterPdf(heading, letter));
    const text = execFileSync("pdftotext", ["-layout", join(dir, "l.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("You have the right to an advocate");
    expect(text).toContain("Our reference: CSC-2026-0001");
    expect(text).toContain("by 15 June 2026");
  }, 60_000);
});

describe("the not-considered block", () => {
  it("names the ground in words, and for a decision in part (SI 2006/1738 reg 8) the points left out", () => {
    const block = statutoryBlocks().notConsidered;
    expect(block.paragraphs({ ...facts, notConsideredReason: "court_proceedings" })[0]).toMatch(
      /^We are not able to consider your complaint .*court proceedings.*reg 8/,
    );
    const inPart = block.paragraphs({ ...facts, notConsideredReason: "police_investigation", notConsideredPoints: ["2"] })[0];
    expect(inPart).toContain("We are not able to consider point 2 of your complaint");
    expect(inPart).toContain("We will respond to the other points of your complaint.");
  });
});
