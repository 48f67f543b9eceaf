import type { Report, ReportSection, ReportTable } from "@csc/council-kit";
import {
  AlignmentType,
  Bookmark,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { chartPng } from "./chart-png";
import { frontMatterBlocks, sectionAnchor } from "./docx-front-matter";
import { narrativeBlocks, type Inline } from "./narrative-blocks";
import { cellText, isWordsCell, reportTitle, suppliedNotes } from "./cell-text";
import type { ChartSpec } from "./svg-chart";

/**
 * The report as an editable Word document (docx 9): the layout's contents (linked) and abbreviations, a heading per section, each narrative placeholder as an
 * italic paragraph for the council to overwrite, every table with its title as a caption (header row repeated across pages),
 * and each chart as a picture (the server's SVG rendered to PNG, word/media/*.png) under its caption, with its text
 * alternative both as the picture's alt text (descr) and printed beneath it.
 */
const cell = (text: string, options: { bold?: boolean; right?: boolean } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold ?? false })],
      }),
    ],
  });

/** Word's built-in caption style (by its built-in name "caption"), defined so it looks the same everywhere. */
const CAPTION_STYLE = "Caption";
const CAPTION_STYLE_DEFINITION = {
  id: CAPTION_STYLE,
  name: "caption",
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { bold: true, size: 20, color: "0B0C0C" },
  paragraph: { spacing: { before: 240, after: 120 } },
};

function tableBlock(table: ReportTable): Array<Paragraph | Table> {
  const header = new TableRow({
    tableHeader: true,
    children: [cell(table.rowHeading ?? "", { bold: true }), ...table.columns.map((c) => cell(c, { bold: true }))],
  });
  // Figures align right; words (a text cell, a category's reasons) align left.
  const rows = table.rows.map(
    (row, r) => new TableRow({ children: [cell(row.label), ...row.cells.map((v, c) => cell(cellText(v), { right: !isWordsCell(table, r, c) }))] }),
  );
  const blocks: Array<Paragraph | Table> = [
    // A caption (Word's built-in "caption" style), not a heading: tables stay out of the navigation pane.
    new Paragraph({ style: CAPTION_STYLE, keepNext: true, children: [new TextRun(table.title)] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
  ];
  // The layout's `source` (the seed paragraph it transcribes) is an internal label: it never prints.
  for (const note of suppliedNotes(table)) blocks.push(new Paragraph({ children: [new TextRun({ text: note, size: 18 })] }));
  return blocks;
}

const runs = (inlines: Inline[]): Array<TextRun | ExternalHyperlink> =>
  inlines.map((i) =>
    i.kind === "link" ? new ExternalHyperlink({ link: i.href, children: [new TextRun({ text: i.text, style: "Hyperlink" })] }) : new TextRun(i.text),
  );

/** The council's words for a section: real headings (3 and 4), paragraphs, bulleted lists and hyperlinks. */
function narrativeParagraphs(text: string): Paragraph[] {
  return narrativeBlocks(text).flatMap((b) => {
    if (b.kind === "heading")
      return [new Paragraph({ heading: b.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4, children: runs(b.inlines) })];
    if (b.kind === "list") return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    return [new Paragraph({ children: runs(b.inlines) })];
  });
}

function sectionBlocks(section: ReportSection, index: number): Array<Paragraph | Table> {
  const heading = new Bookmark({ id: sectionAnchor(index), children: [new TextRun(section.title)] });
  const blocks: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [heading] })];
  if (section.text) blocks.push(...narrativeParagraphs(section.text));
  else {
    // No words written yet: the layout's prompts, as italic placeholders for the council to overwrite.
    for (const n of section.narrative ?? []) {
      blocks.push(new Paragraph({ children: [new TextRun({ text: `[${n.prompt}]`, italics: true, color: "505A5F" })] }));
    }
  }
  for (const table of section.tables) blocks.push(...tableBlock(table));
  for (const chart of section.charts ?? []) {
    const table = section.tables.find((t) => t.id === chart.table);
    if (table) blocks.push(...chartBlocks(chart, table));
  }
  return blocks;
}

/** The width of A4's text column in Word's default margins, in CSS pixels: wider charts are scaled down to it. */
const TEXT_WIDTH_PX = 600;

function chartBlocks(chart: ChartSpec, table: ReportTable): Paragraph[] {
  const title = chart.title ?? table.title;
  const image = chartPng(chart, table);
  const scale = Math.min(1, TEXT_WIDTH_PX / image.width);
  const picture = new ImageRun({
    type: "png",
    data: image.png,
    transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
    altText: { name: `chart-${chart.id}`, title, description: image.alt },
  });
  return [
    new Paragraph({ style: CAPTION_STYLE, keepNext: true, children: [new TextRun(title)] }),
    new Paragraph({ keepNext: true, children: [picture] }),
    new Paragraph({ children: [new TextRun({ text: image.alt, size: 18, color: "505A5F" })] }),
  ];
}

export async function renderDocx(report: Report): Promise<Uint8Array> {
  const document = new Document({
    title: reportTitle(report),
    creator: "Children's social care complaints platform",
    styles: { paragraphStyles: [CAPTION_STYLE_DEFINITION] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(reportTitle(report))] }),
          new Paragraph({ children: [new TextRun(`Period: ${report.period.start} to ${report.period.end}`)] }),
          ...frontMatterBlocks(report),
          ...report.sections.flatMap((section, i) => sectionBlocks(section, i)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
