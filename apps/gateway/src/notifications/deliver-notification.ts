import type { IsoDate } from "@csc/rules";
import type { PrismaClient } from "@csc/db";
import { withCouncil } from "../db/client";
import { composeNotification } from "./compose";
import type { Mailer } from "./mailer";

type DeliveryResult = "sent" | "already_sent" | "no_recipient";

/** A code for why sending failed, never the server's text (it can quote an address). */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code.slice(0, 40) : error instanceof Error ? error.name : "unknown";
}

/**
 * Sends one notification if it has not been sent: composes it, hands it to the SMTP server and records when.
 * A failure is counted on the row and thrown again so the job queue retries it; once sent it is never sent again.
 */
export async function deliverNotification(
  root: PrismaClient,
  mailer: Mailer,
  councilId: string,
  id: string,
  options: { today: IsoDate; appUrl?: string },
): Promise<DeliveryResult> {
  const prepared = await withCouncil(root, councilId, async (tx) => {
    const row = await tx.notification.findUnique({ where: { councilId_id: { councilId, id } } });
    if (!row) return { result: "no_recipient" as const };
    if (row.sentAt) return { result: "already_sent" as const };
    const message = await composeNotification(tx, row, options);
    return message ? { result: "send" as const, message } : { result: "no_recipient" as const };
  });
  if (prepared.result !== "send") return prepared.result;
  try {
    await mailer.send(prepared.message);
  } catch (error) {
    await withCouncil(root, councilId, (tx) =>
      tx.notification.update({ where: { councilId_id: { councilId, id } }, data: { attempts: { increment: 1 }, lastError: errorCode(error) } }),
    );
    throw error;
  }
  await withCouncil(root, councilId, (tx) =>
    tx.notification.update({ where: { councilId_id: { councilId, id } }, data: { attempts: { increment: 1 }, sentAt: new Date(), lastError: null } }),
  );
  return "sent";
}
