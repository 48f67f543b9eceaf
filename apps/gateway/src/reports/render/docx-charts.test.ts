import { createPluginHarness } from "@csc/council-kit/testing";
import { listCouncils, loadCouncil } from "@csc/registry";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx";
import { chartAlt, chartSeries } from "./svg-chart";

/** Every council's Word report carries each chart of its layout as a PNG picture with its text alternative. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe.each(listCouncils())("council %s DOCX", (id) => {
  it("has one PNG in word/media per chart in the layout, each drawing described by the chart's text alternative", async () => {
    const adapter = await loadCouncil(id);
    const year = Math.max(...(await adapter.published()).map((p) => p.year));
    const report = await createPluginHarness(adapter).report(year);
    const charts = report.sections.flatMap((s) => (s.charts ?? []).map((chart) => ({ chart, table: s.tables.find((t) => t.id === chart.table) })));
    const layoutCharts = adapter.report.sections.reduce((n, s) => n + s.charts.length, 0);
    // Hartlepool's seed report draws no charts, so its layout has none and its Word file no pictures.
    expect(layoutCharts > 0).toBe(id !== "hartlepool");
    expect(charts.length).toBe(layoutCharts);

    const zip = await JSZip.loadAsync(await renderDocx(report));
    const media = Object.keys(zip.files).filter((name) => name.startsWith("word/media/") && !zip.files[name]!.dir);
    expect(media.length).toBe(layoutCharts);
    for (const name of media) {
      expect(name).toMatch(/\.png$/);
      const bytes = await zip.file(name)!.async("uint8array");
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(bytes.length).toBeGreaterThan(1000);
    }

    const xml = await zip.file("word/document.xml")!.async("string");
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));
    expect(descriptions.length).toBe(layoutCharts);
    for (const d of descriptions) expect(d.trim().length).toBeGreaterThan(0);
    // In the layout's order, each picture described by its own chart's alternative.
    expect(descriptions).toEqual(charts.map(({ chart, table }) => chartAlt(chart, chartSeries(chart, table!))));
    // Every picture is referenced by the document (its relationship points at the media file).
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    for (const name of media) expect(rels).toContain(`media/${name.split("/").pop()}`);
  }, 120_000);
});
