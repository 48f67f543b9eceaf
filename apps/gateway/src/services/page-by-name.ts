import type { ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { badInput } from "../errors/gateway-error";
import type { CountedPage } from "../limits/counted-cursor-connection";
import { byNameThenId } from "./configure-users";

/** A row's place in a list of people by name: their name, then their id (unique), so ties still have one order. */
export interface NameKey {
  displayName: string;
  id: string;
}

/** A person's cursor: their place in the order (name, then id), so a page boundary holds when people are added or removed. */
export function nameCursor(key: NameKey): string {
  return Buffer.from(JSON.stringify([key.displayName, key.id])).toString("base64url");
}

function keyOf(cursor: string, arg: "after" | "before"): NameKey {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === "string" && typeof decoded[1] === "string") {
      return { displayName: decoded[0], id: decoded[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw badInput([arg], "is not a cursor of this list (use a cursor the list gave)");
}

/**
 * One page for resolveCursorConnection of a list of people already in name order (byNameThenId): after/before by
 * key, `limit` of them, reversed when inverted; totalCount is the whole list's.
 */
export function pageByName<T>(
  all: readonly T[],
  key: (item: T) => NameKey,
  { after, before, limit, inverted }: ResolveCursorConnectionArgs,
): CountedPage<T> {
  const from = after === undefined ? null : keyOf(after, "after");
  const to = before === undefined ? null : keyOf(before, "before");
  const inRange = all.filter((item) => (from === null || byNameThenId(key(item), from) > 0) && (to === null || byNameThenId(key(item), to) < 0));
  const ordered = inverted ? inRange.reverse() : inRange;
  return { items: ordered.slice(0, limit), totalCount: all.length };
}
