import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { HeaderMap } from "@apollo/server";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { isImportOnly } from "../limits/import-body";
import { LIMITS } from "../limits/query-limits";
import type { Logger } from "../log";
import { BodyTooLargeError, readBody } from "./read-body";
import { currentSpans, runInRequest } from "./request-scope";
import { recordSpan, serverTimingHeader, timed, timingEnabled } from "./request-timing";
import { staticSite } from "./static-files";
import { setSecurityHeaders } from "./security-headers";
import { databaseFailureOf, RETRY_AFTER_SECONDS } from "../errors/database-errors";

interface HttpGatewayOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** Builds the per-request context (who is asking); may throw a GraphQLError (e.g. a bad token). */
  context: (request: IncomingMessage, requestId: string) => Promise<C>;
  logger: Logger;
  /** Whether the database answers; /healthz reports 503 when it does not. */
  healthy: () => Promise<boolean>;
  /** A built single-page app to serve at / when the folder exists (apps/admin/dist). */
  staticDir?: string;
  /** Origins the admin app may connect to besides its own (the councils' identity providers), for the CSP. */
  connectSources?: () => Promise<readonly string[]>;
  maxBodyBytes?: number;
  /** The Set-Cookie a request's context asks for (sign-in, sign-out, an ended session's cookie removed). */
  outgoingCookie?: (context: C) => string | null;
  /** Further GET endpoints by path (e.g. report downloads); each runs inside the request scope. */
  routes?: Record<string, RouteHandler>;
}

type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => Promise<void>;

interface HttpGateway {
  server: Server;
  /** Stops accepting connections and resolves when in-flight requests have finished. */
  drain(): Promise<void>;
  /** Requests being answered now. */
  inFlight(): number;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/** Node's http server in front of Apollo: /graphql, /healthz, an optional static site, a body size limit. */
export function createHttpGateway<C extends BaseContext>(options: HttpGatewayOptions<C>): HttpGateway {
  const { apollo, logger } = options;
  const limit = options.maxBodyBytes ?? LIMITS.maxBodyBytes;
  const site = options.staticDir ? staticSite(options.staticDir) : null;
  let inFlight = 0;
  let idle: (() => void) | null = null;

  async function handleGraphql(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) {
    const started = performance.now();
    let body: unknown = undefined;
    if (request.method === "POST") {
      // Only importCaseExport may be larger than the limit (up to maxImportBodyBytes): anything else over it is refused.
      const text = await readBody(request, Math.max(limit, LIMITS.maxImportBodyBytes));
      const tooLarge = Buffer.byteLength(text) > limit;
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        if (tooLarge) throw new BodyTooLargeError(limit);
        send(response, 400, { errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
      if (tooLarge && !isImportOnly(body)) throw new BodyTooLargeError(limit);
    }
    recordSpan("body", performance.now() - started);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let context: C | null = null;
    const result = await timed("apollo", () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
        context: async () => (context = await timed("session", () => options.context(request, requestId))),
      }),
    );
    for (const [key, value] of result.headers) response.setHeader(key, value);
    const cookie = context && options.outgoingCookie ? options.outgoingCookie(context) : null;
    if (cookie) response.setHeader("set-cookie", cookie);
    response.setHeader("x-request-id", requestId);
    const spans = currentSpans();
    if (spans) {
      recordSpan("total", performance.now() - started, spans);
      response.setHeader("server-timing", serverTimingHeader(spans));
    }
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const requestId = randomUUID();
    const url = new URL(request.url ?? "/", "http://localhost");
    // Pages of the admin app may talk to the councils' identity providers; the API's answers need no such origin.
    const read = request.method === "GET" || request.method === "HEAD";
    const page = site !== null && read && url.pathname !== "/graphql" && url.pathname !== "/healthz";
    setSecurityHeaders(request, response, page && options.connectSources ? await options.connectSources().catch(() => []) : []);
    try {
      decodeURIComponent(url.pathname); // throws URIError on a malformed percent-encoding (answered 400 below)
      if (url.pathname === "/healthz") {
        const ok = await options.healthy().catch(() => false);
        send(response, ok ? 200 : 503, { status: ok ? "ok" : "unavailable" });
      } else if (url.pathname === "/graphql") {
        await runInRequest(requestId, () => handleGraphql(request, response, url, requestId), timingEnabled() ? {} : undefined);
      } else if (options.routes?.[url.pathname]) {
        const route = options.routes[url.pathname];
        if (route) await runInRequest(requestId, () => route(request, response, url, requestId));
      } else if (site && read) {
        await site(url.pathname, response, request);
      } else {
        send(response, 404, { error: "not found" });
      }
    } catch (error) {
      if (error instanceof URIError) {
        // A malformed percent-encoding in the path (`GET /%`): the client's mistake, not the server's.
        if (!response.headersSent) send(response, 400, { error: "malformed URL" });
        return;
      }
      if (databaseFailureOf(error) === "unavailable") {
        if (!response.headersSent) {
          response.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
          send(response, 503, {
            errors: [{ message: "The database is unavailable; try again shortly", extensions: { code: "SERVICE_UNAVAILABLE" } }],
          });
        }
        return;
      }
      if (error instanceof BodyTooLargeError) {
        response.setHeader("connection", "close");
        send(response, 413, {
          errors: [{ message: error.message, extensions: { code: "PAYLOAD_TOO_LARGE" } }],
        });
        return;
      }
      logger.log("error", "http.unhandled", { requestId, error: error instanceof Error ? error.name : "unknown" });
      if (!response.headersSent)
        send(response, 500, { errors: [{ message: "Internal error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }] });
      else response.end();
    }
  }

  const server = createServer((request, response) => {
    inFlight += 1;
    response.on("close", () => {
      inFlight -= 1;
      if (inFlight === 0 && idle) idle();
    });
    void handle(request, response);
  });

  return {
    server,
    inFlight: () => inFlight,
    drain() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        if (inFlight === 0) return;
        idle = () => server.closeIdleConnections();
      });
    },
  };
}
