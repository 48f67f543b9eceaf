import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

/** Text formats worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".txt", ".ico"]);
/** Below this many bytes a compressed body saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 1024;
/** A year: files whose names carry a content hash (Vite's `assets/name-<hash>.ext`) never change. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Everything else (index.html, public/ files) is revalidated with its ETag on every use. */
export const REVALIDATE_CACHE = "no-cache";

type ContentEncoding = "br" | "gzip" | "identity";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A file name Vite gave a content hash: `assets/index-BQ3f9_xk.js`. */
function isHashedAsset(path: string): boolean {
  return /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path);
}

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, when the client accepts it (q > 0). */
function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [token, ...params] = part.trim().toLowerCase().split(";");
    if (!token) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(token, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

type Variant = { body: Buffer; etag: string };
type Entry = { mtimeMs: number; size: number; hash: string; variants: Map<ContentEncoding, Promise<Variant>> };

async function encode(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  if (encoding === "br") {
    return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  if (encoding === "gzip") return gzipAsync(body, { level: 9 });
  return body;
}

/**
 * Serves a built single-page app (apps/admin/dist) when the folder exists: files by path, index.html for any
 * other GET (client-side routes). Text files go out brotli- or gzip-compressed when the client accepts it (each
 * file compressed once, then kept in memory); every answer carries an ETag (a 304 when If-None-Match names it);
 * hashed files under /assets/ may be cached for a year, everything else is revalidated. Source maps are never
 * served. Returns null when there is nothing to serve.
 */
export function staticSite(root: string): ((path: string, response: ServerResponse, request?: IncomingMessage) => Promise<void>) | null {
  const base = resolve(root);
  if (!existsSync(join(base, "index.html"))) return null;
  const cache = new Map<string, Entry>();

  async function variant(file: string, encoding: ContentEncoding): Promise<Variant> {
    const stat = statSync(file);
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
      const body = await readFile(file);
      const hash = createHash("sha256").update(body).digest("base64url").slice(0, 27);
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, hash, variants: new Map() };
      entry.variants.set("identity", Promise.resolve({ body, etag: `"${hash}"` }));
      cache.set(file, entry);
    }
    const known = entry.variants.get(encoding);
    if (known) return known;
    const identity = entry.variants.get("identity") as Promise<Variant>;
    const hash = entry.hash;
    const made = identity.then(async ({ body }) => ({ body: await encode(body, encoding), etag: `"${hash}-${encoding}"` }));
    entry.variants.set(encoding, made);
    return made;
  }

  return async (path, response, request) => {
    if (path.endsWith(".map")) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": REVALIDATE_CACHE });
      response.end("not found");
      return;
    }
    const wanted = normalize(join(base, decodeURIComponent(path)));
    const inside = wanted.startsWith(base + sep) && existsSync(wanted) && statSync(wanted).isFile();
    const file = inside ? wanted : join(base, "index.html");
    const ext = extname(file);
    const { size } = statSync(file);
    const compressible = COMPRESSIBLE.has(ext) && size >= MIN_COMPRESS_BYTES;
    const encoding = compressible ? chooseEncoding(request?.headers["accept-encoding"]) : "identity";
    const { body, etag } = await variant(file, encoding);
    const headers: Record<string, string | number> = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "cache-control": inside && isHashedAsset(path) ? IMMUTABLE_CACHE : REVALIDATE_CACHE,
      etag,
    };
    if (compressible) headers.vary = "Accept-Encoding";
    if (matchesEtag(request?.headers["if-none-match"], etag)) {
      delete headers["content-type"];
      response.writeHead(304, headers);
      response.end();
      return;
    }
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    headers["content-length"] = body.length;
    response.writeHead(200, headers);
    response.end(request?.method === "HEAD" ? undefined : body);
  };
}
