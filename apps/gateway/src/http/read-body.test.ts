import { type IncomingMessage, createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BodyTooLargeError, readBody, readBodyBytes } from "./read-body";

// A real HTTP server on a free port: each request's body is read by the function under test with a 16-byte limit.
type Reader = (request: IncomingMessage, limit: number) => Promise<Buffer | string>;
let reader: Reader = readBodyBytes;
let last: Buffer | string | Error | null = null;
const server = createServer((request, response) => {
  reader(request, 16)
    .then((body) => {
      last = body;
    })
    .catch((error: unknown) => {
      last = error instanceof Error ? error : new Error(String(error));
    })
    .finally(() => response.end());
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends the chunks as a chunked body (no content-length) or with the given content-length. */
function send(chunks: Buffer[], contentLength?: number): Promise<void> {
  const { port } = server.address() as AddressInfo;
  last = null;
  return new Promise((resolve, reject) => {
    const headers = contentLength === undefined ? {} : { "content-length": String(contentLength) };
    const req = httpRequest({ port, host: "127.0.0.1", method: "POST", headers }, (res) => res.resume().on("end", resolve));
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe("readBodyBytes and readBody", () => {
  it("gives the bytes as sent, a byte that is not UTF-8 included", async () => {
    reader = readBodyBytes;
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0x00, 0x0a]);
    await send([bytes.subarray(0, 3), bytes.subarray(3)]);
    expect(last).toEqual(bytes);
  });

  it("refuses a body that passes the limit while it streams, with no content-length", async () => {
    reader = readBodyBytes;
    await send([Buffer.alloc(10), Buffer.alloc(10)]);
    expect(last).toBeInstanceOf(BodyTooLargeError);
    expect((last as BodyTooLargeError).limit).toBe(16);
  });

  it("refuses a declared content-length over the limit before reading", async () => {
    reader = readBodyBytes;
    await send([Buffer.alloc(20)], 20).catch(() => undefined);
    expect(last).toBeInstanceOf(BodyTooLargeError);
  });

  it("readBody gives the same body as UTF-8 text", async () => {
    reader = readBody;
    await send([Buffer.from("café £5", "utf8")]);
    expect(last).toBe("café £5");
  });
});
