import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it). Another process may take it
 * before the caller binds it: startEmbeddedServer() therefore tries another port when PostgreSQL says so.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("freePort: the OS gave no port"));
      });
    });
  });
}
