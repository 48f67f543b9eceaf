import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type CreatePrismaClientOptions = {
  /** Most connections the pool opens (default 5: the machines have two cores). */
  maxConnections?: number;
  /** PostgreSQL statement_timeout for every statement on the pool's connections (e.g. the analytics pool's). */
  statementTimeoutMs?: number;
};

/** A Prisma client on the given PostgreSQL URL through the node-postgres driver adapter (no native engine). */
export function createPrismaClient(url: string, options: CreatePrismaClientOptions = {}): PrismaClient {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("createPrismaClient: url must be a postgres:// or postgresql:// connection string");
  }
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.maxConnections ?? 5,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  return new PrismaClient({ adapter });
}
