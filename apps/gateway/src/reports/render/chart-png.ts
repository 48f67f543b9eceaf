import type { ReportTable } from "@csc/council-kit";
import { Resvg } from "@resvg/resvg-js";
import { chartAlt, chartSeries, svgChart, type ChartSpec } from "./svg-chart";

/**
 * A chart as a PNG for the formats that cannot hold SVG (Word): the same server-rendered SVG that HTML and PDF
 * embed, rasterised once by resvg (a prebuilt binary inside its npm package; no browser, no network) at twice
 * its size so it prints sharply, with its text alternative for the picture's alt text.
 */
interface ChartImage {
  readonly png: Uint8Array;
  /** The size to show it at, in CSS pixels (the SVG's own). */
  readonly width: number;
  readonly height: number;
  /** The chart's text alternative (its `alt`, or one listing every value). */
  readonly alt: string;
}

/** Arial's metric twin on Debian (fonts-liberation), so labels measure as they do in the browser. */
const FONT_FAMILY = "Liberation Sans";
const SCALE = 2;

export function chartPng(chart: ChartSpec, table: ReportTable): ChartImage {
  const svg = svgChart(chart, table);
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: SCALE },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return { png: new Uint8Array(resvg.render().asPng()), width, height, alt: chartAlt(chart, chartSeries(chart, table)) };
}
