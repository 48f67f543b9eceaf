import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMMUTABLE_CACHE, REVALIDATE_CACHE } from "../http/static-files";
import { type Harness, startHarness } from "../testing/harness";

// Issue 15 item 1: the built admin app goes out compressed, hashed files cached for a year, everything with an
// ETag, and no source map public. Through the whole gateway (security headers and all), on a real database.

let harness: Harness;
let root: string;
const script = `export const greeting = ${JSON.stringify("hello ".repeat(2000))};\n//# sourceMappingURL=index-Ab12Cd34.js.map\n`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "csc-assets-"));
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), `<!doctype html><title>admin</title>${"<p>page</p>".repeat(200)}`);
  writeFileSync(join(root, "assets", "index-Ab12Cd34.js"), script);
  writeFileSync(join(root, "assets", "index-Ab12Cd34.js.map"), '{"version":3,"sources":["../src/secret.ts"]}');
  writeFileSync(join(root, "favicon.svg"), "<svg/>");
  harness = await startHarness({ staticDir: root });
});
afterAll(async () => {
  await harness?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress and hide content-encoding). */
function get(
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${harness.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the admin app's files through the gateway", () => {
  it("sends brotli to a client that accepts it, gzip to one that accepts only gzip, plain text otherwise", async () => {
    const br = await get("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await get("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const refused = await get("/assets/index-Ab12Cd34.js", { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toBe(script);
    expect(new Set([br.headers.etag, gz.headers.etag, refused.headers.etag]).size).toBe(3);
  });

  it("lets browsers keep hashed files for a year and revalidate index.html and client-side routes", async () => {
    const hashed = await get("/assets/index-Ab12Cd34.js");
    expect(hashed.headers["cache-control"]).toBe(IMMUTABLE_CACHE);
    const page = await get("/cases/123", { "accept-encoding": "gzip" });
    expect(page.headers["cache-control"]).toBe(REVALIDATE_CACHE);
    expect(gunzipSync(page.body).toString()).toContain("<title>admin</title>");
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    const plain = await get("/favicon.svg");
    expect(plain.headers["cache-control"]).toBe(REVALIDATE_CACHE);
    expect(plain.headers["content-encoding"]).toBeUndefined(); // too small to be worth compressing
  });

  it("answers 304 Not Modified to a request naming the current ETag, and 200 to a stale one", async () => {
    const first = await get("/", { "accept-encoding": "br" });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+-br"$/);
    const again = await get("/", { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    const stale = await get("/", { "accept-encoding": "br", "if-none-match": '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it("answers HEAD with the headers and no body", async () => {
    const head = await get("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("gzip");
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it("never serves a source map", async () => {
    const map = await get("/assets/index-Ab12Cd34.js.map");
    expect(map.status).toBe(404);
    expect(map.body.toString()).not.toContain("secret.ts");
  });
});
