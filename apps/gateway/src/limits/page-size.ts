import { decodeBase64, decodeCursorChunk } from "@pothos/core";
import { z } from "zod";
import { LIMITS } from "./query-limits";

/** `first` or `last` of any connection: 1 to the largest page (refused by name above it, never silently cut). */
const pageSize = z.number().int().min(1, "must be at least 1").max(LIMITS.maxPageSize, `must be at most ${LIMITS.maxPageSize}`).nullish();

/** The connection arguments' checks for a list that pages itself (its own cursors); a connection's own arguments extend it. */
export const pageSizeArgsSchema = z.object({ first: pageSize, last: pageSize }).passthrough();

const COUNCIL_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The keys a Prisma connection's cursor holds (@pothos/plugin-prisma's compound cursor: "GPC:" and the tagged key
 * tuple, base64): the council's id, then record ids or whole numbers (the audit log's are bigint), `width` keys in all. Anything else is refused
 * here by name, before the plugin would throw on it or the database on a malformed id.
 */
function isCursorOf(width: number, cursor: string): boolean {
  try {
    const decoded = decodeBase64(cursor);
    if (!decoded.startsWith("GPC:")) return false;
    const keys: unknown = decodeCursorChunk(decoded.slice(4));
    if (!Array.isArray(keys) || keys.length !== width) return false;
    const [council, ...rest] = keys as unknown[];
    return (
      typeof council === "string" &&
      COUNCIL_ID.test(council) &&
      rest.every(
        (key) =>
          (typeof key === "string" && RECORD_ID.test(key)) ||
          (typeof key === "number" && Number.isSafeInteger(key)) ||
          (typeof key === "bigint" && key >= 0n && key < 2n ** 63n),
      )
    );
  } catch {
    return false;
  }
}

const cursorOf = (width: number) =>
  z
    .string()
    .max(1000, "is not a cursor of this list (use a cursor the list gave)")
    .refine((cursor) => isCursorOf(width, cursor), "is not a cursor of this list (use a cursor the list gave)")
    .nullish();

/** The checks of a Prisma connection's arguments, its cursor `width` keys wide (e.g. 2 for councilId_id). */
export const connectionArgsSchemaOf = (width: number) => pageSizeArgsSchema.extend({ after: cursorOf(width), before: cursorOf(width) });

/** The checks of a Prisma connection keyed by (councilId, id); a connection's own arguments extend it. */
export const connectionArgsSchema = connectionArgsSchemaOf(2);

/** An offset cursor of a list paged in memory (@pothos/plugin-relay's array connection: "OffsetConnection:" and a whole number, base64). */
function isOffsetCursor(cursor: string): boolean {
  try {
    return /^OffsetConnection:\d{1,9}$/.test(decodeBase64(cursor));
  } catch {
    return false;
  }
}

const offsetCursor = z
  .string()
  .max(100, "is not a cursor of this list (use a cursor the list gave)")
  .refine(isOffsetCursor, "is not a cursor of this list (use a cursor the list gave)")
  .nullish();

/** The checks of a connection paged in memory by offset (its cursors from resolveArrayConnection). */
export const offsetConnectionArgsSchema = pageSizeArgsSchema.extend({ after: offsetCursor, before: offsetCursor });
