import { BarChart } from "../../components/chart/BarChart";
import type { ReportCell, ReportTable } from "../../graphql/report-operations";

/** A cell's text, or null when it holds no figure (a ratio over nothing, a cell the layout leaves empty). */
function cellText(cell: ReportCell | undefined): string | null {
  if (cell?.text !== null && cell?.text !== undefined) return cell.text;
  if (cell?.number === null || cell?.number === undefined) return null;
  return Number.isInteger(cell.number) ? cell.number.toLocaleString("en-GB") : String(cell.number);
}

/**
 * A cell as shown: its text, or for no figure the en dash every download prints (the gateway's cellText), read out
 * as "No figure" rather than as a dash or nothing.
 */
function CellContent({ cell }: { cell: ReportCell | undefined }) {
  const text = cellText(cell);
  if (text !== null) return <>{text}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">No figure</span>
    </>
  );
}

interface ChartOfTable {
  /** The column plotted (named in the chart's caption and its accessible name). */
  column: string;
  bars: Array<{ label: string; value: number }>;
}

/**
 * The chart beside a table: its rows against the last column that holds numbers (the current year, usually), or
 * null when no column has two figures or every figure plotted is zero (a chart of nothing says nothing the table does not).
 */
function chartOf(table: ReportTable): ChartOfTable | null {
  for (let c = table.columns.length - 1; c >= 0; c -= 1) {
    const column = table.columns[c] ?? "";
    const bars = table.rows.map((r) => ({ label: r.label, value: r.cells[c]?.number ?? Number.NaN }));
    if (bars.filter((b) => Number.isFinite(b.value)).length >= 2 && !/total/i.test(column)) {
      // No "Total" bar beside its parts, and no bar for a row without a figure (a category heading row).
      const plotted = bars.filter((b) => !/^total/i.test(b.label) && Number.isFinite(b.value));
      return plotted.length >= 2 && plotted.some((b) => b.value !== 0) ? { column, bars: plotted } : null;
    }
  }
  return null;
}

export function ReportTableView({ table }: { table: ReportTable }) {
  const chart = chartOf(table);
  return (
    <div className="govuk-!-margin-bottom-8">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{table.title}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <td className="govuk-table__header" />
            {table.columns.map((c, i) => (
              <th key={`${c}-${i}`} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {table.rows.map((row, r) => (
            <tr className="govuk-table__row" key={`${row.label}-${r}`}>
              <th scope="row" className="govuk-table__header">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
                  <CellContent cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.some((row) => row.cells.some((cell) => cellText(cell) === null)) ? (
        <p className="govuk-body-s">A dash (–) means there is no figure: nothing to count or measure for that cell.</p>
      ) : null}
      {table.supplied.map((s) => (
        <p key={`${s.row}-${s.column}`} className="govuk-body-s">
          {s.label} ({s.row}, {s.column})
        </p>
      ))}
      {chart ? <BarChart title={`${table.title}: ${chart.column}`} caption={`Chart of the ${chart.column} column`} bars={chart.bars} /> : null}
    </div>
  );
}
