import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Security headers on every response (issue 9 finding 6). The CSP allows no inline script (the admin app has
 * none) and no framing; styles allow inline attributes (React's style props, GraphiQL's editor).
 */
const POLICY = (connect: readonly string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // The browser talks to the councils' identity providers (OIDC discovery and token endpoints) and nothing else.
    ["connect-src 'self'", ...connect].join(" "),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

/** HSTS only when the request came over TLS: behind a proxy saying so, or when CSC_HSTS=1 says the site is HTTPS only. */
export function overTls(request: IncomingMessage): boolean {
  if (process.env.CSC_HSTS === "1") return true;
  const forwarded = request.headers["x-forwarded-proto"];
  const proto = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return proto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** The origin of a URL (for connect-src), or null when it is not an http(s) URL. */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

export function setSecurityHeaders(request: IncomingMessage, response: ServerResponse, connectSources: readonly string[] = []): void {
  response.setHeader("content-security-policy", POLICY(connectSources));
  response.setHeader("x-content-type-options", "nosniff");
  response.setHeader("x-frame-options", "DENY");
  response.setHeader("referrer-policy", "no-referrer");
  response.setHeader("cross-origin-opener-policy", "same-origin");
  if (overTls(request)) response.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
}
