import type { Report, ReportSection, ReportTable } from "@csc/council-kit";
import { cellText, isWordsCell, reportTitle, suppliedNotes } from "./cell-text";
import { narrativeBlocks, type Inline } from "./narrative-blocks";
import { chartAlt, chartSeries, svgChart } from "./svg-chart";

/**
 * The report as one HTML page ready to print (A4, tables kept whole where they fit): headings per section,
 * the layout's contents list and abbreviations, the narrative placeholders the council fills in, every table with its caption and scoped headers, and charts
 * as inline SVG with a text alternative. No scripts, no external resources.
 */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
@page { size: A4; margin: 18mm 15mm; }
* { box-sizing: border-box; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: #0b0c0c; max-width: 960px; margin: 0 auto; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 1.6em; break-after: avoid; }
table { border-collapse: collapse; margin: 0.8em 0 1.4em; break-inside: avoid; width: 100%; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.4em; }
th, td { border: 1px solid #b1b4b6; padding: 4px 6px; vertical-align: top; }
thead th { background: #f3f2f1; }
td { text-align: right; } th[scope="row"] { text-align: left; font-weight: normal; } td.words { text-align: left; }
.contents ol { padding-left: 1.4em; } .contents a { color: #1d70b8; }
.narrative { border-left: 4px solid #1d70b8; padding: 0.3em 0.8em; color: #505a5f; font-style: italic; }
.supplied { font-size: 9pt; color: #505a5f; margin-top: -1em; }
figure { margin: 1em 0; break-inside: avoid; } figcaption { font-size: 9pt; color: #505a5f; }
svg { max-width: 100%; height: auto; }
@media print { body { max-width: none; margin: 0; } }
`;

function tableHtml(table: ReportTable): string {
  const corner = table.rowHeading ? `<th scope="col">${escapeHtml(table.rowHeading)}</th>` : "<td></td>";
  const head = `<thead><tr>${corner}${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead>`;
  const body = table.rows
    .map(
      (row, r) =>
        `<tr><th scope="row">${escapeHtml(row.label)}</th>${row.cells.map((cell, c) => `<td${isWordsCell(table, r, c) ? ' class="words"' : ""}>${escapeHtml(cellText(cell))}</td>`).join("")}</tr>`,
    )
    .join("\n");
  // The layout's `source` (the seed paragraph it transcribes) is an internal label: it never prints.
  const notes = suppliedNotes(table)
    .map((note) => `<p class="supplied">${escapeHtml(note)}</p>`)
    .join("");
  return `<table id="table-${escapeHtml(table.id)}"><caption>${escapeHtml(table.title)}</caption>${head}<tbody>\n${body}\n</tbody></table>${notes}`;
}

const inlineHtml = (inlines: Inline[]): string =>
  inlines.map((i) => (i.kind === "link" ? `<a href="${escapeHtml(i.href)}">${escapeHtml(i.text)}</a>` : escapeHtml(i.text))).join("");

/** The council's words for a section (headings, paragraphs, lists, links), never raw HTML. */
export function narrativeHtml(text: string): string {
  return narrativeBlocks(text)
    .map((b) => {
      if (b.kind === "heading") return `<h${b.level}>${inlineHtml(b.inlines)}</h${b.level}>`;
      if (b.kind === "list") return `<ul>${b.items.map((item) => `<li>${inlineHtml(item)}</li>`).join("")}</ul>`;
      return `<p>${inlineHtml(b.inlines)}</p>`;
    })
    .join("\n");
}

function sectionHtml(section: ReportSection): string {
  // The council's own words when it has written them; otherwise the layout's prompts, marked as placeholders.
  const narrative = section.text
    ? `<div class="section-text">${narrativeHtml(section.text)}</div>`
    : (section.narrative ?? []).map((n) => `<p class="narrative" data-narrative="${escapeHtml(n.id)}">[${escapeHtml(n.prompt)}]</p>`).join("\n");
  const tables = section.tables.map(tableHtml).join("\n");
  const charts = (section.charts ?? [])
    .map((chart) => {
      const table = section.tables.find((t) => t.id === chart.table);
      if (!table) return "";
      return `<figure>${svgChart(chart, table)}<figcaption>${escapeHtml(chartAlt(chart, chartSeries(chart, table)))}</figcaption></figure>`;
    })
    .join("\n");
  return `<section id="section-${escapeHtml(section.id)}"><h2>${escapeHtml(section.title)}</h2>\n${narrative}\n${tables}\n${charts}</section>`;
}

/** The contents list (linked to each section) and the table of abbreviations, when the layout has them. */
function frontMatterHtml(report: Report): string {
  const parts: string[] = [];
  if (report.contents) {
    const items = report.sections.map((s) => `<li><a href="#section-${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join("");
    parts.push(
      `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">${escapeHtml(report.contents.title)}</h2><ol>${items}</ol></nav>`,
    );
  }
  if (report.abbreviations) {
    const { title, columns, entries } = report.abbreviations;
    const rows = entries.map((e) => `<tr><th scope="row">${escapeHtml(e.term)}</th><td class="words">${escapeHtml(e.meaning)}</td></tr>`).join("");
    parts.push(
      `<section id="abbreviations"><h2>${escapeHtml(title)}</h2><table class="abbreviations"><thead><tr><th scope="col">${escapeHtml(columns[0])}</th><th scope="col">${escapeHtml(columns[1])}</th></tr></thead><tbody>${rows}</tbody></table></section>`,
    );
  }
  return parts.join("\n");
}

export function renderHtml(report: Report): string {
  const title = reportTitle(report);
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>Period: ${escapeHtml(report.period.start)} to ${escapeHtml(report.period.end)}</p>
${frontMatterHtml(report)}
${report.sections.map(sectionHtml).join("\n")}
</main>
</body>
</html>
`;
}
