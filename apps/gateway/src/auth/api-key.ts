import { createHash, randomBytes } from "node:crypto";
import { withPlatform, type GatewayPrisma } from "../db/client";
import { unauthenticated } from "../errors/gateway-error";
import type { Viewer } from "./viewer";

/**
 * Read-only API keys for analysts (issue 11): a spreadsheet or BI tool (Excel, Power BI) sends one as
 * `Authorization: Bearer csc_…` or `x-api-key: csc_…` and reads aggregates only. A council key acts as an analyst of
 * its council (the analyst role's scopes: statistics, comparisons, case counts, reports and their downloads, the
 * catalogue; never a case or personal data; the disclosure policy applies); a cross-council key (made by the
 * platform administrator) reads only `compareCouncils` and the catalogue. Only the key's SHA-256 is stored.
 */
const API_KEY_PREFIX = "csc_";

/** The longest a key may live: one year from creation (platform policy, so a forgotten key does not live for ever). */
export const API_KEY_MAX_DAYS = 365;

/** Characters of the key kept in the clear to tell keys apart in the list (`csc_` and 8 more). */
const SHOWN_CHARACTERS = API_KEY_PREFIX.length + 8;

export function isApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key (256 random bits), the hash to store and the prefix to show. */
export function newApiKey(): { key: string; hash: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, SHOWN_CHARACTERS) };
}

/**
 * The viewer an API key stands for, or UNAUTHENTICATED (an unknown, revoked or expired key, or one whose creator's
 * account is disabled). Every use is audited (`apiKeyUsed`, the key's id) and sets the key's last use.
 */
export async function viewerForApiKey(root: GatewayPrisma, key: string, requestId: string | null): Promise<Viewer> {
  const found = await withPlatform(root, (tx) =>
    tx.analystApiKey.findUnique({
      where: { keyHash: hashApiKey(key) },
      select: { id: true, councilId: true, createdBy: true, expiresAt: true, revokedAt: true, creator: { select: { disabledAt: true } } },
    }),
  );
  const now = new Date();
  if (!found || found.revokedAt || found.expiresAt <= now || found.creator.disabledAt) {
    throw unauthenticated("The API key is not valid: it is unknown, revoked or expired");
  }
  const viewer: Viewer = found.councilId
    ? { userId: found.createdBy, councilId: found.councilId, roles: ["analyst"], platformAdmin: false, via: "api_key", apiKeyId: found.id }
    : { userId: found.createdBy, councilId: null, roles: [], platformAdmin: false, via: "api_key", apiKeyId: found.id };
  await withPlatform(root, async (tx) => {
    await tx.analystApiKey.update({ where: { id: found.id }, data: { lastUsedAt: now } });
    await tx.auditLog.create({
      data: {
        councilId: found.councilId ?? "platform",
        actorId: found.createdBy,
        actorRole: "api_key",
        action: "apiKeyUsed",
        requestId,
        detail: { apiKeyId: found.id },
      },
    });
  });
  return viewer;
}
