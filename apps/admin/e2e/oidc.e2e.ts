import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot } from "./browser";
import { type RunningGateway, startGateway } from "./gateway-process";
import { type TestProvider, startTestProvider } from "./oidc-provider";

let gateway: RunningGateway;
let provider: TestProvider;
let browser: Browser;
let page: Page;

const gatewayDir = resolve(import.meta.dirname, "../../gateway");
const USER = { subject: "sso-officer", email: "sso-officer@demo-south.example" };

/**
 * Points demo-south at the test provider and gives it one OIDC user (a complaints officer), in the gateway's
 * own database: run with the gateway's tsx and @csc/db, since the admin app itself talks HTTP only.
 */
function configureCouncil(databaseUrl: string, issuer: string, clientId: string): void {
  const script = `
    const { createPrismaClient } = await import("@csc/db"); // check-boundaries: allow (runs in apps/gateway)
    const prisma = createPrismaClient(process.env.SETUP_DATABASE_URL);
    const issuer = process.env.SETUP_ISSUER;
    await prisma.council.update({ where: { id: "demo-south" }, data: { oidcIssuer: issuer, oidcAudience: process.env.SETUP_CLIENT_ID, oidcJwksUri: issuer + "/jwks" } });
    const user = await prisma.user.create({ data: { email: process.env.SETUP_EMAIL, displayName: "SSO Officer", oidcIssuer: issuer, oidcSubject: process.env.SETUP_SUBJECT } });
    await prisma.userCouncilRole.create({ data: { userId: user.id, councilId: "demo-south", role: "complaints_officer" } });
    await prisma.$disconnect();
  `;
  execFileSync(join(gatewayDir, "node_modules/.bin/tsx"), ["--conditions=@csc/source", "--input-type=module", "-e", script], {
    cwd: gatewayDir,
    env: {
      ...process.env,
      SETUP_DATABASE_URL: databaseUrl,
      SETUP_ISSUER: issuer,
      SETUP_CLIENT_ID: clientId,
      SETUP_EMAIL: USER.email,
      SETUP_SUBJECT: USER.subject,
    },
    stdio: "pipe",
  });
}

describe("signing in with the council's identity provider (OIDC, authorization code + PKCE)", () => {
  beforeAll(async () => {
    provider = await startTestProvider(USER);
    gateway = await startGateway();
    configureCouncil(gateway.databaseUrl, provider.issuer, provider.clientId);
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await provider?.stop();
  }, 60_000);

  it("offers the council's sign-in only for the council that has one", async () => {
    await page.goto(`${gateway.url}/`);
    const council = page.locator("select#councilId");
    await council.waitFor();
    await council.selectOption("demo-north");
    expect(await page.getByRole("button", { name: /account$/ }).count()).toBe(0);
    await council.selectOption("demo-south");
    const button = page.getByRole("button", { name: /^Sign in with .+'s account$/ });
    await button.waitFor();
    await expectAccessible(page, "sign-in page with the council's sign-in");
    await screenshot(page, "sign-in-oidc");
  });

  it("signs in through the provider and lands on the home page as the council's officer", async () => {
    await page.getByRole("button", { name: /^Sign in with .+'s account$/ }).click();
    await page
      .getByRole("button", { name: "Sign out" })
      .or(page.getByRole("link", { name: "Sign out" }))
      .waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    const asked = provider.authorizeRequests.at(-1);
    expect(asked?.get("code_challenge_method")).toBe("S256");
    expect(asked?.get("redirect_uri")).toBe(`${gateway.url}/auth/callback`);
    expect(await page.locator("body").innerText()).toContain(`${USER.email} (complaints officer)`);
    // The id_token was exchanged for the gateway's HttpOnly cookie: nothing of the session is in the page's storage.
    const stored = await page.evaluate(() => ({
      session: JSON.stringify({ ...sessionStorage }),
      local: JSON.stringify({ ...localStorage }),
      cookie: document.cookie,
    }));
    expect(stored).toEqual({ session: "{}", local: "{}", cookie: "" });
    const me = await page.evaluate(() =>
      fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-csc-csrf": "1" },
        body: JSON.stringify({ query: "query Me { me { councilId signedInWith } }" }),
      }).then((r) => r.json()),
    );
    expect(me).toEqual({ data: { me: { councilId: "demo-south", signedInWith: "oidc" } } });
  });

  it("refuses a callback that this browser did not start, and offers the way back to sign in", async () => {
    await page
      .getByRole("button", { name: "Sign out" })
      .or(page.getByRole("link", { name: "Sign out" }))
      .click();
    // Sign-out ends the session at the gateway first; going on before it has would load the callback still signed in.
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.goto(`${gateway.url}/auth/callback?code=stolen&state=forged`);
    await page.getByRole("heading", { level: 1, name: "You could not be signed in" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("not started here");
    await expectAccessible(page, "sign-in refused");
    await page.getByRole("link", { name: "Go back to sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  });
});
