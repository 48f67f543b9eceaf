import type { ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { addCalendarDays, isIsoDate, type IsoDate } from "@csc/rules";
import { API_KEY_MAX_DAYS, newApiKey } from "../auth/api-key";
import type { GatewayContext } from "../context";
import type { CountedPage } from "../limits/counted-cursor-connection";
import { withCouncil, withPlatform } from "../db/client";
import { badInput, forbidden, notFound, unauthenticated } from "../errors/gateway-error";
import { writeAudit, type AuditEntry } from "./audit";
import { isRecordId } from "./council-scope";

/**
 * Analysts' read-only API keys (auth/api-key.ts), managed by a council's administrators (keys for their council)
 * and by the platform administrator (cross-council keys for comparisons). The key is returned once, on creation;
 * only its hash is stored. Creating and revoking are audited; so is every use (auth/api-key.ts).
 */
export type ApiKeyStatus = "active" | "revoked" | "expired";

export interface AnalystApiKeyView {
  id: string;
  name: string;
  prefix: string;
  councilId: string | null;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  status: ApiKeyStatus;
}

interface CreateAnalystApiKeyInput {
  name: string;
  /** The last day the key works (YYYY-MM-DD). */
  expiresOn: string;
}

const NAME_LENGTH = { min: 3, max: 100 } as const;

/** The keys the viewer manages: their council's, or (platform administrator) the cross-council ones. */
function keyScope(context: GatewayContext): { councilId: string | null; userId: string } {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (viewer.via === "api_key") throw forbidden("An API key cannot manage API keys");
  if (viewer.councilId && viewer.roles.includes("council_admin")) return { councilId: viewer.councilId, userId: viewer.userId };
  if (!viewer.councilId && viewer.platformAdmin) return { councilId: null, userId: viewer.userId };
  throw forbidden("Only council administrators (their council's keys) and the platform administrator (cross-council keys) manage API keys");
}

const SELECT = { id: true, name: true, prefix: true, councilId: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true } as const;

function view(row: Omit<AnalystApiKeyView, "status">, now: Date): AnalystApiKeyView {
  const status: ApiKeyStatus = row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "active";
  return { ...row, status };
}

async function audit(context: GatewayContext, councilId: string | null, entry: AuditEntry): Promise<void> {
  if (councilId) await withCouncil(context.root, councilId, (tx) => writeAudit(tx, context, entry));
  else await withPlatform(context.root, (tx) => writeAudit(tx, context, entry));
}

type KeyPlace = Pick<AnalystApiKeyView, "createdAt" | "id">;

/** A key's cursor: its place in the order (created, then id; both unique together), so a page boundary holds as keys are added. */
export function apiKeyCursor(key: KeyPlace): string {
  return Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString("base64url");
}

function placeOf(cursor: string, arg: "after" | "before"): KeyPlace {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === "string" && typeof decoded[1] === "string") {
      const createdAt = new Date(decoded[0]);
      if (!Number.isNaN(createdAt.getTime()) && isRecordId(decoded[1])) return { createdAt, id: decoded[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw badInput([arg], "is not a cursor of this list (use a cursor the list gave)");
}

/** Keys newer than `place` (a page's start is the newest): created later, or the same millisecond and a larger id. */
const newerThan = (place: KeyPlace) => ({
  OR: [{ createdAt: { gt: place.createdAt } }, { createdAt: place.createdAt, id: { gt: place.id } }],
});
const olderThan = (place: KeyPlace) => ({
  OR: [{ createdAt: { lt: place.createdAt } }, { createdAt: place.createdAt, id: { lt: place.id } }],
});

/**
 * One page of the keys the viewer manages for resolveCursorConnection, newest first (created, then id), paged in
 * SQL: after/before by place, `limit` of them, oldest first when inverted; totalCount counts every key, revoked and expired too.
 */
export async function pageAnalystApiKeys(
  context: GatewayContext,
  { after, before, limit, inverted }: ResolveCursorConnectionArgs,
): Promise<CountedPage<AnalystApiKeyView>> {
  const { councilId } = keyScope(context);
  const from = after === undefined ? null : placeOf(after, "after");
  const to = before === undefined ? null : placeOf(before, "before");
  const where = { councilId, AND: [...(from ? [olderThan(from)] : []), ...(to ? [newerThan(to)] : [])] };
  const direction = inverted ? "asc" : "desc";
  const [rows, totalCount] = await withPlatform(
    context.root,
    async (tx) =>
      [
        await tx.analystApiKey.findMany({ where, orderBy: [{ createdAt: direction }, { id: direction }], take: limit, select: SELECT }),
        await tx.analystApiKey.count({ where: { councilId } }),
      ] as const,
  );
  const now = new Date();
  return { items: rows.map((row) => view(row, now)), totalCount };
}

export function utcToday(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** Checks the input: a name of 3–100 characters, and a last day from tomorrow to API_KEY_MAX_DAYS from today. */
function checkedInput(input: CreateAnalystApiKeyInput, today: IsoDate): { name: string; expiresOn: IsoDate } {
  const name = input.name.trim();
  if (name.length < NAME_LENGTH.min || name.length > NAME_LENGTH.max) {
    throw badInput(["input", "name"], `must be ${NAME_LENGTH.min} to ${NAME_LENGTH.max} characters, e.g. "Power BI refresh"`);
  }
  const latest = addCalendarDays(today, API_KEY_MAX_DAYS);
  if (!isIsoDate(input.expiresOn) || input.expiresOn <= today || input.expiresOn > latest) {
    throw badInput(
      ["input", "expiresOn"],
      `must be a date after today and at most ${API_KEY_MAX_DAYS} days ahead (by ${latest}; platform policy: keys expire within a year)`,
    );
  }
  return { name, expiresOn: input.expiresOn };
}

/** Creates a key; the answer carries the key itself, which is never shown again. */
export async function createAnalystApiKey(
  context: GatewayContext,
  input: CreateAnalystApiKeyInput,
): Promise<{ key: string; apiKey: AnalystApiKeyView }> {
  const { councilId, userId } = keyScope(context);
  // Expiry is wall-clock time (UTC), not a statutory date: checked against the real today, not the clocks' "today".
  const checked = checkedInput(input, utcToday());
  const made = newApiKey();
  // The key works through its last day (UTC): it expires at the start of the next.
  const expiresAt = new Date(`${addCalendarDays(checked.expiresOn, 1)}T00:00:00.000Z`);
  const row = await withPlatform(context.root, (tx) =>
    tx.analystApiKey.create({
      data: { councilId, name: checked.name, prefix: made.prefix, keyHash: made.hash, createdBy: userId, expiresAt },
      select: SELECT,
    }),
  );
  await audit(context, councilId, { action: "createAnalystApiKey", detail: { apiKeyId: row.id, expiresOn: checked.expiresOn } });
  return { key: made.key, apiKey: view(row, new Date()) };
}

/** Revokes a key at once (a revoked key stays listed, with when it was revoked). Another council's key: NOT_FOUND. */
export async function revokeAnalystApiKey(context: GatewayContext, id: string): Promise<AnalystApiKeyView> {
  const { councilId, userId } = keyScope(context);
  if (!isRecordId(id)) throw notFound("API key");
  const found = await withPlatform(context.root, (tx) =>
    tx.analystApiKey.findFirst({ where: { id, councilId }, select: { id: true, revokedAt: true } }),
  );
  if (!found) throw notFound("API key");
  const row = await withPlatform(context.root, (tx) =>
    found.revokedAt
      ? tx.analystApiKey.findUniqueOrThrow({ where: { id }, select: SELECT })
      : tx.analystApiKey.update({ where: { id }, data: { revokedAt: new Date(), revokedBy: userId }, select: SELECT }),
  );
  if (!found.revokedAt) await audit(context, councilId, { action: "revokeAnalystApiKey", detail: { apiKeyId: id } });
  return view(row, new Date());
}
