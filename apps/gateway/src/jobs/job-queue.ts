import PgBoss from "pg-boss";
import type { IsoDate } from "@csc/rules";
import { withPlatform, type PrismaClient } from "@csc/db";
import type { Logger } from "../log";
import { deliverNotification } from "../notifications/deliver-notification";
import type { MailMessage, Mailer } from "../notifications/mailer";
import { planNotifications } from "../notifications/plan-notifications";
import type { DocumentStoreFor } from "../documents/document-store";
import { runRetention } from "../retention/retention";
import { refreshOpenCases } from "../services/refresh-open-cases";

/** The queues (pg-boss, in the `pgboss` schema of the platform's own PostgreSQL: no other server). */
export const QUEUES = {
  remindersScan: "reminders-scan",
  notificationSend: "notification-send",
  retentionRun: "retention-run",
  mailSend: "mail-send",
  openCasesRefresh: "open-cases-refresh",
} as const;

interface JobQueueOptions {
  /** The database URL (pg-boss keeps its tables in schema `pgboss`, created on start unless `migrate` is false). */
  url: string;
  /** false: the schema was installed by installJobQueue (the gateway's login role cannot create it). */
  migrate?: boolean;
  root: PrismaClient;
  /** No mailer: reminders are decided and recorded but nothing is sent (no SMTP configured). */
  mailer: Mailer | null;
  logger: Logger;
  today: () => IsoDate;
  /** Where each council's documents are, so retention erasure deletes them there too; PostgreSQL by default. */
  documentStores?: DocumentStoreFor;
  appUrl?: string;
  /** Cron (Europe/London) of the reminder scan; default hourly at :05 on working hours. */
  remindersCron?: string;
  /** Cron (Europe/London) of the retention run; default 02:30 daily. */
  retentionCron?: string;
  /** Cron (Europe/London) of bringing open cases' clocks up to the new day; default 00:01 daily (and once on start). */
  refreshCron?: string;
  /** Sending retries: how many, and the first delay in seconds (doubling each time). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How often workers poll for jobs, in seconds (pg-boss minimum 0.5). */
  pollingIntervalSeconds?: number;
}

export interface JobQueue {
  boss: PgBoss;
  /** Decides the due e-mails for every active council now and queues them; returns how many were queued. */
  scanReminders(): Promise<number>;
  /** Queues a scan of one council's e-mails now (after feedback through the public form: its receipt). */
  requestScan(councilId: string): Promise<void>;
  /**
   * Queues one e-mail that is not a case notification (a password-reset link): sent with retries within 30 minutes
   * (the link's own lifetime). The job row holds the message until pg-boss archives it; the link has expired by then.
   */
  sendMail(message: MailMessage): Promise<void>;
  /** Stops the workers (letting running jobs finish) and pg-boss. */
  stop(): Promise<void>;
}

interface SendJob {
  councilId: string;
  notificationId: string;
}
interface CouncilJob {
  councilId?: string;
}

/** Starts pg-boss on the platform's database, its workers and its schedules. Called by the gateway's main. */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.url,
    schema: "pgboss",
    max: 3,
    application_name: "csc-jobs",
    migrate: options.migrate ?? true,
  });
  boss.on("error", (error) => options.logger.log("error", "jobs.error", { error: error.name }));
  await boss.start();
  const retryLimit = options.retryLimit ?? 8;
  const retryDelay = options.retryDelaySeconds ?? 60;
  for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  const activeCouncils = async (only?: string) =>
    (
      await withPlatform(options.root, (tx) =>
        tx.council.findMany({ where: { active: true, ...(only ? { id: only } : {}) }, select: { id: true }, orderBy: { id: "asc" } }),
      )
    ).map((c) => c.id);

  const scanReminders = async (only?: string) => {
    let queued = 0;
    for (const councilId of await activeCouncils(only)) {
      const ids = await planNotifications(options.root, councilId, options.today());
      for (const notificationId of ids) {
        await boss.send(QUEUES.notificationSend, { councilId, notificationId } satisfies SendJob, {
          retryLimit,
          retryDelay,
          retryBackoff: true,
          singletonKey: notificationId,
        });
      }
      queued += ids.length;
      if (ids.length > 0) options.logger.log("info", "reminders.queued", { councilId, count: ids.length });
    }
    return queued;
  };

  await boss.work<CouncilJob>(QUEUES.remindersScan, polling, async (jobs) => {
    for (const job of jobs) await scanReminders(job.data?.councilId);
  });
  await boss.work<SendJob>(QUEUES.notificationSend, polling, async (jobs) => {
    for (const job of jobs) {
      if (!options.mailer) {
        options.logger.log("warn", "notification.no_smtp", { councilId: job.data.councilId });
        continue;
      }
      try {
        const result = await deliverNotification(options.root, options.mailer, job.data.councilId, job.data.notificationId, {
          today: options.today(),
          appUrl: options.appUrl,
        });
        options.logger.log("info", "notification.delivered", { councilId: job.data.councilId, result });
      } catch (error) {
        options.logger.log("warn", "notification.failed", { councilId: job.data.councilId, error: error instanceof Error ? error.name : "unknown" });
        throw error; // pg-boss retries with backoff
      }
    }
  });
  await boss.work<CouncilJob>(QUEUES.retentionRun, polling, async (jobs) => {
    for (const job of jobs) {
      for (const councilId of await activeCouncils(job.data?.councilId)) {
        const run = await runRetention(options.root, councilId, options.today(), options.documentStores?.(councilId));
        options.logger.log("info", "retention.run", { councilId, erased: run.erased.length, held: run.held.length });
      }
    }
  });
  await boss.work<CouncilJob>(QUEUES.openCasesRefresh, polling, async (jobs) => {
    for (const job of jobs) {
      const today = options.today();
      for (const councilId of await activeCouncils(job.data?.councilId)) {
        const refreshed = await refreshOpenCases(options.root, councilId, today, (caseId, error) =>
          options.logger.log("error", "open_cases.refresh_failed", { councilId, caseId, error: error instanceof Error ? error.name : "unknown" }),
        );
        if (refreshed > 0) options.logger.log("info", "open_cases.refreshed", { councilId, count: refreshed, asOf: today });
      }
    }
  });
  await boss.work<MailMessage>(QUEUES.mailSend, polling, async (jobs) => {
    for (const job of jobs) {
      if (!options.mailer) {
        options.logger.log("warn", "mail.no_smtp", {});
        continue;
      }
      await options.mailer.send(job.data); // a failure is retried with backoff; the log never names the address
      options.logger.log("info", "mail.sent", { subject: job.data.subject });
    }
  });
  await boss.schedule(QUEUES.remindersScan, options.remindersCron ?? "5 7-18 * * *", {}, { tz: "Europe/London" });
  await boss.schedule(QUEUES.retentionRun, options.retentionCron ?? "30 2 * * *", {}, { tz: "Europe/London" });
  await boss.schedule(QUEUES.openCasesRefresh, options.refreshCron ?? "1 0 * * *", {}, { tz: "Europe/London" });
  // Once on start as well: a gateway that was not running at midnight (or a demo database from an earlier day) has
  // open cases as of the day they were last derived.
  await boss.send(QUEUES.openCasesRefresh, {} satisfies CouncilJob, { singletonKey: `on-start-${options.today()}` });

  return {
    boss,
    scanReminders: () => scanReminders(),
    async requestScan(councilId: string) {
      await boss.send(QUEUES.remindersScan, { councilId } satisfies CouncilJob);
    },
    async sendMail(message) {
      await boss.send(QUEUES.mailSend, message, { retryLimit, retryDelay, retryBackoff: true, retentionSeconds: 30 * 60 });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
