import type { ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import type { GatewayContext } from "../context";
import { badInput } from "../errors/gateway-error";
import { byNameThenId, listCouncilUsers } from "./configure-users";
import type { CouncilUser } from "./configure-users";

type UserKey = Pick<CouncilUser, "displayName" | "id">;

/** A user's cursor: their place in the order (name, then id), so a page boundary holds when users are added or removed. */
export function councilUserCursor(user: UserKey): string {
  return Buffer.from(JSON.stringify([user.displayName, user.id])).toString("base64url");
}

function keyOf(cursor: string, arg: "after" | "before"): UserKey {
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

/** One page of the council's users for resolveCursorConnection: after/before by key, `limit` of them, reversed when inverted. */
export async function pageCouncilUsers(
  context: GatewayContext,
  { after, before, limit, inverted }: ResolveCursorConnectionArgs,
): Promise<{ users: CouncilUser[]; totalCount: number }> {
  const all = await listCouncilUsers(context);
  const from = after === undefined ? null : keyOf(after, "after");
  const to = before === undefined ? null : keyOf(before, "before");
  const inRange = all.filter((u) => (from === null || byNameThenId(u, from) > 0) && (to === null || byNameThenId(u, to) < 0));
  const ordered = inverted ? inRange.reverse() : inRange;
  return { users: ordered.slice(0, limit), totalCount: all.length };
}
