import PgBoss from "pg-boss";
import { grantJobsSchema, JOBS_ROLE } from "@csc/db";
import { QUEUES } from "./job-queue";

/** The schema pg-boss keeps its tables in (the platform's own PostgreSQL: no other server). */
const JOB_SCHEMA = "pgboss";

/**
 * Installs (or upgrades) pg-boss's schema and the platform's queues as the database owner, then lets the job role
 * (csc_jobs) read and write those tables only: the gateway's job-queue connections need no CREATE anywhere and
 * own nothing. Run at start, with the migrations' connection, before `startJobQueue` on the login role.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, max: 1, migrate: true, supervise: false, schedule: false });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  await grantJobsSchema(ownerUrl, JOB_SCHEMA);
}

/** The gateway's login URL with its sessions started as the job role (`-c role=csc_jobs`). */
export function jobsUrl(runtimeUrl: string): string {
  const url = new URL(runtimeUrl);
  const options = url.searchParams.get("options");
  url.searchParams.set("options", `${options ? `${options} ` : ""}-c role=${JOBS_ROLE}`);
  return url.toString();
}
