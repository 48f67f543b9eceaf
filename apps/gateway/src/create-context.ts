import type { IncomingMessage } from "node:http";
import type { IsoDate } from "@csc/rules";
import { resolveViewer } from "./auth/resolve-viewer";
import type { ViewerDeps } from "./auth/resolve-viewer";
import type { GatewayContext } from "./context";
import { councilClient } from "./db/client";
import { GraphQLError } from "graphql";
import { databaseFailureOf, RETRY_AFTER_SECONDS } from "./errors/database-errors";
import type { AnalyticsEngine } from "./reports/analytics-engine";

export interface ContextDeps extends ViewerDeps {
  /** Today's date (injectable so tests can fix the statutory clocks' "today"). */
  today: () => IsoDate;
  /** Where reports and analyst queries run (see reports/analytics-engine.ts). */
  analytics?: AnalyticsEngine;
  afterPublicSubmission?: (councilId: string) => void;
}

export function todayInLondon(): IsoDate {
  // Working days are English dates: take the date in Europe/London, not UTC.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
}

/** Builds the per-request context: who is asking, and a client walled off to their council. */
export async function createContext(
  deps: ContextDeps,
  authorization: string | undefined,
  requestId: string,
  clientAddress?: string,
): Promise<GatewayContext> {
  const viewer = await resolveViewer(authorization, deps, requestId).catch((error: unknown) => {
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
    ...(clientAddress ? { clientAddress } : {}),
    ...(deps.analytics ? { analytics: deps.analytics } : {}),
    ...(deps.afterPublicSubmission ? { afterPublicSubmission: deps.afterPublicSubmission } : {}),
  };
}

/** The Authorization header; without one, an analyst's API key sent as `x-api-key` (what some BI tools can send). */
export function authorizationOf(request: IncomingMessage): string | undefined {
  const value = request.headers.authorization;
  const authorization = Array.isArray(value) ? value[0] : value;
  if (authorization !== undefined) return authorization;
  const apiKey = request.headers["x-api-key"];
  const key = Array.isArray(apiKey) ? apiKey[0] : apiKey;
  return key ? `Bearer ${key}` : undefined;
}
