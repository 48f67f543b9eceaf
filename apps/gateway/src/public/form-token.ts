import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The public form's timestamp token: the gateway signs (HMAC-SHA256) the council and the time the form was
 * opened; a submission must come back with it, no sooner than the minimum fill time and no later than the
 * maximum age (local policy: people type slowly; robots post at once). The key comes from CSC_SESSION_SECRET
 * (so every gateway process agrees) or is generated at start (tokens then end when the gateway restarts).
 */
export const MIN_FILL_SECONDS = 3;
export const MAX_FORM_AGE_SECONDS = 24 * 60 * 60;

const key = process.env.CSC_SESSION_SECRET
  ? createHmac("sha256", process.env.CSC_SESSION_SECRET).update("public-feedback-form").digest()
  : randomBytes(32);

const sign = (body: string) => createHmac("sha256", key).update(body).digest("base64url");

/** A token for a form of `councilId` opened at `issuedAtMs`. */
export function issueFormToken(councilId: string, issuedAtMs: number = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ c: councilId, t: issuedAtMs })).toString("base64url");
  return `${body}.${sign(body)}`;
}

type FormTokenCheck = "ok" | "invalid" | "too_quick" | "expired";

/** Checks a token against the council it is sent to and the time now. */
export function checkFormToken(token: string, councilId: string, nowMs: number = Date.now()): FormTokenCheck {
  const [body, mac, extra] = token.split(".");
  if (!body || !mac || extra !== undefined) return "invalid";
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return "invalid";
  }
  if (typeof claims !== "object" || claims === null) return "invalid";
  const { c, t } = claims as { c?: unknown; t?: unknown };
  if (c !== councilId || typeof t !== "number") return "invalid";
  const age = (nowMs - t) / 1000;
  if (age < MIN_FILL_SECONDS) return "too_quick";
  if (age > MAX_FORM_AGE_SECONDS) return "expired";
  return "ok";
}
