import { createPrismaClient, DEMO_PASSWORD, hashPassword, seedDemo, type PrismaClient } from "@csc/db";
import { startTestDatabase, type TestDatabaseOptions } from "@csc/db/testing";
import type { TestDatabase } from "@csc/db/testing";
import type { IsoDate } from "@csc/rules";
import type { CouncilRole } from "../auth/roles";
import { createSessionTokens } from "../auth/session-token";
import { createGateway } from "../gateway";
import { statementTiming } from "../http/request-timing";
import type { Gateway, GatewayOptions } from "../gateway";
import type { LogFields, Logger, LogLevel } from "../log";

export interface GraphqlAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: Array<string | number>; requestId?: string } }>;
}

export interface LogLine {
  level: LogLevel;
  event: string;
  fields: LogFields;
}

export interface Harness {
  /** The database; `db.prisma` is the owner's client, for a test's own set-up and checks. */
  db: TestDatabase;
  /** The gateway's own client: its login role (csc_gateway), which owns nothing and bypasses nothing. */
  runtime: PrismaClient;
  gateway: Gateway;
  url: string;
  logs: LogLine[];
  /** Sends one GraphQL operation over HTTP, as a client would. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlAnswer<T>>;
  /** Signs a demo user in (e.g. "officer", "demo-north") and returns the session token. */
  signIn(role: "officer" | "manager" | "analyst" | "admin" | "auditor", councilId: string): Promise<string>;
  signInPlatformAdmin(): Promise<string>;
  /** Adds an account with the demo password and one role in a council (display name: the e-mail unless given). */
  addUser(councilId: string, role: CouncilRole, email: string, displayName?: string): Promise<void>;
  stop(): Promise<void>;
}

/** "Today" for every integration test, so the statutory clocks give the same answers on any day. */
export const TEST_TODAY: IsoDate = "2026-06-30";

/**
 * A real PostgreSQL (embedded, fresh per test file), migrated and seeded with the two demo councils (no demo
 * cases), and the gateway listening on a free port on 127.0.0.1. `database`: where the database is kept (benchmarks).
 */
export async function startHarness(options: Partial<GatewayOptions> = {}, database: TestDatabaseOptions = {}): Promise<Harness> {
  const db = await startTestDatabase(database);
  // The gateway runs as in production: on its login role, never the owner (issue 9 finding 7).
  const runtime = createPrismaClient(db.gatewayUrl, { maxConnections: 4, ...statementTiming() });
  const logs: LogLine[] = [];
  const logger: Logger = { log: (level, event, fields = {}) => logs.push({ level, event, fields }) };
  try {
    await seedDemo(db.prisma, { cases: false });
    const gateway = await createGateway({
      root: runtime,
      logger,
      sessions: createSessionTokens({ secret: "test-secret-test-secret-test-secret" }),
      today: () => TEST_TODAY,
      ...options,
    });
    const url = await gateway.listen(0);
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphqlAnswer<T>, "status">;
      return { status: response.status, ...body };
    };
    const signInAs = async (councilId: string | null, email: string) => {
      const answer = await gql<{ signIn: { token: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
        input: { councilId, email, password: DEMO_PASSWORD },
      });
      const token = answer.data?.signIn.token;
      if (!token) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(answer.errors)}`);
      return token;
    };
    return {
      db,
      runtime,
      gateway,
      url,
      logs,
      gql,
      signIn: (role, councilId) => signInAs(councilId, `${role}@${councilId}.example`),
      signInPlatformAdmin: () => signInAs(null, "platform-admin@csc.example"),
      async addUser(councilId, role, email, displayName = email) {
        const user = await db.prisma.user.create({ data: { email, displayName, passwordHash: await hashPassword(DEMO_PASSWORD) } });
        await db.prisma.userCouncilRole.create({ data: { councilId, userId: user.id, role } });
      },
      async stop() {
        await gateway.stop();
        await runtime.$disconnect();
        await db.stop();
      },
    };
  } catch (error) {
    await runtime.$disconnect();
    await db.stop();
    throw error;
  }
}
