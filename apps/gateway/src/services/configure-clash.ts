import { Prisma } from "@csc/db";
import { conflict } from "../errors/gateway-error";

/**
 * Two administrators changing the same setting at once: the database's unique keys let only one through.
 * The other gets CONFLICT with `message` instead of an internal error.
 */
export async function refuseClash<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict(message);
    throw error;
  }
}
