import { z } from "zod";
import { LIMITS } from "./query-limits";

/** `first` or `last` of any connection: 1 to the largest page (refused by name above it, never silently cut). */
const pageSize = z.number().int().min(1, "must be at least 1").max(LIMITS.maxPageSize, `must be at most ${LIMITS.maxPageSize}`).nullish();

/** The connection arguments' checks; a connection's own arguments extend it. */
export const connectionArgsSchema = z.object({ first: pageSize, last: pageSize }).passthrough();
