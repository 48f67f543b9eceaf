import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticSite } from "./static-files";

let root: string;
let url: string;
let close: () => void;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "csc-static-"));
  mkdirSync(join(root, "dist", "assets"), { recursive: true });
  writeFileSync(join(root, "dist", "index.html"), "<!doctype html><title>admin</title>");
  writeFileSync(join(root, "dist", "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), "outside");
  const site = staticSite(join(root, "dist"));
  if (!site) throw new Error("expected a site");
  const server = createServer((request, response) => void site(new URL(request.url ?? "/", "http://x").pathname, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close?.();
  rmSync(root, { recursive: true, force: true });
});

describe("the admin app's static files", () => {
  it("is off when the folder has no index.html", () => {
    expect(staticSite(join(root, "missing"))).toBeNull();
  });

  it("serves files with their type, and index.html for client-side routes", async () => {
    const js = await fetch(`${url}/assets/app.js`);
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect(await js.text()).toBe("console.log(1)");
    const route = await fetch(`${url}/cases/123`);
    expect(await route.text()).toContain("<title>admin</title>");
  });

  it("never serves a file outside the folder", async () => {
    const escaped = await fetch(`${url}/..%2Fsecret.txt`);
    expect(await escaped.text()).not.toContain("outside");
  });
});
