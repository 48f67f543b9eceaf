import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { LetterHeading } from "./letter-heading";
import type { LetterContent } from "./merge";

/** The lines of a paragraph as runs with line breaks between them. */
function runs(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return text.split("\n").map((line, index) => new TextRun({ text: line, bold: options.bold ?? false, break: index > 0 ? 1 : 0 }));
}

/** The letter as an editable Word document (docx 9): letterhead, subject in bold, then the paragraphs. */
export async function renderLetterDocx(heading: LetterHeading, letter: LetterContent): Promise<Buffer> {
  const document = new Document({
    title: `${heading.title} ${heading.reference}`,
    creator: heading.councilName,
    styles: { default: { document: { run: { font: "Arial", size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading.councilName)] }),
          new Paragraph({ children: [new TextRun(`Date: ${heading.date}`)] }),
          new Paragraph({ children: [new TextRun(`Our reference: ${heading.reference}`)] }),
          new Paragraph({ spacing: { before: 240, after: 240 }, children: runs(letter.subject, { bold: true }) }),
          ...letter.paragraphs.map((p) => new Paragraph({ spacing: { after: 200 }, children: runs(p.text) })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
