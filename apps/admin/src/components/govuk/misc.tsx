import type { ReactNode } from "react";

export type TagColour = "grey" | "green" | "turquoise" | "blue" | "light-blue" | "purple" | "pink" | "red" | "orange" | "yellow";

export function Tag({ children, colour }: { children: ReactNode; colour?: TagColour }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ""}`}>{children}</strong>;
}

export function SummaryList({ rows }: { rows: Array<{ key: string; value: ReactNode; action?: ReactNode }> }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((r) => (
        <div
          className={`govuk-summary-list__row${rows.some((x) => Boolean(x.action)) && !r.action ? " govuk-summary-list__row--no-actions" : ""}`}
          key={r.key}
        >
          <dt className="govuk-summary-list__key">{r.key}</dt>
          <dd className="govuk-summary-list__value">{r.value}</dd>
          {r.action ? <dd className="govuk-summary-list__actions">{r.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

export function Button({
  children,
  onClick,
  type = "button",
  variant,
  disabled,
}: {
  children: ReactNode;
  onClick?: () => void;
  type?: "button" | "submit";
  variant?: "secondary" | "warning";
  disabled?: boolean;
}) {
  return (
    <button
      type={type}
      className={`govuk-button${variant ? ` govuk-button--${variant}` : ""}`}
      data-module="govuk-button"
      onClick={onClick}
      disabled={disabled}
      aria-disabled={disabled}
    >
      {children}
    </button>
  );
}

export function NotificationBanner({ title, children, success }: { title: string; children: ReactNode; success?: boolean }) {
  return (
    <div
      className={`govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby="notification-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

export function Table({ caption, head, rows, numeric = [] }: { caption: string; head: string[]; rows: ReactNode[][]; numeric?: number[] }) {
  return (
    // A scroll container of its own, so a wide table never makes the page scroll sideways (WCAG 1.4.10 reflow).
    <div className="app-table-scroll" role="region" aria-label={`${caption}, scrolls sideways`} tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((h, i) => (
              <th key={h + String(i)} scope="col" className={`govuk-table__header${numeric.includes(i) ? " govuk-table__header--numeric" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row, r) => (
            <tr className="govuk-table__row" key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="govuk-table__header">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={`govuk-table__cell${numeric.includes(i) ? " govuk-table__cell--numeric" : ""}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
