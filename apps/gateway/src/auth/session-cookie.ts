import type { IncomingMessage } from "node:http";
import { overTls } from "../http/security-headers";
import { SESSION_ABSOLUTE_SECONDS } from "./session-token";

/**
 * The admin app's session lives in a cookie the page's script cannot read (HttpOnly), sent only to this site
 * (SameSite=Strict), on every path (Path=/). Behind TLS or in production it is Secure and takes the `__Host-`
 * prefix, so no subdomain or plain-HTTP page can set or overwrite it. The value is the same signed session token
 * an API client sends as `Authorization: Bearer`.
 */
const SESSION_COOKIE = "csc-session";
const SECURE_SESSION_COOKIE = "__Host-csc-session";

/**
 * CSRF: a request signed in by the cookie that is not a GET or HEAD must carry this header with the value "1".
 * A page of another site cannot add a custom header without a CORS preflight, which this gateway never grants.
 */
const CSRF_HEADER = "x-csc-csrf";

/** True when the cookie must be Secure: the request came over TLS (or CSC_HSTS=1), or NODE_ENV=production. */
export function secureCookies(request: IncomingMessage, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production" || overTls(request);
}

/** The session token in the request's cookies (either name), or null. */
export function sessionCookieOf(request: IncomingMessage): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name !== SESSION_COOKIE && name !== SECURE_SESSION_COOKIE) continue;
    const value = part.slice(at + 1).trim();
    if (value) return value;
  }
  return null;
}

/** True when the request carries the CSRF header (`x-csc-csrf: 1`). */
export function hasCsrfHeader(request: IncomingMessage): boolean {
  const value = request.headers[CSRF_HEADER];
  return (Array.isArray(value) ? value[0] : value)?.trim() === "1";
}

/** The Set-Cookie value that stores the session token (token) or removes the cookie (null). */
export function sessionCookie(token: string | null, secure: boolean): string {
  const name = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])];
  const lifetime = token ? `Max-Age=${SESSION_ABSOLUTE_SECONDS}` : "Max-Age=0";
  return [`${name}=${token ?? ""}`, lifetime, ...attributes].join("; ");
}
