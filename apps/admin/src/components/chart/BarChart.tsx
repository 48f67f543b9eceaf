/**
 * A small, dependency-free horizontal bar chart in SVG. Charts need a text alternative (WCAG 1.1.1): the SVG is
 * an image whose accessible name says what it shows and whose description lists every value, and the same
 * figures are always in the table beside it.
 */
interface Bar {
  label: string;
  value: number;
}

/** `caption`, when given, is shown above the chart and says what it plots (the table column, for a report table). */
export function BarChart({ title, bars, unit = "", caption }: { title: string; bars: Bar[]; unit?: string; caption?: string }) {
  const shown = bars.filter((b) => Number.isFinite(b.value)).map((b) => ({ ...b, value: Math.round(b.value * 10) / 10 }));
  if (shown.length === 0) return null;
  const max = Math.max(...shown.map((b) => b.value), 1);
  const rowHeight = 28;
  const labelWidth = 260;
  const chartWidth = 360;
  const height = shown.length * rowHeight + 10;
  const description = shown.map((b) => `${b.label}: ${b.value}${unit}`).join("; ");
  const id = `chart-${title.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      {caption ? <figcaption className="govuk-body-s govuk-!-margin-bottom-1">{caption}</figcaption> : null}
      <svg
        className="app-chart"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width={labelWidth + chartWidth + 60}
        height={height}
        viewBox={`0 0 ${labelWidth + chartWidth + 60} ${height}`}
      >
        <title id={`${id}-title`}>{`Chart: ${title}`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {shown.map((b, i) => {
          const width = Math.round((b.value / max) * chartWidth);
          const y = i * rowHeight + 5;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end">
                {b.label.length > 38 ? `${b.label.slice(0, 37)}…` : b.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={Math.max(width, 1)} height={rowHeight - 8} fill="#1d70b8" />
              <text x={labelWidth + width + 6} y={y + 17}>
                {`${b.value}${unit}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
