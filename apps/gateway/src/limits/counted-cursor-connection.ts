import { resolveCursorConnection } from "@pothos/plugin-relay";
import type { DefaultConnectionArguments, ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { LIMITS } from "./query-limits";

/** One page a service found by its own stable cursors, and how many items the whole list holds. */
export interface CountedPage<T> {
  items: T[];
  totalCount: number;
}

/**
 * A connection whose service pages itself by a stable key (its own cursors): the page (LIMITS.defaultPageSize, at most
 * LIMITS.maxPageSize) with the whole list's totalCount.
 */
export async function resolveCountedConnection<T>(
  args: DefaultConnectionArguments,
  toCursor: (item: T) => string,
  page: (params: ResolveCursorConnectionArgs) => Promise<CountedPage<T>>,
) {
  let totalCount = 0;
  const found = await resolveCursorConnection<Promise<T[]>>(
    { args, toCursor, defaultSize: LIMITS.defaultPageSize, maxSize: LIMITS.maxPageSize },
    async (params): Promise<T[]> => {
      const counted = await page(params);
      totalCount = counted.totalCount;
      return counted.items;
    },
  );
  return { ...found, totalCount };
}
