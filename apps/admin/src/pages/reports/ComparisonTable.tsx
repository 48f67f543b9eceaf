import type { ComparisonData } from "../../graphql/report-operations";
import { figureText } from "./figure-text";

export interface ComparedColumn {
  metric: string;
  label: string;
}

type Council = ComparisonData["councils"][number];

/** A council's figure for a measure (not a reason theme's). */
export const figureOf = (c: Council, metric: string) => c.figures.find((f) => f.metric === metric && !f.key);

/**
 * Councils side by side on some of the comparison's measures: one row a council, one column a measure, each figure
 * in figureText's words, with "Supplied: <source>" under a rate resting on a figure the council took from elsewhere.
 * A scroll region of its own, so the page never scrolls sideways at 320 px (WCAG 1.4.10 reflow).
 */
export function ComparisonTable({
  caption,
  columns,
  councils,
}: {
  caption: string;
  columns: readonly ComparedColumn[];
  councils: readonly Council[];
}) {
  return (
    <div className="app-table-scroll" role="region" aria-label={`${caption}, scrolls sideways`} tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Council
            </th>
            {columns.map((m) => (
              <th scope="col" key={m.metric} className="govuk-table__header govuk-table__header--numeric">
                {m.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {councils.map((c) => (
            <tr className="govuk-table__row" key={c.councilId}>
              <th scope="row" className="govuk-table__header">
                {c.name}
              </th>
              {columns.map((m) => {
                const f = figureOf(c, m.metric);
                return (
                  <td key={m.metric} className="govuk-table__cell govuk-table__cell--numeric">
                    {f ? figureText(f) : "Not available"}
                    {f?.source ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">Supplied: {f.source}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
