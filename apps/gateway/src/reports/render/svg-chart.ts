import type { ReportSection, ReportTable } from "@csc/council-kit";

/**
 * A bar chart of a report table as inline SVG (no browser or library needed): one group of bars per row, one
 * bar per charted column, with a text alternative (the chart's alt text, or one listing every value) that is
 * both the SVG's <desc> and a visible caption, so screen readers and print both carry the figures.
 */
export type ChartSpec = NonNullable<ReportSection["charts"]>[number];

interface ChartSeries {
  labels: string[];
  series: Array<{ name: string; values: number[] }>;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const PALETTE = ["#1d70b8", "#f47738", "#00703c", "#912b88", "#505a5f", "#d4351c"];

/** A "Total" row: the sum of the bars beside it, which would dwarf them. */
const TOTAL_ROW = /^total\b/i;

/** A cell's number; text cells such as "12%" read as 12; null, "" and words are no figure. */
function figure(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * The numbers a chart draws: its columns (by label) of every row but the ones it leaves out — "Total" rows (never
 * beside their parts), the chart's `excludeRows` (a subtotal such as "Remaining"), and rows with no figure in any
 * drawn column (a category heading row whose figure is in another column).
 */
export function chartSeries(chart: ChartSpec, table: ReportTable): ChartSeries {
  const columns = (chart.columns.length > 0 ? chart.columns : table.columns).filter((c) => table.columns.includes(c));
  const indexes = columns.map((name) => table.columns.indexOf(name));
  const excluded = new Set(chart.excludeRows ?? []);
  const rows = table.rows.filter((r) => !TOTAL_ROW.test(r.label) && !excluded.has(r.label) && indexes.some((i) => figure(r.cells[i]) !== null));
  return {
    labels: rows.map((r) => r.label),
    series: columns.map((name, j) => ({ name, values: rows.map((r) => figure(r.cells[indexes[j] as number]) ?? 0) })),
  };
}

export function chartAlt(chart: ChartSpec, data: ChartSeries): string {
  if (chart.alt) return chart.alt;
  const parts = data.labels.map((label, i) => `${label}: ${data.series.map((s) => `${s.name} ${s.values[i] ?? 0}`).join(", ")}`);
  return `${chart.title ?? "Chart"}. ${parts.join("; ")}.`;
}

export function svgChart(chart: ChartSpec, table: ReportTable): string {
  const data = chartSeries(chart, table);
  const alt = chartAlt(chart, data);
  const rowHeight = 14 * Math.max(1, data.series.length) + 10;
  const labelWidth = 220;
  const plotWidth = 380;
  const height = data.labels.length * rowHeight + 30;
  const max = Math.max(1, ...data.series.flatMap((s) => s.values));
  const bars = data.labels
    .map((label, i) => {
      const y = i * rowHeight + 5;
      const rects = data.series
        .map((s, j) => {
          const value = s.values[i] ?? 0;
          const w = Math.max(0, (value / max) * plotWidth);
          const by = y + j * 14;
          return `<rect x="${labelWidth}" y="${by}" width="${w.toFixed(1)}" height="12" fill="${PALETTE[j % PALETTE.length]}"/><text x="${(labelWidth + w + 4).toFixed(1)}" y="${by + 10}" font-size="10">${value}</text>`;
        })
        .join("");
      return `<text x="${labelWidth - 6}" y="${y + 10}" font-size="10" text-anchor="end">${escape(label.length > 40 ? `${label.slice(0, 39)}…` : label)}</text>${rects}`;
    })
    .join("");
  const legend = data.series
    .map(
      (s, j) =>
        `<rect x="${labelWidth + j * 120}" y="${height - 18}" width="10" height="10" fill="${PALETTE[j % PALETTE.length]}"/><text x="${labelWidth + 14 + j * 120}" y="${height - 9}" font-size="10">${escape(s.name)}</text>`,
    )
    .join("");
  const id = `chart-${chart.id.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" width="${labelWidth + plotWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + plotWidth + 60} ${height}"><title id="${id}-title">${escape(chart.title ?? table.title)}</title><desc id="${id}-desc">${escape(alt)}</desc>${bars}${legend}</svg>`;
}
