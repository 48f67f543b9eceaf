import type { Report } from "@csc/council-kit";
import { HeadingLevel, InternalHyperlink, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

/**
 * The Word report's front matter from the layout: a contents list whose entries link to each section's heading
 * (a bookmark on the heading; no field for Word to update) and the council's table of abbreviations.
 */

/** The bookmark on a section's heading: Word wants a letter first, then letters, digits or '_' (40 at most). */
export const sectionAnchor = (index: number): string => `section_${index + 1}`;

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

export function frontMatterBlocks(report: Report): Array<Paragraph | Table> {
  const blocks: Array<Paragraph | Table> = [];
  if (report.contents) {
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(report.contents.title)] }));
    report.sections.forEach((section, i) => {
      blocks.push(
        new Paragraph({
          children: [new InternalHyperlink({ anchor: sectionAnchor(i), children: [new TextRun({ text: section.title, style: "Hyperlink" })] })],
        }),
      );
    });
  }
  if (report.abbreviations) {
    const { title, columns, entries } = report.abbreviations;
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(title)] }));
    const header = new TableRow({ tableHeader: true, children: [cell(columns[0], true), cell(columns[1], true)] });
    const rows = entries.map((e) => new TableRow({ children: [cell(e.term), cell(e.meaning)] }));
    blocks.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }));
  }
  return blocks;
}
