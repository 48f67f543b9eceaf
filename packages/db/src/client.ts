import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { markingClient } from "./transaction-connection";

/**
 * Told of each statement a connection sends and how long PostgreSQL took to answer it (for timing spans). Called as
 * the statement is sent, in the caller's async context (a statement outside a transaction reaches its
 * connection through the pool's callbacks, which may run in another context by the time it ends); the function it
 * returns is called with the milliseconds the statement took.
 */
export type StatementObserver = (sql: string) => (ms: number) => void;

export type CreatePrismaClientOptions = {
  /** Most connections the pool opens (default 5: the machines have two cores). */
  maxConnections?: number;
  /** PostgreSQL statement_timeout for every statement on the pool's connections (e.g. the analytics pool's). */
  statementTimeoutMs?: number;
  /**
   * PostgreSQL work_mem (MB) for the pool's connections (default: the server's, 4 MB). The analytics pool's
   * statements materialise a council's units for a report's window once and count them several times: at 4 MB that
   * window (about 20 MB for a council taking 10,000 complaints a year) was written to a temporary file and read back
   * once per count.
   */
  workMemMb?: number;
  /**
   * Connections the pool keeps open however long they stay idle (default 0: every idle connection is closed after
   * `idleTimeoutMs`). A long-running server keeps its connections: a new connection's PostgreSQL backend is slow at
   * first, since it maps each shared buffer it reads on first touch (measured at national scale: the comparison's
   * statement 290–400 ms on its backend's first run, 115–120 ms after) and has its catalog caches to fill.
   */
  keepOpen?: number;
  /** How long an idle connection above `keepOpen` stays open (default 10,000 ms, node-postgres' default). */
  idleTimeoutMs?: number;
  /**
   * Called for every statement (BEGIN, SET LOCAL, each query, COMMIT) with its text, and then with its round trip in
   * ms: the gateway's Server-Timing spans (CSC_SERVER_TIMING=1) count and time them. It must not log the text's values.
   */
  onStatement?: StatementObserver;
};

const sqlOf = (args: readonly unknown[]): string => {
  const first: unknown = args[0];
  if (typeof first === "string") return first;
  if (first && typeof first === "object" && "text" in first && typeof first.text === "string") return first.text;
  return "";
};

/** A pg Client whose every query reports its round trip to `observe` (callback and promise forms alike). */
function observedClient(observe: StatementObserver): typeof pg.Client {
  return class ObservedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.query = new Proxy(this.query, {
        apply(target, self, args: unknown[]) {
          const finish = observe(sqlOf(args));
          const started = performance.now();
          const done = () => finish(performance.now() - started);
          const last = args.length - 1;
          const callback: unknown = args[last];
          if (typeof callback === "function") {
            args[last] = (...results: unknown[]) => {
              done();
              return Reflect.apply(callback, undefined, results) as unknown;
            };
            return Reflect.apply(target, self, args) as unknown;
          }
          const answer: unknown = Reflect.apply(target, self, args);
          if (answer instanceof Promise) return answer.finally(done);
          return answer;
        },
      });
    }
  };
}

/**
 * Refuses a work_mem that is not a whole number of MB from 1 to 2048, naming the setting (`name`) it came from and
 * what was given (`given`: the setting's text, when it was read from one).
 */
export function checkWorkMemMb(value: number, name: string, given: string = String(value)): void {
  if (!(Number.isInteger(value) && value >= 1 && value <= 2048)) {
    throw new Error(`${name} must be a whole number of MB from 1 to 2048, not ${JSON.stringify(given)}`);
  }
}

/** A Prisma client on the given PostgreSQL URL through the node-postgres driver adapter (no native engine). */
export function createPrismaClient(url: string, options: CreatePrismaClientOptions = {}): PrismaClient {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("createPrismaClient: url must be a postgres:// or postgresql:// connection string");
  }
  const { workMemMb } = options;
  if (workMemMb !== undefined) checkWorkMemMb(workMemMb, "createPrismaClient: workMemMb");
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.maxConnections ?? 5,
    min: options.keepOpen ?? 0,
    idleTimeoutMillis: options.idleTimeoutMs ?? 10_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(workMemMb ? { options: `-c work_mem=${workMemMb}MB` } : {}),
    // Every connection notes whether it ran transactionConnection's marker (transaction-connection.ts).
    Client: markingClient(options.onStatement ? observedClient(options.onStatement) : pg.Client),
  });
  return new PrismaClient({ adapter });
}
