/**
 * The longest any one SQL statement of a request may run (local policy; CSC_STATEMENT_TIMEOUT_MS). PostgreSQL
 * cancels it past this, so one expensive request cannot hold a connection, and every other council, for minutes.
 */
const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

export function statementTimeoutMs(env: NodeJS.ProcessEnv): number {
  const raw = env.CSC_STATEMENT_TIMEOUT_MS;
  if (raw === undefined || raw === "") return DEFAULT_STATEMENT_TIMEOUT_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100 || value > 3_600_000) {
    throw new Error(`CSC_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds between 100 and 3600000, not "${raw}"`);
  }
  return value;
}

/** The database URL with `-c statement_timeout=<ms>` added to its session options. */
export function withStatementTimeout(databaseUrl: string, ms: number): string {
  const url = new URL(databaseUrl);
  const options = url.searchParams.get("options");
  url.searchParams.set("options", `${options ? `${options} ` : ""}-c statement_timeout=${ms}`);
  return url.toString();
}
