import type { IncomingMessage } from "node:http";
import type { IsoDate } from "@csc/rules";
import { resolveViewer } from "./auth/resolve-viewer";
import type { ViewerDeps } from "./auth/resolve-viewer";
import type { GatewayContext } from "./context";
import { councilClient } from "./db/client";
import { GraphQLError } from "graphql";
import { databaseFailureOf, RETRY_AFTER_SECONDS } from "./errors/database-errors";
import type { AnalyticsEngine } from "./reports/analytics-engine";
import { hasCsrfHeader, secureCookies, sessionCookie, sessionCookieOf } from "./auth/session-cookie";
import { forbidden } from "./errors/gateway-error";
import type { Viewer } from "./auth/viewer";

interface ContextDeps extends ViewerDeps {
  /** Today's date (injectable so tests can fix the statutory clocks' "today"). */
  today: () => IsoDate;
  /** Where reports and analyst queries run (see reports/analytics-engine.ts). */
  analytics?: AnalyticsEngine;
  afterPublicSubmission?: (councilId: string) => void;
  /** Where each council keeps its case documents (the same stores the upload route uses). */
  documentStores?: GatewayContext["documentStores"];
  /** Queues a password-reset e-mail (main.ts: the job queue); absent: no e-mail can be sent. */
  sendPasswordReset?: GatewayContext["sendPasswordReset"];
  /** The admin app's address for links in e-mails. */
  appUrl?: () => string | undefined;
}

/** What the context needs of the HTTP request: its credentials and whether it came over TLS. */
interface RequestCredentials {
  authorization: string | undefined;
  /** The session cookie's token, if any. */
  cookie: string | null;
  /** The CSRF header was present (`x-csc-csrf: 1`). */
  csrf: boolean;
  method: string;
  secure: boolean;
}

const READ_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD"]);

/**
 * The Authorization header wins (API clients, OIDC tokens). Otherwise the session cookie: a request that could
 * change something (not GET or HEAD) must carry the CSRF header; a cookie whose session has ended counts as
 * nobody (the sign-in page's public queries still answer) and is removed in the answer.
 */
async function viewerOf(
  deps: ContextDeps,
  credentials: RequestCredentials,
  requestId: string,
): Promise<{ viewer: Viewer | null; transport?: "cookie" | "bearer"; clearCookie: boolean }> {
  if (credentials.authorization || !credentials.cookie) {
    const viewer = await resolveViewer(credentials.authorization, deps, requestId);
    return { viewer, ...(viewer ? { transport: "bearer" as const } : {}), clearCookie: false };
  }
  if (!credentials.csrf && !READ_METHODS.has(credentials.method.toUpperCase())) {
    const refusal = forbidden("A request signed in by the session cookie must carry the header x-csc-csrf: 1 (CSRF protection)");
    refusal.extensions.http = { status: 403 };
    throw refusal;
  }
  try {
    const viewer = await resolveViewer(`Bearer ${credentials.cookie}`, deps, requestId);
    return { viewer, transport: "cookie", clearCookie: false };
  } catch (error) {
    if (databaseFailureOf(error) === "unavailable") throw error;
    return { viewer: null, clearCookie: true };
  }
}

/** Builds the per-request context: who is asking, and a client walled off to their council. */
export async function createContext(
  deps: ContextDeps,
  credentials: RequestCredentials,
  requestId: string,
  clientAddress?: string,
): Promise<GatewayContext> {
  const { viewer, transport, clearCookie } = await viewerOf(deps, credentials, requestId).catch((error: unknown) => {
    if (databaseFailureOf(error) !== "unavailable") throw error;
    // Reading the session needs the database: while it is down, 503 with a retry hint (issue 9 finding 9).
    throw new GraphQLError("The database is unavailable; try again shortly", {
      extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) } },
    });
  });
  return {
    requestId,
    viewer,
    root: deps.root,
    prisma: viewer?.councilId ? councilClient(deps.root, viewer.councilId) : null,
    asOf: deps.today(),
    sessions: deps.sessions,
    auditedReads: new Set(),
    ...(transport ? { transport } : {}),
    cookies: { secure: credentials.secure, outgoing: clearCookie ? sessionCookie(null, credentials.secure) : null },
    ...(clientAddress ? { clientAddress } : {}),
    ...(deps.analytics ? { analytics: deps.analytics } : {}),
    ...(deps.documentStores ? { documentStores: deps.documentStores } : {}),
    ...(deps.afterPublicSubmission ? { afterPublicSubmission: deps.afterPublicSubmission } : {}),
    ...(deps.sendPasswordReset ? { sendPasswordReset: deps.sendPasswordReset } : {}),
    ...(deps.appUrl?.() ? { appUrl: deps.appUrl() } : {}),
  };
}

/** The Authorization header; without one, an analyst's API key sent as `x-api-key` (what some BI tools can send). */
function authorizationOf(request: IncomingMessage): string | undefined {
  const value = request.headers.authorization;
  const authorization = Array.isArray(value) ? value[0] : value;
  if (authorization !== undefined) return authorization;
  const apiKey = request.headers["x-api-key"];
  const key = Array.isArray(apiKey) ? apiKey[0] : apiKey;
  return key ? `Bearer ${key}` : undefined;
}

/** The request's credentials: the Authorization header, the session cookie and the CSRF header. */
export function credentialsOf(request: IncomingMessage): RequestCredentials {
  return {
    authorization: authorizationOf(request),
    cookie: sessionCookieOf(request),
    csrf: hasCsrfHeader(request),
    method: request.method ?? "GET",
    secure: secureCookies(request),
  };
}
