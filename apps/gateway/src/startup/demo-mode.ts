/**
 * Demo or production. Demo councils, demo accounts (published passwords) and fixture imports happen only in demo
 * mode: `CSC_DEMO=1`, or the embedded default database when nothing is configured (`npm start` on a fresh clone).
 * With DATABASE_URL set, or NODE_ENV=production, the platform starts empty unless CSC_DEMO=1 says otherwise, and
 * the first platform administrator is created by `pnpm --filter @csc/gateway create-platform-admin`.
 */
export type StartMode = "demo" | "production";

export function startMode(env: NodeJS.ProcessEnv): StartMode {
  const demo = env.CSC_DEMO?.trim();
  if (demo === "1" || demo === "true") return "demo";
  if (demo !== undefined && demo !== "") return "production";
  if (env.DATABASE_URL || env.NODE_ENV === "production") return "production";
  return "demo";
}
