import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@csc/db";
import { createAddressThrottle } from "../auth/address-throttle";
import { passwordProblem } from "../auth/password-policy";
import { revokeSessionsOf } from "../auth/session-store";
import type { GatewayContext } from "../context";
import { withPlatform } from "../db/client";
import { badInput, gatewayError } from "../errors/gateway-error";
import { PASSWORD_RESET_SUBJECT } from "../notifications/subjects";

/** A reset link works for this long (local policy). */
const RESET_LINK_MINUTES = 30;
/** At most this many links per account per hour (local policy): more requests send nothing, and say the same. */
export const RESETS_PER_ACCOUNT_PER_HOUR = 3;
/** At most this many reset requests and refused links per network address in 15 minutes (local policy; a council office shares one address). */
export const RESETS_PER_ADDRESS = 30;
const HOUR_MS = 60 * 60 * 1000;
/**
 * Every answer to requestPasswordReset takes at least this long, so its timing does not tell whether the address
 * has an account (creating and queueing a link takes a few milliseconds that an unknown address does not).
 */
export const RESET_ANSWER_FLOOR_MS = 250;

/** Requests and refused links per address (in memory: one gateway process). */
const resetThrottle = createAddressThrottle(RESETS_PER_ADDRESS);

/** The one answer to every request, whether or not the address has an account (no account enumeration). */
const RESET_REQUESTED = true;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

type RequestOutcome = "sent" | "no_account" | "account_limit" | "not_configured";

function throttled(context: GatewayContext): void {
  if (!resetThrottle.allows(context.clientAddress)) {
    throw gatewayError("TOO_MANY_REQUESTS", "Too many password-reset attempts from your network address; try again in 15 minutes");
  }
  resetThrottle.recordFailure(context.clientAddress);
}

function message(link: string): string {
  return [
    "Someone asked to reset the password of your account on the children's social care complaints platform.",
    "",
    `To choose a new password, open this link within ${RESET_LINK_MINUTES} minutes. It works once:`,
    link,
    "",
    "If you did not ask for this, ignore this e-mail: your password has not changed.",
  ].join("\n");
}

/**
 * "Forgotten your password?": e-mails a one-time link to the account's address. The answer is the same whether
 * or not the address has an account; only the SHA-256 of the link's token is stored. Audited without the e-mail.
 */
export async function requestPasswordReset(context: GatewayContext, input: { email: string }): Promise<boolean> {
  const appUrl = context.appUrl;
  throttled(context);
  const floor = new Promise((resolve) => setTimeout(resolve, RESET_ANSWER_FLOOR_MS));
  await withPlatform(context.root, async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: input.email.trim().toLowerCase() },
      select: { id: true, email: true, passwordHash: true, disabledAt: true },
    });
    let outcome: RequestOutcome = "no_account";
    if (user?.passwordHash && !user.disabledAt) {
      const recent = await tx.passwordReset.count({ where: { userId: user.id, createdAt: { gt: new Date(Date.now() - HOUR_MS) } } });
      if (recent >= RESETS_PER_ACCOUNT_PER_HOUR) outcome = "account_limit";
      else if (!context.sendPasswordReset || !appUrl) outcome = "not_configured";
      else {
        const token = randomBytes(32).toString("base64url");
        await tx.passwordReset.create({
          data: { userId: user.id, tokenHash: hashOf(token), expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000) },
        });
        // The token travels in the fragment (#…): browsers never send it to a server or in a Referer.
        await context.sendPasswordReset({
          to: user.email,
          subject: PASSWORD_RESET_SUBJECT,
          text: message(`${appUrl.replace(/\/+$/, "")}/reset-password#${token}`),
        });
        outcome = "sent";
      }
    }
    await tx.auditLog.create({
      data: {
        councilId: "platform",
        actorId: user?.id ?? null,
        actorRole: "anonymous",
        action: "passwordResetRequested",
        requestId: context.requestId,
        detail: { outcome },
      },
    });
  });
  await floor;
  return RESET_REQUESTED;
}

/**
 * Sets a new password with a reset link's token: the link must be unused and unexpired, the password follows the
 * NCSC rules; every open session of the account ends, the lockout is cleared, and the reset is audited.
 */
export async function resetPassword(context: GatewayContext, input: { token: string; newPassword: string }): Promise<boolean> {
  const reset = await withPlatform(context.root, (tx) =>
    tx.passwordReset.findUnique({
      where: { tokenHash: hashOf(input.token) },
      select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, disabledAt: true } } },
    }),
  );
  if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now() || reset.user.disabledAt) {
    throttled(context);
    throw badInput(["input", "token"], "is not valid, has expired or has already been used; ask for a new link");
  }
  const problem = passwordProblem(input.newPassword, reset.user.email);
  if (problem) throw badInput(["input", "newPassword"], problem);
  const passwordHash = await hashPassword(input.newPassword);
  const used = await withPlatform(context.root, async (tx) => {
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) return false;
    await tx.passwordReset.updateMany({ where: { userId: reset.user.id, usedAt: null }, data: { usedAt: new Date() } });
    await tx.user.update({ where: { id: reset.user.id }, data: { passwordHash, passwordSetByAdmin: false, failedSignIns: 0, lockedAt: null } });
    return true;
  });
  if (!used) throw badInput(["input", "token"], "is not valid, has expired or has already been used; ask for a new link");
  await withPlatform(context.root, async (tx) => {
    const ended = await revokeSessionsOf(tx, reset.user.id);
    await tx.auditLog.create({
      data: {
        councilId: "platform",
        actorId: reset.user.id,
        actorRole: "self",
        action: "passwordReset",
        requestId: context.requestId,
        detail: { sessionsEnded: ended },
      },
    });
  });
  return true;
}
