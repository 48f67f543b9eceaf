import type { PrismaClient } from "@csc/db";
import { todayInLondon } from "../today-in-london";
import { documentStoresFromEnv } from "../documents/document-store-config";
import type { Logger } from "../log";
import { createSmtpMailer, smtpSettingsFromEnv } from "../notifications/mailer";
import { installJobQueue, jobsUrl } from "./install-job-queue";
import { startJobQueue, type JobQueue } from "./job-queue";

/**
 * The gateway's background jobs from its environment: CSC_JOBS=off starts none; without CSC_SMTP_HOST the
 * reminders are decided and recorded but no e-mail is sent (a warning is logged). CSC_APP_URL links officers'
 * e-mails to the admin app; CSC_REMINDERS_CRON, CSC_RETENTION_CRON and CSC_REFRESH_CRON (open cases brought up to
 * the new day) override the schedules (Europe/London).
 * Retention erasure deletes documents where CSC_DOCUMENT_STORE keeps them (documents/document-store-config.ts).
 */
export async function startBackgroundJobs(options: {
  env: NodeJS.ProcessEnv;
  url: string;
  ownerUrl: string;
  root: PrismaClient;
  logger: Logger;
}): Promise<JobQueue | null> {
  const { env, logger } = options;
  if (env.CSC_JOBS === "off") return null;
  const smtp = smtpSettingsFromEnv(env);
  if (!smtp) logger.log("warn", "jobs.no_smtp", { hint: "set CSC_SMTP_HOST to send reminder e-mails" });
  // pg-boss's schema is installed as the owner; the queue then runs on the login role as csc_jobs.
  await installJobQueue(options.ownerUrl);
  return startJobQueue({
    url: jobsUrl(options.url),
    migrate: false,
    root: options.root,
    mailer: smtp ? createSmtpMailer(smtp) : null,
    logger,
    today: todayInLondon,
    appUrl: env.CSC_APP_URL,
    remindersCron: env.CSC_REMINDERS_CRON,
    retentionCron: env.CSC_RETENTION_CRON,
    refreshCron: env.CSC_REFRESH_CRON,
    documentStores: documentStoresFromEnv(env),
  });
}
