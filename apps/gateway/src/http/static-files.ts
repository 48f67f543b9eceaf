import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

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
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves a built single-page app (apps/admin/dist) when the folder exists: files by path, index.html for any
 * other GET (client-side routes). Returns null when there is nothing to serve.
 */
export function staticSite(root: string): ((path: string, response: ServerResponse) => Promise<void>) | null {
  const base = resolve(root);
  if (!existsSync(join(base, "index.html"))) return null;
  return async (path, response) => {
    const wanted = normalize(join(base, decodeURIComponent(path)));
    const inside = wanted.startsWith(base + sep) && existsSync(wanted) && statSync(wanted).isFile();
    const file = inside ? wanted : join(base, "index.html");
    const body = await readFile(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(body);
  };
}
