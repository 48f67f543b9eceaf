import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let caseId = "";
let reference = "";
let stage1DueOn = "";
const CHILD = "Jamie Youngperson";

const GENERATE = `mutation($caseId: ID!, $template: LetterKind!, $format: LetterFormat!) {
  generateLetter(caseId: $caseId, template: $template, format: $format) { id fileName mediaType sizeBytes } }`;
const SAVE = `mutation($input: SaveLetterTemplateInput!) { saveLetterTemplate(input: $input) { kind version subject body } }`;
const longDate = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

async function download(token: string, id: string): Promise<Buffer> {
  const res = await fetch(`${h.url}/documents/download?id=${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return xml
    .replace(/<w:br\/>/g, " ")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&apos;/g, "'");
}

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "letters-"));
  writeFileSync(join(dir, "letter.pdf"), bytes);
  return execFileSync("pdftotext", [join(dir, "letter.pdf"), "-"], { encoding: "utf8" });
}
const words = (text: string) => text.replace(/\s+/g, " ");

beforeAll(async () => {
  h = await startHarness();
  const officer = await h.signIn("officer", "demo-north");
  const answer = await h.gql<{ recordFeedback: { id: string; reference: string; stages: { stage: string; dueOn: string }[] } }>(
    RECORD_FEEDBACK,
    { input: complaint({ complainantRelationship: "CHILD_OR_YOUNG_PERSON", madeByChild: true, complainant: { name: CHILD } }) },
    officer,
  );
  expect(answer.errors).toBeUndefined();
  caseId = answer.data!.recordFeedback.id;
  reference = answer.data!.recordFeedback.reference;
  stage1DueOn = answer.data!.recordFeedback.stages.find((s) => s.stage === "STAGE_1")!.dueOn;
}, 120_000);
afterAll(async () => h?.stop());

describe("letters from a case", () => {
  it("offers the letters that fit the case: a complaint at Stage 1 has no Stage 2 or panel letters, nor a compliment's thanks", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const answer = await h.gql<{ case: { letters: string[] } }>(`query($id: ID!) { case(id: $id) { letters } }`, { id: caseId }, officer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.case.letters).toEqual(["ACKNOWLEDGEMENT", "STAGE_1_RESPONSE", "TERMS_OF_RESOLUTION", "NOT_CONSIDERED"]);
    // An analyst handles no cases: no letters.
    const analyst = await h.signIn("analyst", "demo-north");
    const refused = await h.gql(`query($id: ID!) { case(id: $id) { letters } }`, { id: caseId }, analyst);
    expect(refused.data).toBeNull();
  });

  it("an officer writes the acknowledgement to a child as Word and PDF; both kept on the case with the advocacy offer, reference and dates", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const docx = await h.gql<{ generateLetter: { id: string; fileName: string; mediaType: string } }>(
      GENERATE,
      { caseId, template: "ACKNOWLEDGEMENT", format: "DOCX" },
      officer,
    );
    expect(docx.errors).toBeUndefined();
    expect(docx.data!.generateLetter.fileName).toBe(`Acknowledgement letter ${reference} 2026-06-30.docx`);
    const text = words(await docxText(await download(officer, docx.data!.generateLetter.id)));
    expect(text).toContain("You have the right to an advocate");
    expect(text).toContain("Children Act 1989 s.26A");
    expect(text).toContain(`Our reference: ${reference}`);
    expect(text).toContain(`Dear ${CHILD}`);
    expect(text).toContain(`which we received on ${longDate("2026-01-05")}`);
    expect(text).toContain(`Date: ${longDate("2026-06-30")}`);
    expect(text).toContain(`within 10 working days of our receiving it, that is by ${longDate(stage1DueOn)}`);

    const pdf = await h.gql<{ generateLetter: { id: string; mediaType: string } }>(
      GENERATE,
      { caseId, template: "ACKNOWLEDGEMENT", format: "PDF" },
      officer,
    );
    expect(pdf.data!.generateLetter.mediaType).toBe("application/pdf");
    const printed = words(pdfText(await download(officer, pdf.data!.generateLetter.id)));
    for (const phrase of [
      "You have the right to an advocate",
      `Our reference: ${reference}`,
      `which we received on ${longDate("2026-01-05")}`,
      `by ${longDate(stage1DueOn)}`,
    ]) {
      expect(printed).toContain(phrase);
    }

    const listed = await h.gql<{ case: { documents: { fileName: string }[] } }>(
      `query($id: ID!) { case(id: $id) { documents { fileName } } }`,
      { id: caseId },
      officer,
    );
    expect(listed.data!.case.documents.map((d) => d.fileName).sort()).toEqual([
      `Acknowledgement letter ${reference} 2026-06-30.docx`,
      `Acknowledgement letter ${reference} 2026-06-30.pdf`,
    ]);
    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-north", caseId, action: "generateLetter" } });
    expect(audit.map((a) => (a.detail as { format: string }).format).sort()).toEqual(["docx", "pdf"]);
    expect(JSON.stringify(audit.map((a) => a.detail))).not.toContain(CHILD);
    expect(JSON.stringify(h.logs)).not.toContain(CHILD);
  }, 120_000);

  it("a council administrator's wording is checked when saved, versioned, and used for the next letter", async () => {
    const admin = await h.signIn("admin", "demo-north");
    const unknown = await h.gql(
      SAVE,
      {
        input: {
          kind: "ACKNOWLEDGEMENT",
          subject: "Ref {{case.reference}}",
          body: "Dear {{recipient.fullName}}\n\n{{block.advocacy}}\n\n{{block.whatHappensNext}}",
        },
      },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toMatch(/^input\.body: unknown merge field \{\{recipient\.fullName\}\}/);
    const removed = await h.gql(
      SAVE,
      { input: { kind: "ACKNOWLEDGEMENT", subject: "Ref", body: "Dear {{recipient.name}}\n\n{{block.whatHappensNext}}" } },
      admin,
    );
    expect(removed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(removed.errors?.[0]?.message).toContain("{{block.advocacy}} (Children Act 1989 s.26A) must stay");
    const body = "Hello {{recipient.name}}\n\nWe have your complaint {{case.reference}}.\n\n{{block.advocacy}}\n\n{{block.whatHappensNext}}";
    const saved = await h.gql<{ saveLetterTemplate: { version: number } }>(
      SAVE,
      { input: { kind: "ACKNOWLEDGEMENT", subject: "Your complaint {{case.reference}}", body } },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveLetterTemplate.version).toBe(1);
    const again = await h.gql<{ saveLetterTemplate: { version: number } }>(
      SAVE,
      { input: { kind: "ACKNOWLEDGEMENT", subject: "Your complaint {{case.reference}}", body } },
      admin,
    );
    expect(again.data!.saveLetterTemplate.version).toBe(2);

    const officer = await h.signIn("officer", "demo-north");
    expect((await h.gql(SAVE, { input: { kind: "ACKNOWLEDGEMENT", subject: "x", body } }, officer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const preview = await h.gql<{
      previewLetter: { subject: string; templateVersion: number; paragraphs: { text: string; statutorySource: string | null }[] };
    }>(
      `query($caseId: ID) { previewLetter(caseId: $caseId, template: ACKNOWLEDGEMENT) { subject templateVersion paragraphs { text statutorySource } } }`,
      { caseId },
      officer,
    );
    expect(preview.data!.previewLetter.templateVersion).toBe(2);
    expect(preview.data!.previewLetter.paragraphs[0]).toEqual({ text: `Hello ${CHILD}`, statutorySource: null });
    expect(preview.data!.previewLetter.paragraphs.some((p) => p.statutorySource === "Children Act 1989 s.26A")).toBe(true);

    // The administrator previews with example values, or with a real case's facts (by its reference) and every name
    // withheld: never a case's personal data. Another council keeps the default.
    const sample = await h.gql<{ previewLetter: { paragraphs: { text: string }[] } }>(
      `{ previewLetter(template: ACKNOWLEDGEMENT) { paragraphs { text } } }`,
      {},
      admin,
    );
    expect(sample.data!.previewLetter.paragraphs[0]!.text).toBe("Hello Alex Example");
    const { reference } = await h.db.prisma.case.findFirstOrThrow({ where: { id: caseId }, select: { reference: true } });
    const reads = () => h.db.prisma.auditLog.count({ where: { councilId: "demo-north", caseId, action: { contains: "personal" } } });
    const readsBefore = await reads();
    const withCase = await h.gql<{ previewLetter: { html: string; paragraphs: { text: string }[] } }>(
      `query($ref: String) { previewLetter(caseReference: $ref, template: ACKNOWLEDGEMENT) { html paragraphs { text } } }`,
      { ref: reference },
      admin,
    );
    expect(withCase.errors).toBeUndefined();
    expect(withCase.data!.previewLetter.paragraphs[0]!.text).toBe("Hello [the complainant's name]");
    expect(withCase.data!.previewLetter.html).toContain(reference);
    expect(withCase.data!.previewLetter.html).not.toContain(CHILD);
    expect(await reads()).toBe(readsBefore);
    const noSuchCase = await h.gql(`{ previewLetter(caseReference: "1999-9999", template: ACKNOWLEDGEMENT) { subject } }`, {}, admin);
    expect(noSuchCase.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["caseReference"] });
    const south = await h.signIn("admin", "demo-south");
    const theirs = await h.gql<{ letterTemplates: { kind: string; version: number }[] }>(`{ letterTemplates { kind version } }`, {}, south);
    expect(theirs.data!.letterTemplates).toHaveLength(9);
    expect(theirs.data!.letterTemplates.find((t) => t.kind === "ACKNOWLEDGEMENT")!.version).toBe(0);
  }, 120_000);

  it("records that a letter was sent, with its date, in the case's contact log; another council's document is not found", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const doc = await h.db.prisma.caseDocument.findFirstOrThrow({ where: { councilId: "demo-north", caseId, mediaType: "application/pdf" } });
    const SENT = `mutation($input: RecordLetterSentInput!) { recordLetterSent(input: $input) { id version timeline { nodes { type on payload } } contacts { kind direction occurredOn summary withWhom } } }`;
    const future = await h.gql(SENT, { input: { documentId: doc.id, sentOn: "2026-07-01" } }, officer);
    expect(future.errors?.[0]?.message).toBe("input.sentOn: must be today or earlier");
    const sent = await h.gql<{
      recordLetterSent: {
        timeline: { nodes: Array<{ type: string; on: string; payload: Record<string, unknown> }> };
        contacts: Array<Record<string, string>>;
      };
    }>(SENT, { input: { documentId: doc.id, sentOn: "2026-06-29" } }, officer);
    expect(sent.errors).toBeUndefined();
    // Its sending is a case event with its date (it moves no stage and no clock).
    const event = sent.data!.recordLetterSent.timeline.nodes.find((e) => e.type === "letter_sent");
    expect(event?.on).toBe("2026-06-29");
    expect(event?.payload).toMatchObject({ letter: "acknowledgement", documentId: doc.id });
    expect(sent.data!.recordLetterSent.contacts).toContainEqual({
      kind: "LETTER",
      direction: "OUTGOING",
      occurredOn: "2026-06-29",
      summary: `Sent ${doc.fileName}`,
      withWhom: "The complainant",
    });
    const other = await h.signIn("officer", "demo-south");
    expect((await h.gql(SENT, { input: { documentId: doc.id, sentOn: "2026-06-29" } }, other)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses a letter that does not fit the case, naming template and why, and keeps nothing", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const before = await h.db.prisma.caseDocument.count({ where: { councilId: "demo-north", caseId } });
    const refused = await h.gql(GENERATE, { caseId, template: "ADJUDICATION", format: "PDF" }, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toBe(
      "template: Stage 2 adjudication letter is written once a complaint has reached Stage 2; this case has not",
    );
    const thanks = await h.gql(GENERATE, { caseId, template: "COMPLIMENT_THANKS", format: "DOCX" }, officer);
    expect(thanks.errors?.[0]?.message).toBe("template: Thank you for your compliment letter is written for a compliment; this case is a complaint");
    expect(await h.db.prisma.caseDocument.count({ where: { councilId: "demo-north", caseId } })).toBe(before);
  });

  it("another council's officer cannot write a letter on the case; an auditor cannot write one at all", async () => {
    const other = await h.signIn("officer", "demo-south");
    expect((await h.gql(GENERATE, { caseId, template: "ACKNOWLEDGEMENT", format: "PDF" }, other)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const auditor = await h.signIn("auditor", "demo-north");
    expect((await h.gql(GENERATE, { caseId, template: "ACKNOWLEDGEMENT", format: "PDF" }, auditor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
