import type { PrismaClient } from "../generated/prisma/client";
import type { CouncilTransaction } from "./with-council";

/**
 * The role for platform work outside any one council: sign-in, sessions, invitations, council creation (created by
 * migration 1765200000001_platform-role). It reads and writes the platform tables only (council, app_user, the
 * roles and invitations it reads, user_session, audit_log appends) and holds no grant on any case table.
 */
export const PLATFORM_ROLE = "csc_platform";

/** The transaction client handed to withPlatform's callback. */
export type PlatformTransaction = CouncilTransaction;

export type WithPlatformOptions = { timeout?: number; maxWait?: number };

/**
 * Runs `fn` in one interactive transaction as the platform role (`SET LOCAL ROLE csc_platform`), the one way the
 * gateway touches platform tables: its login role holds no privilege of its own. The role ends with the transaction.
 */
export async function withPlatform<T>(
  prisma: PrismaClient,
  fn: (tx: PlatformTransaction) => Promise<T>,
  options: WithPlatformOptions = {},
): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL ROLE ${PLATFORM_ROLE}`);
      return fn(tx);
    },
    { timeout: options.timeout ?? 15_000, maxWait: options.maxWait ?? 5_000 },
  );
}
