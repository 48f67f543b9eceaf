import { useSearchParams } from "react-router";
import { NextLink, PreviousLink } from "./Pagination";

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * Where a page of a gateway connection starts, kept in the URL (?after= or ?before=) so Back and a shared link work:
 * the variables to send (`first` after a cursor, `last` before one) for pages of `size`.
 */
export function useCursorPage(size: number): { first?: number; last?: number; after?: string; before?: string } {
  const [params] = useSearchParams();
  const before = params.get("before");
  if (before) return { last: size, before };
  const after = params.get("after");
  return after ? { first: size, after } : { first: size };
}

/** The URL of the page after (or before) this one: the current search with `after` (or `before`) replaced. */
function hrefWith(params: URLSearchParams, key: "after" | "before", cursor: string): string {
  const next = new URLSearchParams(params);
  next.delete("after");
  next.delete("before");
  next.set(key, cursor);
  return `?${next.toString()}`;
}

/**
 * GOV.UK pagination (https://design-system.service.gov.uk/components/pagination/) for a connection, which has no page
 * numbers: Previous and Next only, each carrying its cursor.
 */
export function CursorPagination({ pageInfo, label }: { pageInfo: PageInfo; label: string }) {
  const [params] = useSearchParams();
  const previous = pageInfo.hasPreviousPage && pageInfo.startCursor ? hrefWith(params, "before", pageInfo.startCursor) : null;
  const next = pageInfo.hasNextPage && pageInfo.endCursor ? hrefWith(params, "after", pageInfo.endCursor) : null;
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {previous ? <PreviousLink to={previous} /> : null}
      {next ? <NextLink to={next} /> : null}
    </nav>
  );
}
