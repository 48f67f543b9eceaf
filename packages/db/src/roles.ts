import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { PLATFORM_ROLE } from "./with-platform";
import { APP_ROLE } from "./with-council";

/**
 * The gateway's login role: it owns nothing and bypasses nothing (NOSUPERUSER, NOBYPASSRLS, NOCREATEROLE,
 * NOCREATEDB, NOINHERIT); its only powers are SET ROLE csc_app (council work), csc_platform (platform tables)
 * and csc_jobs (the job queue's own schema), and the session lookup live_session_of (one statement, no transaction).
 */
export const GATEWAY_LOGIN_ROLE = "csc_gateway";

/** The role of the background jobs' connections: pg-boss's tables (schema pgboss) and nothing else. */
export const JOBS_ROLE = "csc_jobs";

/** Where an embedded server keeps the gateway's generated password (in its data folder, mode 0600). */
const PASSWORD_FILE = "csc_gateway.password";

/**
 * The SQL that creates (or brings up to date) the gateway's login role on a database migrated with csc_app and
 * csc_platform; run by a role that may create roles (the embedded server's superuser, or an administrator).
 */
export function gatewayLoginRoleSql(database: string, password: string): string[] {
  const literal = `'${password.replaceAll("'", "''")}'`;
  const attributes = "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION";
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${GATEWAY_LOGIN_ROLE}') THEN CREATE ROLE ${GATEWAY_LOGIN_ROLE} ${attributes}; END IF; END $$`,
    `ALTER ROLE ${GATEWAY_LOGIN_ROLE} ${attributes} PASSWORD ${literal}`,
    `GRANT ${APP_ROLE}, ${PLATFORM_ROLE}, ${JOBS_ROLE} TO ${GATEWAY_LOGIN_ROLE}`,
    `GRANT CONNECT ON DATABASE ${database} TO ${GATEWAY_LOGIN_ROLE}`,
    // The session lookup in one statement (migration 1770100000001): rows it could read through csc_platform anyway.
    `GRANT EXECUTE ON FUNCTION live_session_of(uuid, text) TO ${GATEWAY_LOGIN_ROLE}`,
  ];
}

/** Creates or updates the gateway's login role through the owner's connection (idempotent). */
export async function ensureGatewayLoginRole(ownerUrl: string, password: string): Promise<void> {
  const database = new URL(ownerUrl).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`database name "${database}" must be a lower-case identifier`);
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    for (const sql of gatewayLoginRoleSql(database, password)) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The owner's URL with the gateway's login role and password in its place. */
export function gatewayLoginUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = GATEWAY_LOGIN_ROLE;
  url.password = password;
  return url.toString();
}

/**
 * The gateway's password for an embedded server: generated once (32 random bytes) and kept in the server's data
 * folder, readable by root only; never a fixed password.
 */
export async function embeddedGatewayPassword(dataDir: string): Promise<string> {
  const file = join(dataDir, PASSWORD_FILE);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(32).toString("hex");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Sets up the gateway's login role on an embedded server's migrated database; answers its connection URL. */
export async function embeddedGatewayUrl(dataDir: string, ownerUrl: string): Promise<string> {
  const password = await embeddedGatewayPassword(dataDir);
  await ensureGatewayLoginRole(ownerUrl, password);
  return gatewayLoginUrl(ownerUrl, password);
}

/**
 * Lets the job role read and write the tables of a schema the owner installed for the job queue (pg-boss's
 * `pgboss`): usage, DML, sequences and functions there, nothing elsewhere. Run through the owner's connection.
 */
export async function grantJobsSchema(ownerUrl: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`schema name "${schema}" must be a lower-case identifier`);
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${JOBS_ROLE}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${JOBS_ROLE}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${JOBS_ROLE}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${JOBS_ROLE}`);
  } finally {
    await client.end();
  }
}
