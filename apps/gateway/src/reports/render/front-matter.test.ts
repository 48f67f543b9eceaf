import { createPluginHarness } from "@csc/council-kit/testing";
import { loadCouncil } from "@csc/registry";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@csc/council-kit";
import { renderDocx } from "./docx";
import { escapeHtml, renderHtml } from "./html";
import { renderJson } from "./json";

/** Gloucestershire's contents list and table of abbreviations (layout elements) in HTML and Word; never in the JSON. */
let report: Report;
beforeAll(async () => {
  report = await createPluginHarness(await loadCouncil("gloucestershire")).report(2018);
}, 120_000);

describe("contents and abbreviations", () => {
  it("are in the layout's report", () => {
    expect(report.contents?.title).toBe("Contents");
    expect(report.abbreviations?.columns).toEqual(["Abbreviation", "Full Version"]);
    expect(report.abbreviations?.entries.map((e) => e.term)).toEqual(["CA", "CiC", "CP", "CS", "DCYP", "LG&SCO", "YSS"]);
  });

  it("print in HTML: a contents list linking to every section, and the abbreviations with scoped headers", () => {
    const html = renderHtml(report);
    const links = [...html.matchAll(/<li><a href="#(section-[^"]+)">([^<]*)<\/a><\/li>/g)];
    expect(links.map((m) => m[2])).toEqual(report.sections.map((s) => escapeHtml(s.title)));
    for (const [, anchor] of links) expect(html).toContain(`<section id="${anchor}">`);
    expect(html).toContain('<th scope="col">Full Version</th>');
    for (const e of report.abbreviations!.entries)
      expect(html).toContain(`<tr><th scope="row">${escapeHtml(e.term)}</th><td class="words">${escapeHtml(e.meaning)}</td></tr>`);
    expect(html.indexOf("Table of Abbreviations")).toBeLessThan(html.indexOf(`<section id="section-${report.sections[0]!.id}">`));
  });

  it("print in Word: contents entries are internal links to bookmarks on the section headings, abbreviations a table", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(report));
    const xml = await zip.file("word/document.xml")!.async("string");
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBe(report.sections.length);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of anchors) expect(bookmarks).toContain(a);
    expect(xml).toContain("Table of Abbreviations");
    expect(xml).toContain("Local Government &amp; Social Care Ombudsman");
    const tables = report.sections.reduce((n, s) => n + s.tables.length, 0);
    expect(xml.match(/<w:tbl>/g)?.length).toBe(tables + 1);
  });

  it("stay out of the JSON other tools read", () => {
    const json = JSON.parse(renderJson(report)) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(["council", "period", "sections"]);
  });
});
