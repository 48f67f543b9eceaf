import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Report } from "@csc/council-kit";
import { createPluginHarness } from "@csc/council-kit/testing";
import { loadCouncil } from "@csc/registry";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeReport } from "../write-report";
import { cellText } from "./cell-text";
import { reportCsv, tableCsv } from "./csv";
import { renderDocx } from "./docx";
import { escapeHtml, renderHtml } from "./html";
import { renderJson } from "./json";
import { closePdfBrowser, renderPdf } from "./pdf";
import { renderXlsx, sheetName } from "./xlsx";
import { xlsxCell } from "./xlsx-cell";

/** Every renderer, read back: the files carry the report's tables and figures (Worcestershire 2021/22). */
let report: Report;
let dir: string;
const tables = () => report.sections.flatMap((s) => s.tables);

beforeAll(async () => {
  report = await createPluginHarness(await loadCouncil("worcestershire")).report(2021);
  dir = await mkdtemp(join(tmpdir(), "csc-render-"));
}, 120_000);
afterAll(async () => {
  await closePdfBrowser();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("JSON", () => {
  it("has exactly the issue's shape and every figure", () => {
    const json = JSON.parse(renderJson(report)) as Record<string, unknown> & {
      sections: Array<Record<string, unknown> & { tables: Array<Record<string, unknown>> }>;
    };
    expect(Object.keys(json).sort()).toEqual(["council", "period", "sections"]);
    expect(json.period).toEqual({ start: "2021-04-01", end: "2022-03-31" });
    for (const s of json.sections) {
      expect(Object.keys(s).sort()).toEqual(["id", "tables", "title"]);
      for (const t of s.tables) expect(Object.keys(t).sort()).toEqual(["columns", "id", "rows", "title"]);
    }
    expect(json.sections.flatMap((s) => s.tables)).toEqual(tables().map(({ id, title, columns, rows }) => ({ id, title, columns, rows })));
  });
});

describe("CSV", () => {
  it("quotes fields with commas and quotes, one line per row", () => {
    const csv = tableCsv({ id: "t", title: "T", columns: ["a, b", 'say "hi"'], rows: [{ label: "x", cells: [1, null] }] });
    expect(csv).toBe(`,"a, b","say ""hi"""\r\nx,1,\r\n`);
  });
  it("writes one file per table into a directory, or one long file", async () => {
    const out = join(dir, "csv");
    const written = await writeReport(report, "csv", out);
    expect(written.length).toBe(tables().length);
    expect((await readdir(out)).length).toBe(tables().length);
    const one = await writeReport(report, "csv", join(dir, "all.csv"));
    const lines = (await readFile(one[0]!, "utf8")).trim().split("\r\n");
    expect(lines.length).toBe(1 + tables().reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.length, 0), 0));
    expect(reportCsv(report).startsWith("section,table,table_title,row,column,value")).toBe(true);
    // UTF-8 with a byte-order mark (Excel on Windows), in the one file and in each table's.
    for (const path of [one[0]!, ...written]) expect([...(await readFile(path)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("HTML", () => {
  it("prints every table with a caption, scoped headers and every figure, and charts with text alternatives", () => {
    const html = renderHtml(report);
    for (const t of tables()) {
      expect(html).toContain(`<caption>${escapeHtml(t.title)}</caption>`);
      for (const c of t.columns) expect(html).toContain(`<th scope="col">${escapeHtml(c)}</th>`);
      for (const row of t.rows) {
        // Words (a cell with no number format) align left: class "words".
        const r = t.rows.indexOf(row);
        const td = (cell: (typeof row.cells)[number], c: number) =>
          `<td${t.formats?.[r]?.[c] === null ? ' class="words"' : ""}>${escapeHtml(cellText(cell))}</td>`;
        expect(html).toContain(`<tr><th scope="row">${escapeHtml(row.label)}</th>${row.cells.map(td).join("")}</tr>`);
      }
    }
    const charts = report.sections.flatMap((s) => s.charts ?? []);
    expect(charts.length).toBeGreaterThan(0);
    expect(html.match(/<svg [^>]*role="img"/g)?.length).toBe(charts.length);
    expect(html.match(/<desc id=/g)?.length).toBe(charts.length);
    // Nothing loads from elsewhere: no scripts or sources, and links only to the page's own sections.
    expect(html).not.toMatch(/<script|\ssrc=|\shref="(?!#)/);
  });
});

describe("DOCX", () => {
  it("is a Word file whose document.xml holds every table's title and figures", async () => {
    const bytes = await renderDocx(report);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) =>
      m[1]!
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">"),
    );
    expect(xml.match(/<w:tbl>/g)?.length).toBe(tables().length);
    let at = 0;
    for (const t of tables()) {
      at = texts.indexOf(t.title, at);
      expect(at, t.title).toBeGreaterThanOrEqual(0);
      for (const row of t.rows) {
        at = texts.indexOf(row.label, at);
        expect(at, row.label).toBeGreaterThanOrEqual(0);
        for (const cell of row.cells) {
          at = texts.indexOf(cellText(cell), at);
          expect(at, `${t.id} ${row.label}`).toBeGreaterThanOrEqual(0);
        }
      }
    }
    const narrative = report.sections.flatMap((s) => s.narrative ?? []);
    for (const n of narrative) expect(texts).toContain(`[${n.prompt}]`);
  });
});

describe("XLSX", () => {
  it("has one sheet per table, read back with exceljs cell by cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(report)).buffer as ArrayBuffer);
    // Worcestershire's layout has a contents list: the "Contents" sheet comes first, then one sheet per table.
    expect(workbook.worksheets[0]!.name).toBe("Contents");
    const front = 1;
    expect(workbook.worksheets.length).toBe(front + tables().length);
    const contents = workbook.worksheets[0]!;
    tables().forEach((t, i) => {
      expect(contents.getCell(i + 3, 2).value).toBe(t.title);
      expect(contents.getCell(i + 3, 3).value).toEqual({
        text: workbook.worksheets[front + i]!.name,
        hyperlink: `#'${workbook.worksheets[front + i]!.name}'!A1`,
      });
    });
    tables().forEach((t, i) => {
      const sheet = workbook.worksheets[front + i]!;
      expect(sheet.getCell(1, 1).value).toBe(t.title);
      t.columns.forEach((c, j) => expect(sheet.getCell(2, j + 2).value).toBe(c));
      t.rows.forEach((row, r) => {
        expect(sheet.getCell(r + 3, 1).value).toBe(row.label);
        row.cells.forEach((cell, j) => {
          const stored = xlsxCell(cell, t.formats?.[r]?.[j]);
          expect(sheet.getCell(r + 3, j + 2).value ?? null).toBe(stored.value);
          expect(sheet.getCell(r + 3, j + 2).numFmt).toBe(stored.numFmt);
        });
      });
    });
  });
  it("makes sheet names Excel accepts", () => {
    const taken = new Set<string>();
    expect(sheetName("a/b:c*d?e[f]", taken)).toBe("a-b-c-d-e-f-");
    expect(sheetName("x".repeat(40), taken)).toHaveLength(31);
    expect(sheetName("x".repeat(40), taken)).toBe(`${"x".repeat(29)}~2`);
  });
});

/** The PDF's /Title strings (the document's and every outline entry's): literal or UTF-16BE hex. */
function outlineTitles(pdf: string): string[] {
  const literal = [...pdf.matchAll(/\/Title \(((?:[^()\\]|\\.)*)\)/g)].map((m) => m[1]!.replace(/\\(.)/g, "$1"));
  const hex = [...pdf.matchAll(/\/Title <FEFF([0-9A-Fa-f]*)>/g)].map((m) => Buffer.from(m[1]!, "hex").swap16().toString("utf16le"));
  return [...literal, ...hex];
}

describe("PDF", () => {
  it("is a PDF printed by Chromium with the tables' text", async () => {
    const bytes = await renderPdf(report);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const file = join(dir, "report.pdf");
    await writeFile(file, bytes);
    if (existsSync("/usr/bin/pdftotext")) {
      const { stdout } = await promisify(execFile)("pdftotext", ["-layout", file, "-"]);
      for (const t of tables().slice(0, 5)) expect(stdout.replace(/\s+/g, " ")).toContain(t.title.replace(/\s+/g, " ").slice(0, 30));
      const { stdout: info } = await promisify(execFile)("pdfinfo", [file]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
      // Tagged, with every section heading in the text and in the outline (bookmarks) Chromium builds from h1–h3.
      expect(info).toMatch(/Tagged:\s+yes/);
      for (const s of report.sections) expect(stdout.replace(/\s+/g, " ")).toContain(s.title.replace(/\s+/g, " "));
      const { stdout: struct } = await promisify(execFile)("pdfinfo", ["-struct", file]);
      expect(struct.match(/^\s*H1 \(block\)/gm)?.length).toBe(1);
      const frontMatter = (report.contents ? 1 : 0) + (report.abbreviations ? 1 : 0);
      expect(struct.match(/^\s*H2 \(block\)/gm)?.length).toBe(report.sections.length + frontMatter);
      expect(struct).toMatch(/^\s*Table \(block\)/m);
      // Chromium drops the space where a long heading wraps, so the outline is compared without whitespace.
      const bare = (t: string) => t.replace(/\s+/g, "");
      const titles = outlineTitles(Buffer.from(bytes).toString("latin1")).map(bare);
      for (const s of report.sections) expect(titles, s.title).toContain(bare(s.title));
    } else {
      expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/Type\s*\/Page\b/);
    }
  }, 120_000);

  it("prints the next PDF in the same browser, and starts a new one after closePdfBrowser", async () => {
    const again = await renderPdf(report);
    expect(Buffer.from(again.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    await closePdfBrowser();
    // After closing, a new browser is started on demand.
    expect(Buffer.from((await renderPdf(report)).subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  }, 120_000);
});
