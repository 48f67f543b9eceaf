import { Link } from "react-router";

/** The page numbers to show: the first, the last, the current one and its neighbours; null marks a gap (…). */
function pageItems(current: number, count: number): Array<number | null> {
  const wanted = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  const items: Array<number | null> = [];
  for (const [index, n] of sorted.entries()) {
    const before = sorted[index - 1];
    if (before !== undefined && n - before > 1) items.push(null);
    items.push(n);
  }
  return items;
}

/** GOV.UK pagination's "Previous" link, with its arrow. */
export function PreviousLink({ to }: { to: string }) {
  return (
    <div className="govuk-pagination__prev">
      <Link className="govuk-link govuk-pagination__link" to={to} rel="prev">
        <svg
          className="govuk-pagination__icon govuk-pagination__icon--prev"
          xmlns="http://www.w3.org/2000/svg"
          height="13"
          width="15"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 15 13"
        >
          <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
        </svg>
        <span className="govuk-pagination__link-title">
          Previous<span className="govuk-visually-hidden"> page</span>
        </span>
      </Link>
    </div>
  );
}

/** GOV.UK pagination's "Next" link, with its arrow. */
export function NextLink({ to }: { to: string }) {
  return (
    <div className="govuk-pagination__next">
      <Link className="govuk-link govuk-pagination__link" to={to} rel="next">
        <span className="govuk-pagination__link-title">
          Next<span className="govuk-visually-hidden"> page</span>
        </span>
        <svg
          className="govuk-pagination__icon govuk-pagination__icon--next"
          xmlns="http://www.w3.org/2000/svg"
          height="13"
          width="15"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 15 13"
        >
          <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
        </svg>
      </Link>
    </div>
  );
}

/** GOV.UK pagination (https://design-system.service.gov.uk/components/pagination/): previous, numbers, next. */
export function Pagination({ current, count, hrefFor, label }: { current: number; count: number; hrefFor: (page: number) => string; label: string }) {
  if (count <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {current > 1 ? <PreviousLink to={hrefFor(current - 1)} /> : null}
      <ul className="govuk-pagination__list">
        {pageItems(current, count).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipses">
              &ctdot;
            </li>
          ) : (
            <li key={n} className={`govuk-pagination__item${n === current ? " govuk-pagination__item--current" : ""}`}>
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefFor(n)}
                aria-label={`Page ${n}`}
                aria-current={n === current ? "page" : undefined}
              >
                {n}
              </Link>
            </li>
          ),
        )}
      </ul>
      {current < count ? <NextLink to={hrefFor(current + 1)} /> : null}
    </nav>
  );
}
