/**
 * Where reports and analyst queries read (issue 11 item 4): `DATABASE_READ_URL` when set (a read replica, e.g. a
 * streaming standby of the primary), else the primary's URL. Case work, sign-in, audit and every write stay on the
 * primary; only the analytics worker pool (reports/analytics-pool.ts) connects here.
 */
export function analyticsReadUrl(env: NodeJS.ProcessEnv, primaryUrl: string): string {
  const raw = env.DATABASE_READ_URL;
  if (raw === undefined || raw === "") return primaryUrl;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new Error("DATABASE_READ_URL must be a postgres:// or postgresql:// connection string");
  }
  return raw;
}
