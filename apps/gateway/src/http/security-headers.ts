import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Security headers on every response (issue 9 finding 6). The CSP allows no inline script (the admin app has
 * none) and no framing; styles allow inline attributes (React's style props, GraphiQL's editor).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** HSTS only when the request came over TLS: behind a proxy saying so, or when CSC_HSTS=1 says the site is HTTPS only. */
function overTls(request: IncomingMessage): boolean {
  if (process.env.CSC_HSTS === "1") return true;
  const forwarded = request.headers["x-forwarded-proto"];
  const proto = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return proto?.split(",")[0]?.trim().toLowerCase() === "https";
}

export function setSecurityHeaders(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
  response.setHeader("x-content-type-options", "nosniff");
  response.setHeader("x-frame-options", "DENY");
  response.setHeader("referrer-policy", "no-referrer");
  response.setHeader("cross-origin-opener-policy", "same-origin");
  if (overTls(request)) response.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
}
