import { randomUUID } from "node:crypto";
import type pg from "pg";
import { Prisma } from "../generated/prisma/client";
import type { RawWriter } from "./units/store-counted-units";

/**
 * The connection a Prisma interactive transaction runs on, for statements whose parameters are large: Prisma 7
 * passes a raw query's parameters through JSON (written by its client, read back by its query interpreter) before
 * node-postgres sends them, which for the import's documents (about 3 KB of JSON a case, already text) cost as much
 * CPU as sending them. Statements sent here run in the same transaction, under the same `SET LOCAL` settings (the
 * council's row-level security applies as to every statement of the transaction), in the order they are awaited.
 */
const MARKER = "SELECT $1::text AS csc_transaction_connection";

/** Connections that ran the marker statement, by the token it carried (each taken out as soon as it is found). */
const marked = new Map<string, pg.Client>();

function markerToken(args: readonly unknown[]): string | null {
  const first: unknown = args[0];
  if (!first || typeof first !== "object" || !("text" in first) || first.text !== MARKER) return null;
  const values: unknown = "values" in first ? first.values : args[1];
  const token: unknown = Array.isArray(values) ? values[0] : undefined;
  return typeof token === "string" ? token : null;
}

/**
 * `base` (node-postgres' Client, or one that observes statements) whose connections note which of them ran the
 * marker statement; every pool createPrismaClient makes uses it.
 */
export function markingClient(base: typeof pg.Client): typeof pg.Client {
  return class MarkingClient extends base {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      const client = this as pg.Client;
      this.query = new Proxy(this.query, {
        apply(target, self, args: unknown[]) {
          const token = markerToken(args);
          if (token) marked.set(token, client);
          return Reflect.apply(target, self, args) as unknown;
        },
      });
    }
  };
}

/** What a transaction's connection is used for: raw statements, as a council transaction runs them. */
export interface TransactionConnection extends RawWriter {
  /** `text` with `$1`… placeholders and its values, as node-postgres sends them; the rows. */
  query<T>(text: string, values: readonly unknown[]): Promise<T[]>;
}

/**
 * The connection `tx` (an interactive transaction of a client made by createPrismaClient) runs on, found by sending
 * it a marker statement. Use it only inside the transaction's callback, awaiting each statement before the
 * transaction's next (node-postgres runs a connection's statements in the order they are sent).
 */
export async function transactionConnection(tx: Pick<Prisma.TransactionClient, "$queryRawUnsafe">): Promise<TransactionConnection> {
  const token = randomUUID();
  let client: pg.Client | undefined;
  try {
    await tx.$queryRawUnsafe(MARKER, token);
    client = marked.get(token);
  } finally {
    marked.delete(token);
  }
  if (!client) throw new Error("transactionConnection: the transaction's connection was not made by createPrismaClient");
  const run = async (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) => {
    const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
    return client.query(sql.text, sql.values);
  };
  return {
    query: async <T>(text: string, values: readonly unknown[]) => (await client.query(text, [...values])).rows as T[],
    $queryRaw: async <T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rows as T,
    $executeRaw: async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rowCount ?? 0,
  };
}
